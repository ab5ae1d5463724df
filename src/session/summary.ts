/** What the surfaces show about an analysis: tables found, findings counted by severity. */
import { parseA1, rangeA1 } from '../engine/model/a1';
import type { Finding, Severity } from '../engine/model/findings';
import type { RangeRef } from '../engine/model/snapshot';
import type { RecognisedTable } from '../engine/model/tables';
import type { Analysis } from '../pipeline/analyse';
import type { Settings } from '../engine/model/settings';
import type { TableMap } from '../engine/corrections/types';
import { importedFiles } from '../engine/catalogue/definitions-record';

export interface TableRef {
  sheet: string;
  range: RangeRef;
}

export interface TableSummary {
  sheet: string;
  /** "B4:H40" */
  range: string;
  kind: 'targets' | 'action-plan';
  /** indicator rows (targets) or tasks (action plan) */
  count: number;
  /** added by the officer with "Use selection as a table" rather than found */
  added: boolean;
  ref: TableRef;
  /** the table's map: its columns as read or as the officer corrected them */
  map?: TableMap;
}

export type SeverityCounts = Record<Severity, number>;

export interface AnalysisSummary {
  workbook: string;
  /** the settings the analysis ran under (saved in the workbook, overridden for the session) */
  settings: Settings;
  tables: TableSummary[];
  findings: Finding[];
  counts: SeverityCounts;
  /** where the local indicator definitions in use came from (absent in summaries made before there were any) */
  definitions?: DefinitionsInUse;
}

export interface DefinitionsInUse {
  /** the workbook's own definitions sheets */
  sheets: string[];
  /** files imported into the workbook's record (Import definitions, --definitions), with their codes */
  imported: { file: string; codes: string[] }[];
}

const sameRange = (a: RangeRef, b: RangeRef): boolean =>
  a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;

export function sameTable(a: TableRef, b: TableRef): boolean {
  return a.sheet.toLowerCase() === b.sheet.toLowerCase() && sameRange(a.range, b.range);
}

const rowCount = (t: RecognisedTable): number => (t.kind === 'targets' ? t.rows.length : t.tasks.length);

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function summarise(a: Analysis, added: readonly TableRef[]): AnalysisSummary {
  return {
    workbook: a.snapshot.name,
    settings: a.settings,
    tables: a.tables.map((t) => {
      const ref = { sheet: t.sheet, range: t.range };
      return {
        sheet: t.sheet,
        range: rangeA1(t.range),
        kind: t.kind,
        count: rowCount(t),
        added: added.some(
          (r) => r.sheet === t.sheet && r.range.r0 === t.range.r0 && r.range.c0 === t.range.c0,
        ),
        ref,
        map: a.maps?.get(t),
      };
    }),
    findings: a.findings,
    counts: countBySeverity(a.findings),
    definitions: {
      sheets: a.definitionSheets,
      imported: importedFiles(a.registry).map((f) => ({
        file: f.file,
        codes: f.definitions.map((d) => d.definition.code),
      })),
    },
  };
}

/** The table a finding's cell lies in, or null for a finding outside every table. */
export function tableOf(f: Finding, tables: readonly TableSummary[]): TableSummary | null {
  let cell: { row: number; col: number };
  try {
    cell = parseA1(f.cell);
  } catch {
    return null;
  }
  for (const t of tables) {
    const r = t.ref.range;
    if (t.sheet === f.sheet && cell.row >= r.r0 && cell.row <= r.r1 && cell.col >= r.c0 && cell.col <= r.c1) {
      return t;
    }
  }
  return null;
}
