import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { describeRemoval, type OutputToRemove } from '../../session/remove-output';
import type { RemoveOutputProps } from './view-props';

const useStyles = makeStyles({
  section: {
    marginTop: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
  what: { overflowWrap: 'anywhere' },
});

/**
 * "Remove NI Targets output", with a confirmation that says what will go. Beside it, the plain truth
 * that Excel's Undo cannot take back an add-in's writes, so this is the way back.
 */
export function RemoveOutput({ busy, onAsk, onRemove }: RemoveOutputProps) {
  const styles = useStyles();
  const [pending, setPending] = useState<OutputToRemove | null>(null);
  const said = pending && describeRemoval(pending);
  const ask = async () => setPending(await onAsk());

  return (
    <section className={styles.section} aria-labelledby="remove-heading" data-testid="remove-output">
      <h2 id="remove-heading" className={styles.heading}>
        Undo what NI Targets wrote
      </h2>
      <Text as="p" size={200}>
        Excel’s Undo (Ctrl+Z) cannot undo what an add-in writes. To take back the RAG columns and the Table A
        and B sheets, remove them here; your own cells are left as they are.
      </Text>
      <Button disabledFocusable={busy} onClick={ask} data-testid="remove-output-ask">
        Remove NI Targets output…
      </Button>
      <Dialog open={pending !== null} onOpenChange={(_, d) => !d.open && setPending(null)}>
        <DialogSurface aria-describedby="remove-what">
          <DialogBody>
            <DialogTitle>Remove NI Targets output?</DialogTitle>
            <DialogContent id="remove-what" className={styles.what}>
              {said
                ? `This removes ${said}${pending?.keepsRecord ? '; your saved settings and corrections stay' : ''}. ` +
                  'Nothing else in the workbook changes. Excel’s Undo cannot bring it back; running NI Targets again can.'
                : 'NI Targets has written nothing to this workbook, so there is nothing to remove.'}
            </DialogContent>
            <DialogActions>
              {said && (
                <Button
                  appearance="primary"
                  onClick={() => {
                    setPending(null);
                    onRemove();
                  }}
                  data-testid="remove-output-confirm"
                >
                  Remove
                </Button>
              )}
              <Button onClick={() => setPending(null)}>{said ? 'Keep it' : 'Close'}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
