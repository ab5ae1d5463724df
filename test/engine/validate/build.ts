/**
 * Hand-built recognised tables for rule tests: values arrive already parsed, as
 * the value parser would give them, so each test states exactly what it feeds in.
 */
import { a1 } from '../../../src/engine/model/a1';
import { defaultSettings } from '../../../src/engine/model/settings';
import type {
  ActionPlanTable,
  IndicatorRow,
  IndicatorTable,
  PeriodType,
  RecognisedTable,
  TableColumn,
  YearRole,
} from '../../../src/engine/model/tables';
import type { ParsedValue, Status, Unit, YearMonth } from '../../../src/engine/values/types';
import type { Catalogue } from '../../../src/engine/catalogue/types';
import type { RecognitionNote, RuleContext } from '../../../src/engine/validate/types';
import { fakeCatalogue } from './fake-catalogue';

export interface CellSpec {
  raw: string | number | null;
  parsed: ParsedValue;
  format?: string;
}

const number = (value: number, unit: Unit | null, raw: string | number, extras: object = {}): CellSpec => ({
  raw,
  parsed: { kind: 'number', value, unit, signed: false, ...extras },
});

/** Cells as officers typed them, with the reading the parser gives. */
export const cell = {
  empty: (): CellSpec => ({ raw: null, parsed: { kind: 'empty' } }),
  /** 7.3% typed as text; `comparator` for "8.4% (9.9%)" */
  pct: (value: number, raw = `${value}%`, comparator?: number): CellSpec =>
    number(
      value,
      'percent',
      raw,
      comparator === undefined ? {} : { comparator: { value: comparator, unit: 'percent' } },
    ),
  /** 0.073 in a cell formatted 0.0% */
  pctFormatted: (fraction: number, format = '0.0%'): CellSpec => ({
    ...number(Math.round(fraction * 1e6) / 1e4, 'percent', fraction),
    format,
  }),
  bare: (value: number, raw: string | number = String(value)): CellSpec => number(value, null, raw),
  unit: (value: number, unit: Unit, raw: string): CellSpec => number(value, unit, raw),
  signed: (value: number, unit: Unit | null, raw: string): CellSpec => ({
    raw,
    parsed: { kind: 'number', value, unit, signed: true },
  }),
  bound: (
    op: '<' | '<=' | '>' | '>=',
    value: number,
    unit: Unit | null,
    raw: string,
    maintain = false,
  ): CellSpec => ({
    raw,
    parsed: { kind: 'bound', op, value, unit, maintain },
  }),
  band: (low: number, high: number, unit: Unit | null, raw: string): CellSpec => ({
    raw,
    parsed: { kind: 'band', low, high, unit },
  }),
  dated: (value: number, unit: Unit | null, byYear: number, raw: string): CellSpec => ({
    raw,
    parsed: { kind: 'dated', value, unit, byYear },
  }),
  status: (status: Status, raw: string, expected?: YearMonth): CellSpec => ({
    raw,
    parsed: expected ? { kind: 'status', status, expected } : { kind: 'status', status },
  }),
  text: (raw: string): CellSpec => ({ raw, parsed: { kind: 'text', text: raw } }),
  error: (code: string): CellSpec => ({ raw: code, parsed: { kind: 'error', code } }),
  compound: (raw: string, parts: { label: string | null; value: ParsedValue }[]): CellSpec => ({
    raw,
    parsed: { kind: 'compound', parts },
  }),
};

export interface RowSpec {
  code: string | null;
  title: string;
  codeAsTyped?: string;
  local?: boolean;
  period?: PeriodType;
  values: CellSpec[];
  notes?: string;
  /** the cell in the yearless baseline column, when the table has one (`baseline`) */
  baseline?: CellSpec;
}

function valueCell(c: CellSpec, row: number, col: number): IndicatorRow['values'][number] {
  return { col, cell: a1(row, col), raw: c.raw, format: c.format ?? 'General', parsed: c.parsed };
}

/** ["2008/09", "actual"], or with a quarter: ["2009/10", "actual", 2] */
export type YearSpec = [string, YearRole] | [string, YearRole, number];

/**
 * A baseline column with no year ("Baseline or current performance"), as recognition
 * reports it: the role 'baseline' and no year.
 */
export function yearlessBaselineColumn(col: number, header: string): TableColumn {
  return { col, role: 'baseline' as TableColumn['role'], header };
}

/**
 * Layout: A code, B title, C period (when `periodColumn`), a baseline column with no
 * year (when `baseline` names its header), then one column per year; two header rows
 * from `top` (a band row, then the year labels), data below.
 */
export function targetsTable(spec: {
  sheet?: string;
  top?: number;
  years: YearSpec[];
  rows: RowSpec[];
  periodColumn?: boolean;
  baseline?: string;
}): IndicatorTable {
  const sheet = spec.sheet ?? 'Targets';
  const top = spec.top ?? 0;
  const baselineCol = spec.periodColumn ? 3 : 2;
  const first = baselineCol + (spec.baseline === undefined ? 0 : 1);
  const columns: TableColumn[] = [
    { col: 0, role: 'code', header: 'National Indicator Number' },
    { col: 1, role: 'title', header: 'Description' },
  ];
  if (spec.periodColumn) columns.push({ col: 2, role: 'period', header: 'Period' });
  if (spec.baseline !== undefined) columns.push(yearlessBaselineColumn(baselineCol, spec.baseline));
  spec.years.forEach(([label, role, quarter], i) => {
    const year = Number(label.slice(0, 4));
    columns.push({
      col: first + i,
      role: 'year',
      header: `${label} ${role}`,
      year: quarter ? { role, year, label, quarter } : { role, year, label },
    });
  });
  const rows: IndicatorRow[] = spec.rows.map((r, i) => {
    const row = top + 2 + i;
    const out: IndicatorRow = {
      row,
      code: r.code,
      codeCell: a1(row, 0),
      title: r.title,
      titleCell: a1(row, 1),
      local: r.local ?? r.code === null,
      laa: false,
      group: null,
      values: [
        ...(spec.baseline !== undefined && r.baseline ? [valueCell(r.baseline, row, baselineCol)] : []),
        ...r.values.map((c, j) => valueCell(c, row, first + j)),
      ],
      subRows: [],
    };
    if (r.codeAsTyped) out.codeAsTyped = r.codeAsTyped;
    if (r.period) {
      out.period = r.period;
      out.periodCell = a1(row, 2);
    }
    if (r.notes) out.notes = r.notes;
    return out;
  });
  return {
    kind: 'targets',
    sheet,
    range: { r0: top, c0: 0, r1: top + 1 + rows.length, c1: first + spec.years.length - 1 },
    headerRows: [top, top + 1],
    columns,
    rows,
    groups: [],
    footnotes: [],
  };
}

export interface TaskSpec {
  number: string | null;
  text: string;
  deadline: string | number | null;
  format?: string;
  status?: string;
}

/** Layout: A area, B task, C deadline, D lead, E status (when `statusColumn`); header on `top`. */
export function actionPlan(spec: {
  sheet?: string;
  top?: number;
  tasks: TaskSpec[];
  statusColumn?: boolean;
}): ActionPlanTable {
  const sheet = spec.sheet ?? 'Action plan';
  const top = spec.top ?? 0;
  const columns: ActionPlanTable['columns'] = [
    { col: 0, role: 'area', header: 'Area of Focus' },
    { col: 1, role: 'task', header: 'Summary of Tasks and Milestones' },
    { col: 2, role: 'deadline', header: 'Deadline' },
    { col: 3, role: 'lead', header: 'Lead Officer and Partner' },
  ];
  if (spec.statusColumn) columns.push({ col: 4, role: 'status', header: 'Status' });
  return {
    kind: 'action-plan',
    sheet,
    range: { r0: top, c0: 0, r1: top + spec.tasks.length, c1: spec.statusColumn ? 4 : 3 },
    headerRows: [top],
    columns,
    tasks: spec.tasks.map((t, i) => {
      const row = top + 1 + i;
      return {
        row,
        area: null,
        areaNumber: t.number ? Number(t.number.split('.')[0]) : null,
        number: t.number,
        text: t.number ? `${t.number} ${t.text}` : t.text,
        deadline: { raw: t.deadline, cell: a1(row, 2), format: t.format ?? 'General' },
        lead: null,
        group: null,
        status: t.status ?? null,
        statusCell: spec.statusColumn ? a1(row, 4) : undefined,
        taskCell: a1(row, 1),
      };
    }),
  };
}

export function context(
  tables: RecognisedTable[],
  opts: { asOf?: string; catalogue?: Catalogue; notes?: RecognitionNote[] } = {},
): RuleContext {
  return {
    tables,
    catalogue: opts.catalogue ?? fakeCatalogue(),
    settings: defaultSettings(opts.asOf ?? '2010-05-14'),
    notes: opts.notes,
  };
}

/** Bromley's Table A years: three past actuals, 2008/09 actual and target, two future targets. */
export const BROMLEY_YEARS: YearSpec[] = [
  ['2005/06', 'actual'],
  ['2006/07', 'actual'],
  ['2007/08', 'actual'],
  ['2008/09', 'actual'],
  ['2008/09', 'target'],
  ['2009/10', 'target'],
  ['2010/11', 'target'],
];

/** Oxfordshire's NIS table years: baseline 2008/09, actual 2009/10, targets 2008/09 to 2011/12. */
export const OXFORDSHIRE_YEARS: YearSpec[] = [
  ['2008/09', 'baseline'],
  ['2009/10', 'actual'],
  ['2008/09', 'target'],
  ['2009/10', 'target'],
  ['2010/11', 'target'],
  ['2011/12', 'target'],
];
