import { useState, type ReactElement } from 'react';
import { Button, FluentProvider, Tab, TabList, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { FindingsView } from './FindingsView';
import { ReportsView } from './ReportsView';
import { RunStatus } from './RunStatus';
import { SettingsView } from './SettingsView';
import { TablesView } from './TablesView';
import { fluentThemeFor, type OfficeThemeColours } from './theme';
import { usePane, type Connect } from './use-pane';

const useStyles = makeStyles({
  root: {
    minHeight: '100%',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    overflowX: 'hidden',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  tabs: { flexWrap: 'wrap' },
  panel: { minWidth: 0 },
});

type TabName = 'tables' | 'findings' | 'settings' | 'reports';

const noSession: Connect = () => Promise.reject(new Error('no workbook is connected'));

export interface AppProps {
  officeTheme?: OfficeThemeColours;
  /** the session over the workbook; fetched on the first action so the engine loads only when needed */
  connect?: Connect;
}

export function App({ officeTheme, connect = noSession }: AppProps) {
  const styles = useStyles();
  const pane = usePane(connect);
  const [tab, setTab] = useState<TabName>('tables');
  const busy = pane.busy !== null;
  const counts = pane.summary;

  const panels: Record<TabName, () => ReactElement> = {
    tables: () => (
      <TablesView
        summary={pane.summary}
        busy={busy}
        onUseSelection={pane.useSelectionAsTable}
        onExclude={pane.excludeTable}
      />
    ),
    findings: () => <FindingsView summary={pane.summary} onSelect={pane.showFinding} />,
    settings: () => (
      <SettingsView
        settings={pane.settings}
        busy={busy}
        onLoad={pane.loadSettings}
        onSave={pane.saveSettings}
      />
    ),
    reports: () => (
      <ReportsView
        busy={busy}
        downloads={pane.downloads}
        onBuild={pane.buildReports}
        onExport={pane.exportFiles}
      />
    ),
  };

  return (
    <FluentProvider
      theme={fluentThemeFor(officeTheme)}
      className={styles.root}
      data-testid="pane"
      data-engine={pane.engine ?? undefined}
    >
      <Title2 as="h1">NI Targets</Title2>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={pane.validate} disabled={busy} data-testid="validate">
          Validate workbook
        </Button>
        <Button onClick={pane.rate} disabled={busy} data-testid="rate">
          Fill RAG &amp; trajectory
        </Button>
        <Button
          onClick={pane.runAll}
          disabled={busy}
          data-testid="run-all"
          title="Fill RAG & trajectory and build Table A & B in one pass"
        >
          Run all
        </Button>
      </div>
      <RunStatus busy={pane.busy} message={pane.message} onCancel={pane.cancel} />
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabName)}
        size="small"
        aria-label="NI Targets views"
      >
        <Tab value="tables" data-testid="tab-tables">
          Tables{counts ? ` (${counts.tables.length})` : ''}
        </Tab>
        <Tab value="findings" data-testid="tab-findings">
          Findings{counts ? ` (${counts.findings.length})` : ''}
        </Tab>
        <Tab value="settings" data-testid="tab-settings">
          Settings
        </Tab>
        <Tab value="reports" data-testid="tab-reports">
          Reports
        </Tab>
      </TabList>
      <div role="tabpanel" aria-label={tab} className={styles.panel}>
        {panels[tab]()}
      </div>
    </FluentProvider>
  );
}
