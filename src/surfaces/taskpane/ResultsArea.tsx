import { MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneMessage } from './messages';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export type ResultsState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; messages: PaneMessage[] };

export function ResultsArea({ state }: { state: ResultsState }) {
  const styles = useStyles();
  if (state.kind === 'idle') return <Text>Results will appear here.</Text>;
  if (state.kind === 'running') return <Spinner size="tiny" label="Checking the workbook…" />;
  if (state.messages.length === 0) return <Text>No problems found.</Text>;
  return (
    <div className={styles.list}>
      {state.messages.map((m, i) => (
        <MessageBar key={i} intent={m.intent}>
          <MessageBarBody>{m.text}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
