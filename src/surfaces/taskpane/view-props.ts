/** What each pane view is given. Kept in a .ts file: the lint rules for .tsx misread parameter names in types. */
import type { Finding } from '../../engine/model/findings';
import type { AnalysisSummary, TableRef, TableSummary } from '../../session/summary';
import type { OutputToRemove } from '../../session/remove-output';
import type { Dispatch, ReactElement, SetStateAction } from 'react';
import type { Download } from './download';
import type { FindingFilter, FindingRow } from './finding-groups';
import type { SavedSettings } from './settings-form';
import type { ExportKind, Pane } from './use-pane';

export interface FindingsViewProps {
  summary: AnalysisSummary | null;
  onSelect(f: Finding): void;
}

export interface FindingsFilterProps {
  rows: readonly FindingRow[];
  filter: FindingFilter;
  setFilter: Dispatch<SetStateAction<FindingFilter>>;
}

export interface FindingListProps {
  rows: readonly FindingRow[];
  onSelect(f: Finding): void;
}

export interface ReportsViewProps {
  busy: boolean;
  downloads: Download[];
  onBuild: () => void;
  onExport(kind: ExportKind): void;
}

export interface SettingsViewProps {
  settings: SavedSettings | null;
  busy: boolean;
  onLoad: () => void;
  onSave(s: SavedSettings): void;
}

export interface TablesViewProps {
  summary: AnalysisSummary | null;
  busy: boolean;
  onUseSelection: () => void;
  onExclude(t: TableSummary): void;
}

export type TabName = 'tables' | 'findings' | 'settings' | 'reports';

/** draws one tab's view over the pane's state */
export type TabPanel = (pane: Pane, busy: boolean) => ReactElement;

export interface ViewTabsProps {
  tab: TabName;
  onTab(tab: TabName): void;
  /** the last summary, for the Tables and Findings counts */
  counts: AnalysisSummary | null;
  /** tables of the last run the workbook records, shown until this pane has run */
  lastTables?: number;
}

export interface ExcludedTablesProps {
  excluded: TableRef[];
  busy: boolean;
  onInclude(t: TableRef): void;
}

export interface RemoveOutputProps {
  busy: boolean;
  /** reads what the add-in's record lists; null when it could not be read (the pane says why) */
  onAsk(): Promise<OutputToRemove | null>;
  onRemove(): void;
}
