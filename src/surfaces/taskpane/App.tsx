import { useMemo, useState } from 'react';
import { Button, FluentProvider, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { DefinitionsImport } from './DefinitionsImport';
import { ExcludedTables } from './ExcludedTables';
import { FindingsView } from './FindingsView';
import { RemoveOutput } from './RemoveOutput';
import { findingRows } from './finding-groups';
import { ReportsView } from './ReportsView';
import { RunStatus } from './RunStatus';
import { SettingsView } from './SettingsView';
import { TablesView } from './TablesView';
import { Welcome } from './Welcome';
import { fluentThemeFor, useOfficeTheme, type OfficeThemeColours, type WatchTheme } from './theme';
import { usePane, type Connect, type Pane } from './use-pane';
import type { TabName, TabPanel, ViewTabsProps } from './view-props';

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
  // the actions, the run's outcome and the tabs stay in view while a long list scrolls under them
  toolbar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // one line at 320 px: scrolls sideways rather than wrapping under itself
  tabs: { flexWrap: 'nowrap', overflowX: 'auto' },
  // four tabs with their counts ("Findings (106)") fit the 296 px inside a 320 px pane with less side padding
  tab: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS },
  panel: { minWidth: 0 },
});

const noSession: Connect = () => Promise.reject(new Error('no workbook is connected'));

/** each tab's view over the pane's state */
const PANELS: Record<TabName, TabPanel> = {
  tables: (pane, busy) => (
    <>
      <TablesView
        summary={pane.summary}
        busy={busy}
        onUseSelection={pane.useSelectionAsTable}
        onExclude={pane.excludeTable}
        onCorrect={pane.correctTable}
        onMapSelection={pane.correctFromSelection}
      />
      <ExcludedTables excluded={pane.excluded} busy={busy} onInclude={pane.includeTable} />
    </>
  ),
  findings: (pane) => <FindingsView summary={pane.summary} onSelect={pane.showFinding} />,
  settings: (pane, busy) => (
    <>
      <SettingsView
        settings={pane.settings}
        busy={busy}
        onLoad={pane.loadSettings}
        onSave={pane.saveSettings}
      />
      <DefinitionsImport {...pane.definitions} busy={busy} />
    </>
  ),
  reports: (pane, busy) => (
    <>
      <ReportsView
        busy={busy}
        downloads={pane.downloads}
        onBuild={pane.buildReports}
        onExport={pane.exportFiles}
      />
      <RemoveOutput busy={busy} onAsk={pane.outputToRemove} onRemove={pane.removeOutput} />
    </>
  ),
};

export interface AppProps {
  officeTheme?: OfficeThemeColours;
  /** follows Office's theme while the pane is open (Office.context.officeTheme, read again) */
  watchTheme?: WatchTheme;
  /** the session over the workbook; fetched on the first action so the engine loads only when needed */
  connect?: Connect;
}

export function App({ officeTheme, watchTheme, connect = noSession }: AppProps) {
  const styles = useStyles();
  const theme = useOfficeTheme(officeTheme, watchTheme);
  const pane = usePane(connect);
  const [tab, setTab] = useState<TabName>('tables');
  const busy = pane.busy !== null;

  return (
    <FluentProvider
      theme={fluentThemeFor(theme)}
      className={styles.root}
      data-testid="pane"
      data-engine={pane.engine ?? undefined}
    >
      <Welcome />
      <div className={styles.toolbar} data-testid="toolbar">
        <PassButtons pane={pane} busy={busy} />
        <RunStatus
          busy={pane.busy}
          message={pane.message}
          onCancel={pane.cancel}
          outcomeRef={pane.outcomeRef}
        />
        <ViewTabs tab={tab} onTab={setTab} counts={pane.summary} lastTables={pane.lastRun?.summary.tables} />
      </div>
      <div role="tabpanel" aria-label={tab} className={styles.panel}>
        {PANELS[tab](pane, busy)}
      </div>
    </FluentProvider>
  );
}

/** The three passes over the whole workbook. */
function PassButtons({ pane, busy }: { pane: Pane; busy: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Button appearance="primary" onClick={pane.validate} disabledFocusable={busy} data-testid="validate">
        Validate workbook
      </Button>
      <Button onClick={pane.rate} disabledFocusable={busy} data-testid="rate">
        Fill RAG &amp; trajectory
      </Button>
      <Button
        onClick={pane.runAll}
        disabledFocusable={busy}
        data-testid="run-all"
        title="Fill RAG & trajectory and build Table A & B in one pass"
      >
        Run all
      </Button>
    </div>
  );
}

/** The views' tabs; Tables and Findings show their counts once the workbook is validated. */
function ViewTabs({ tab, onTab, counts, lastTables }: ViewTabsProps) {
  const styles = useStyles();
  // as the Findings view lists them: one per row and rule
  const findings = useMemo(() => (counts ? findingRows(counts.findings).length : 0), [counts]);
  return (
    <TabList
      className={styles.tabs}
      selectedValue={tab}
      onTabSelect={(_, d) => onTab(d.value as TabName)}
      size="small"
      aria-label="NI Targets views"
    >
      <Tab value="tables" className={styles.tab} data-testid="tab-tables">
        Tables{counts ? ` (${counts.tables.length})` : lastTables !== undefined ? ` (${lastTables})` : ''}
      </Tab>
      <Tab value="findings" className={styles.tab} data-testid="tab-findings">
        Findings{counts ? ` (${findings})` : ''}
      </Tab>
      <Tab value="settings" className={styles.tab} data-testid="tab-settings">
        Settings
      </Tab>
      <Tab value="reports" className={styles.tab} data-testid="tab-reports">
        Reports
      </Tab>
    </TabList>
  );
}
