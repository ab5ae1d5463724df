/** What each pane view is given. Kept in a .ts file: the lint rules for .tsx misread parameter names in types. */
import type { Finding } from '../../engine/model/findings';
import type { AnalysisSummary, TableSummary } from '../../session/summary';
import type { Download } from './download';
import type { SavedSettings } from './settings-form';
import type { ExportKind } from './use-pane';

export interface FindingsViewProps {
  summary: AnalysisSummary | null;
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
