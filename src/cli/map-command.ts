/**
 * `ni-targets map`: shows each table's map (what was read, column by column) and saves the officer's
 * corrections of it in the workbook's own record, the same record the pane's Tables view writes, so a
 * workbook corrected on the command line reads the same in Excel, and the other way round.
 *   ni-targets map plan.xlsx --show
 *   ni-targets map plan.xlsx -o out.xlsx --table "Sheet!B5" --column C=code --column G=target:2010/11
 */
import type { Command } from 'commander';
import { openSession } from './workbook-session';
import { UsageProblem } from './failure';
import type { Io } from './io';
import { sheetRef } from '../session/public-types';
import type { AnalysisSummary, TableSummary } from '../session/summary';
import {
  CorrectionProblem,
  LOW_CONFIDENCE,
  tableAddress,
  type ColumnRequest,
  type CorrectionRequest,
} from '../session/corrections';

export interface MapOptions {
  show?: boolean;
  output?: string;
  inPlace?: boolean;
  table?: string;
  column: string[];
  headerRows?: string;
  range?: string;
  excludeRow: string[];
  includeRow: string[];
  reset?: boolean;
}

const collect = (v: string, all: string[]): string[] => [...all, v];

function columnRequest(spec: string): ColumnRequest {
  const m = /^\s*([A-Za-z]{1,3})\s*=\s*([A-Za-z]+)\s*(?::\s*(.+))?$/.exec(spec);
  if (!m)
    throw new UsageProblem(
      `--column ${spec}: write a column, a role and perhaps a year: C=code, G=target:2010/11`,
    );
  return { column: m[1].toUpperCase(), role: m[2], ...(m[3] ? { year: m[3].trim() } : {}) };
}

function rowNumbers(list: string[], option: string): number[] {
  return list.map((v) => {
    if (!/^\d+$/.test(v.trim()))
      throw new UsageProblem(`${option} ${v}: give an Excel row number, such as 17`);
    return Number(v);
  });
}

const corrects = (o: MapOptions): boolean =>
  o.column.length + o.excludeRow.length + o.includeRow.length > 0 || !!(o.headerRows || o.range || o.reset);

function request(o: MapOptions): CorrectionRequest {
  if (!o.table)
    throw new UsageProblem('say which table to correct: --table "Sheet!B5" (any cell of the table)');
  if (!o.output)
    throw new UsageProblem('corrections are saved in a copy of the workbook: give -o <out.xlsx>');
  const where = tableAddress(o.table);
  return {
    ...where,
    columns: o.column.map(columnRequest),
    headerRows: o.headerRows,
    range: o.range,
    exclude: rowNumbers(o.excludeRow, '--exclude-row'),
    include: rowNumbers(o.includeRow, '--include-row'),
    reset: o.reset,
  };
}

/** One table's map as lines: range and header rows, then a line per column. */
export function describeMap(t: TableSummary): string[] {
  const m = t.map;
  if (!m) return [];
  const lines = [
    `${sheetRef(t.sheet, t.range)}  ${t.kind}, header rows ${m.header}${m.corrected ? ', corrected by you' : ''}`,
  ];
  for (const c of m.columns) {
    const role = c.year ? `${c.role} ${c.year}` : c.role;
    const mark = c.corrected ? 'yours' : c.confidence < LOW_CONFIDENCE ? 'check' : '';
    lines.push(
      `  ${c.column.padEnd(3)} ${role.padEnd(16)} ${c.confidence.toFixed(2)} ${mark.padEnd(5)} ${c.header}`.trimEnd(),
    );
  }
  if (m.excludedRows.length > 0) lines.push(`  rows left out: ${m.excludedRows.join(', ')}`);
  if (m.includedRows.length > 0) lines.push(`  rows put back: ${m.includedRows.join(', ')}`);
  return lines;
}

function printMaps(summary: AnalysisSummary, io: Io): void {
  for (const t of summary.tables) {
    io.out('');
    for (const l of describeMap(t)) io.out(l);
    if (t.kind === 'action-plan')
      io.out(`${sheetRef(t.sheet, t.range)}  action plan (its columns are not corrected here)`);
  }
  const stale = summary.findings.filter((f) => f.rule === 'NI-CORRECTION-STALE');
  for (const f of stale) io.out(`Warning: ${sheetRef(f.sheet, f.cell)} ${f.message}`);
}

async function run(file: string, o: MapOptions, io: Io): Promise<number> {
  const writes = corrects(o);
  const req = writes ? request(o) : null;
  const { session, save } = await openSession(
    file,
    {},
    { workbook: req ? o.output : undefined, inPlace: o.inPlace },
  );
  if (!req) {
    printMaps(await session.validate(), io);
    return 0;
  }
  let summary: AnalysisSummary;
  try {
    summary = await session.correctTable(req);
  } catch (e) {
    if (e instanceof CorrectionProblem) throw new UsageProblem(e.message);
    throw e;
  }
  printMaps(summary, io);
  await save(o.output!);
  io.out('');
  io.out(
    `Corrections saved in ${o.output}: every validate, rate and report of it reads the table with them.`,
  );
  return 0;
}

export function addMapCommand(
  p: Command,
  io: Io,
  setCode: (c: number) => void,
  resolve: (file: string | undefined, io: Io) => string,
): void {
  p.command('map')
    .argument('[workbook]', '.xlsx file (default: the bundled sample)')
    .description('show what was read in each table, column by column, and correct it')
    .option('--show', 'print each table’s map (the default when nothing is corrected)')
    .option('-o, --output <file>', 'where to write the workbook with the corrections')
    .option('--in-place', 'allow -o to be the workbook read')
    .option('--table <cell>', 'the table to correct: any of its cells, "Sheet!B5"')
    .option('--column <col=role[:year]>', 'a column’s role (and year): C=code, G=target:2010/11', collect, [])
    .option('--header-rows <rows>', 'the table’s header rows: 5:6')
    .option('--range <range>', 'the table’s range: B5:J40')
    .option('--exclude-row <row>', 'leave a row out of the table', collect, [])
    .option('--include-row <row>', 'put a row back in the table', collect, [])
    .option('--reset', 'forget the table’s corrections (before any given with it)')
    .action(async (file: string | undefined, o: MapOptions) => setCode(await run(resolve(file, io), o, io)));
}
