/**
 * Sheets that sit beside the targets in a real workbook and must yield no
 * indicator rows: a revenue budget with year columns (the look of a targets
 * table without any indicator) and a staff list with dates and FTEs.
 */
import type { SheetSink } from './layouts';

const money = (v: number): { v: number; fmt: string } => ({ v, fmt: '#,##0' });

export function budgetSheet(sink: SheetSink, lines: number): void {
  sink.add(["Children's Services revenue budget 2009/10"]);
  sink.add(['All figures £']);
  sink.add([]);
  sink.add(['Cost centre', 'Description', '2008/09', '2009/10', '2010/11', 'Change 2009/10']);
  const first = sink.nextRow;
  for (let i = 0; i < lines; i++) {
    const row = sink.nextRow;
    const y0 = 100_000 + ((i * 7919) % 900_000);
    const y1 = Math.round(y0 * 1.04);
    sink.add([
      `R${1000 + i}`,
      i % 10 === 3 ? "Employer's NI contributions" : `Cost line ${i + 1}`,
      money(y0),
      money(y1),
      money(Math.round(y1 * 1.02)),
      { formula: `(D${row}-C${row})/C${row}`, result: 0.04 },
    ]);
  }
  const last = sink.nextRow - 1;
  sink.add([
    null,
    'Total',
    ...['C', 'D', 'E'].map((c) => ({ formula: `SUM(${c}${first}:${c}${last})`, result: 0 })),
  ]);
}

const POSTS = ['Performance Officer', 'Senior Performance Analyst', 'Data Officer', 'Information Manager'];

export function staffSheet(sink: SheetSink, people: number): void {
  sink.add(['Name', 'Post', 'Team', 'Start date', 'FTE', 'Grade']);
  for (let i = 0; i < people; i++) {
    sink.add([
      `Officer ${i + 1}`,
      POSTS[i % POSTS.length],
      'Performance and Information',
      { v: 38000 + ((i * 37) % 3000), fmt: 'dd/mm/yyyy' },
      { v: i % 5 === 0 ? 0.6 : 1, fmt: '0.0' },
      `PO${(i % 6) + 1}`,
    ]);
  }
}
