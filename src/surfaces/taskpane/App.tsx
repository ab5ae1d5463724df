import { useState } from 'react';
import { Button, FluentProvider, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { ResultsArea, type ResultsState } from './ResultsArea';
import type { ValidateWorkbook } from './messages';
import { fluentThemeFor, type OfficeThemeColours } from './theme';

const useStyles = makeStyles({
  root: {
    minHeight: '100%',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  results: { flexGrow: 1 },
});

const loadAndValidate: ValidateWorkbook = async () =>
  (await import(/* webpackChunkName: "validate" */ './validate-workbook')).validateWorkbook();

export interface AppProps {
  officeTheme?: OfficeThemeColours;
  validate?: ValidateWorkbook;
}

export function App({ officeTheme, validate = loadAndValidate }: AppProps) {
  const styles = useStyles();
  const [results, setResults] = useState<ResultsState>({ kind: 'idle' });

  const onValidate = async () => {
    setResults({ kind: 'running' });
    try {
      setResults({ kind: 'done', messages: await validate() });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setResults({
        kind: 'done',
        messages: [{ intent: 'error', text: `Could not check the workbook: ${detail}` }],
      });
    }
  };

  return (
    <FluentProvider theme={fluentThemeFor(officeTheme)} className={styles.root}>
      <Title2 as="h1">NI Targets</Title2>
      <Button appearance="primary" onClick={onValidate} disabled={results.kind === 'running'}>
        Validate workbook
      </Button>
      <section aria-label="Results" aria-live="polite" className={styles.results}>
        <ResultsArea state={results} />
      </section>
    </FluentProvider>
  );
}
