/**
 * The analysis as JSON: a public contract (`ni-targets ... --json`). Field names and
 * meanings are documented in the README; change them only additively.
 */
import { rangeA1 } from '../engine/model/a1';
import type { Severity } from '../engine/model/findings';
import type { Analysis } from './analyse';
import type { IndicatorTable, RecognisedTable } from '../engine/model/tables';
import type { Rating } from '../engine/rate/types';
import { yearLabel } from '../engine/rate/explain';
import type { ColumnMapEntry, TableMap } from '../engine/corrections/types';

export interface AnalysisJson {
  workbook: string;
  settings: { year: string | null; tolerance: string; noChangePercent: number; asOf: string };
  tables: {
    sheet: string;
    range: string;
    kind: 'targets' | 'action-plan';
    /** the header rows as Excel numbers them: "5:6" */
    header: string;
    /** the table's map, column by column (empty for action plans) */
    columns: ColumnMapEntry[];
    rows: {
      row: number;
      code: string | null;
      title: string;
      group: string | null;
      rag: 'Green' | 'Amber' | 'Red' | null;
      direction: 'Improving' | 'Worsening' | 'No change' | 'Increasing' | 'Decreasing' | null;
      trajectory: string | null;
      ratedYear: string | null;
      actual: number | null;
      target: number | null;
      expected: number | null;
      reason: string | null;
      /** how the direction was reached, when there is one */
      directionReason: string | null;
      /** the trajectory's line and how the actual stands against it, when there is one */
      trajectoryReason: string | null;
    }[];
    tasks?: {
      row: number;
      number: string | null;
      area: string | null;
      text: string;
      deadline: string | null;
    }[];
  }[];
  findings: {
    rule: string;
    severity: Severity;
    sheet: string;
    cell: string;
    message: string;
    fix?: string;
  }[];
}

type TableJson = AnalysisJson['tables'][number];
type RowJson = TableJson['rows'][number];

function settingsJson(a: Analysis): AnalysisJson['settings'] {
  const tol = a.settings.tolerance;
  return {
    year: a.settings.year === null ? null : yearLabel(a.settings.year),
    tolerance: tol.kind === 'relative' ? `${tol.value}%` : `${tol.value}pp`,
    noChangePercent: a.settings.noChangePercent,
    asOf: a.settings.asOf,
  };
}

/** The map's fields of a table (added to the contract after the rest, so they come after kind). */
function mapJson(m: TableMap | undefined): Pick<TableJson, 'header' | 'columns'> {
  return { header: m?.header ?? '', columns: (m?.columns ?? []).map((c) => ({ ...c })) };
}

function actionPlanJson(t: Extract<RecognisedTable, { kind: 'action-plan' }>, m?: TableMap): TableJson {
  return {
    sheet: t.sheet,
    range: rangeA1(t.range),
    kind: t.kind,
    ...mapJson(m),
    rows: [],
    tasks: t.tasks.map((k) => ({
      row: k.row + 1,
      number: k.number,
      area: k.area,
      text: k.text,
      deadline: k.deadline?.raw == null ? null : String(k.deadline.raw),
    })),
  };
}

type RatingJson = Omit<RowJson, 'row' | 'code' | 'title' | 'group'>;

// in the order the JSON has always listed them
const RATING_FIELDS = [
  'rag',
  'direction',
  'trajectory',
  'ratedYear',
  'actual',
  'target',
  'expected',
  'reason',
  'directionReason',
  'trajectoryReason',
] as const satisfies readonly (keyof RatingJson & keyof Rating)[];

/** A row's rating fields, each null when the row was not rated or the rating has none. */
function ratingJson(g: Rating | undefined): RatingJson {
  const out: Record<string, unknown> = {};
  for (const k of RATING_FIELDS) out[k] = g?.[k] ?? null;
  return out as RatingJson;
}

function targetsJson(t: IndicatorTable, ratings: readonly Rating[], m?: TableMap): TableJson {
  const byRow = new Map(ratings.map((r) => [r.row, r]));
  return {
    sheet: t.sheet,
    range: rangeA1(t.range),
    kind: t.kind,
    ...mapJson(m),
    rows: t.rows.map((r) => ({
      row: r.row + 1,
      code: r.code,
      title: r.title,
      group: r.group,
      ...ratingJson(byRow.get(r.row)),
    })),
  };
}

export function toJson(a: Analysis): AnalysisJson {
  return {
    workbook: a.snapshot.name,
    settings: settingsJson(a),
    tables: a.tables.map((t) =>
      t.kind === 'action-plan'
        ? actionPlanJson(t, a.maps?.get(t))
        : targetsJson(t, a.ratings.get(t) ?? [], a.maps?.get(t)),
    ),
    findings: a.findings.map((f) => ({ ...f })),
  };
}
