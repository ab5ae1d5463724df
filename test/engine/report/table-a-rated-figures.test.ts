/**
 * Table A shows the figures each RAG was judged on: the rated year's actual and
 * target, in the unit the rating read them in, beside the RAG, and the year when a
 * row was rated for an earlier year than the report's. Checked on a generated family
 * of plans whose rated year comes before the targets Table A otherwise shows.
 */
import { buildTableA } from '../../../src/engine/report/table-a';
import type { TableAModel, TableARow } from '../../../src/engine/report/types';
import type { CellSpec, SheetSpec } from '../../fixtures/spec';
import { pct } from '../../fixtures/typed';
import { inputsFor } from './helpers';

const rows = (m: TableAModel): TableARow[] => m.groups.flatMap((g) => g.rows);

function cellUnder(m: TableAModel, row: TableARow, band: RegExp, header: string): string {
  const col = m.columns.find((c) => c.header === header && band.test(c.band ?? ''));
  if (!col) throw new Error(`no column ${header}`);
  return row.cells[col.key] ?? '';
}

/** A small deterministic generator: the same family every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

interface Case {
  code: string;
  /** 2008/09 actual and target as fractions (0.731 = 73.1%) */
  actual: number;
  target: number;
  /** how the 2008/09 target was typed: a % cell with 0-2 decimals, or a bare number beside % actuals */
  typing: 'pct0' | 'pct1' | 'pct2' | 'bare';
}

function targetCell(c: Case): CellSpec {
  if (c.typing === 'bare') return Math.round(c.target * 100);
  return pct(c.target, Number(c.typing.slice(3)));
}

/** What the officer sees in the source for the target, and so what Table A must print. */
function targetShown(c: Case): string {
  if (c.typing === 'bare') return `${Math.round(c.target * 100)}%`;
  return `${(c.target * 100).toFixed(Number(c.typing.slice(3)))}%`;
}

const CODES = ['NI 73', 'NI 117', 'NI 55', 'NI 75', 'NI 112'];
const TYPINGS: Case['typing'][] = ['pct0', 'pct1', 'pct2', 'bare'];

function family(seed: number): Case[] {
  const next = lcg(seed);
  return CODES.map((code, i) => ({
    code,
    // to three decimals of a fraction: one decimal of a percentage, as shown under 0.0%
    actual: Math.round((0.05 + next() * 0.8) * 1000) / 1000,
    target: Math.round((0.05 + next() * 0.8) * 1000) / 1000,
    typing: TYPINGS[(i + seed) % TYPINGS.length],
  }));
}

/**
 * An older plan (actuals to 2008/09, targets 2008/09 to 2010/11) beside a newer table
 * with a 2009/10 actual: the report year is 2009/10, the older rows are rated 2008/09.
 */
function sheetsFor(cases: Case[]): SheetSpec[] {
  const older: SheetSpec = {
    name: 'Older plan',
    rows: [
      ['NI', 'Indicator', '2007/08 Actual', '2008/09 Actual', '2008/09 Target', '2009/10 Target', '2010/11 Target'],
      ...cases.map((c) => [c.code, `Indicator ${c.code}`, pct(c.actual, 1), pct(c.actual, 1), targetCell(c), pct(0.5, 0), pct(0.6, 0)]),
    ],
  }; // prettier-ignore
  const newer: SheetSpec = {
    name: 'Newer plan',
    rows: [
      ['NI', 'Indicator', '2008/09 Actual', '2009/10 Actual', '2009/10 Target'],
      ['NI 59', 'Initial assessments within 7 working days', pct(0.6), pct(0.7), pct(0.75, 0)],
    ],
  };
  return [older, newer];
}

describe('Table A shows the figures each RAG was judged on', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`rated 2008/09 in a 2009/10 report, family ${seed}`, () => {
      const cases = family(seed);
      const model = buildTableA(inputsFor(sheetsFor(cases)));
      expect(model.ratedYear).toBe('2009/10');
      for (const c of cases) {
        const row = rows(model).find((r) => r.code === c.code && r.source.sheet === 'Older plan')!;
        const rag = cellUnder(model, row, /^Rating/, 'RAG');
        // the RAG and both figures say the year they are for
        expect(rag).toMatch(/^(Green|Amber|Red) \(2008\/09\)$/);
        expect(cellUnder(model, row, /^Rating/, 'Actual')).toBe(`2008/09: ${(c.actual * 100).toFixed(1)}%`);
        expect(cellUnder(model, row, /^Rating/, 'Target')).toBe(`2008/09: ${targetShown(c)}`);
        // and the sentence names the target as read (to its full precision: 22.4% shown as 22%)
        const read = c.typing === 'bare' ? Math.round(c.target * 100) : Number((c.target * 100).toFixed(1));
        expect(row.reason).toContain(`target of ${read}%`);
      }
    });
  }

  it('puts the report year target with the later targets, not under past performance', () => {
    const model = buildTableA(inputsFor(sheetsFor(family(1))));
    const bandOf = (header: string) => model.columns.find((c) => c.header === header)?.band;
    expect(bandOf('2009/10 Target')).toBe('Targets');
    expect(bandOf('2010/11 Target')).toBe('Targets');
    expect(bandOf('2009/10 Actual')).toBe('Past performance');
  });

  it('gives the report year rows their figures without a year', () => {
    const model = buildTableA(inputsFor(sheetsFor(family(1))));
    const row = rows(model).find((r) => r.code === 'NI 59')!;
    expect(cellUnder(model, row, /^Rating/, 'Actual')).toBe('70.0%');
    expect(cellUnder(model, row, /^Rating/, 'Target')).toBe('75%');
    expect(cellUnder(model, row, /^Rating/, 'RAG')).toBe('Red');
  });

  it('prints an Excel error as "Not available" with a note naming its cell', () => {
    const sheet: SheetSpec = {
      name: 'Errors',
      rows: [
        ['NI', 'Indicator', '2008/09 Actual', '2009/10 Actual', '2009/10 Target'],
        ['NI 59', 'Initial assessments within 7 working days', { v: '#DIV/0!' }, pct(0.7), pct(0.75, 0)],
      ],
    };
    const model = buildTableA(inputsFor([sheet]));
    const row = rows(model)[0];
    expect(cellUnder(model, row, /Past/, '2008/09 Actual')).toBe('Not available');
    expect(model.legend).toContain(
      "Not available: 'Errors'!C2 holds the Excel error #DIV/0!; correct it in the source.",
    );
    expect(JSON.stringify(model)).not.toContain('"#DIV/0!"');
  });

  it('prints a formula result in the decimals its format shows', () => {
    const sheet: SheetSpec = {
      name: 'Formulas',
      rows: [
        ['NI', 'Indicator', '2008/09 Actual', '2009/10 Actual', '2009/10 Target'],
        ['NI 59', 'Initial assessments within 7 working days', { v: 32.4667, fmt: '0.0' }, { v: 0.9225, fmt: '0%' }, pct(0.75, 0)],
      ],
    }; // prettier-ignore
    const model = buildTableA(inputsFor([sheet]));
    const row = rows(model)[0];
    expect(cellUnder(model, row, /Past/, '2008/09 Actual')).toBe('32.5');
    expect(cellUnder(model, row, /Past/, '2009/10 Actual')).toBe('92%');
  });
});
