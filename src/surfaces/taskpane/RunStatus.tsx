import {
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { RefObject } from 'react';
import type { PaneMessage } from './use-pane';

const useStyles = makeStyles({
  busy: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  message: { overflowWrap: 'anywhere' },
});

export interface RunStatusProps {
  busy: string | null;
  message: PaneMessage | null;
  onCancel: () => void;
  /** the outcome, focusable by script only (tabIndex -1) so focus can land on it after a run */
  outcomeRef?: RefObject<HTMLDivElement | null>;
}

/** Progress with Cancel while a run is going; the outcome afterwards, announced to screen readers. */
export function RunStatus({ busy, message, onCancel, outcomeRef }: RunStatusProps) {
  const styles = useStyles();
  return (
    <>
      {busy && (
        <div className={styles.busy} data-testid="progress">
          <div className={styles.line}>
            <Text>{busy}</Text>
            <Button size="small" onClick={onCancel} data-testid="cancel">
              Cancel
            </Button>
          </div>
          <ProgressBar aria-label={busy} />
        </div>
      )}
      <div aria-live="polite" role="status" data-testid="announcer">
        {message && (
          <MessageBar
            intent={message.intent}
            className={styles.message}
            ref={outcomeRef}
            tabIndex={-1}
            data-testid="outcome"
          >
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
