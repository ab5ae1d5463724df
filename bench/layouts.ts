/**
 * The table layouts the benchmark mixes, each written the way officers lay out
 * their plans (see test/fixtures for the originals): a code column under a
 * merged band row, codes at the end or the start of the text, a repeated
 * two-row header block, outcome headings, footnotes, and the value tokens the
 * parser reads ("nya: July 2010", "No target", "<5%", "10-15%", "8.4% (9.9%)",
 * "0.23 [101]"), error cells and formulas. Every layout returns how many
 * indicator rows it wrote, so the bench can check they are all found.
 */
import catalogue from '../src/engine/catalogue/ni-catalogue.json';

/** A cell as the generator writes it. */
export type GenCell =
  | null
  | string
  | number
  | { v: number; fmt: string }
  | { formula: string; result: number | string }
  | { error: '#N/A' | '#DIV/0!' | '#REF!' };

export interface SheetSink {
  /** 1-based Excel row number the next row will get */
  readonly nextRow: number;
  /** writes the next row; returns its 1-based Excel row number */
  add(cells: GenCell[]): number;
  /** merges an inclusive block, 1-based rows and columns */
  merge(r0: number, c0: number, r1: number, c1: number): void;
}

export type Layout = (sink: SheetSink, rows: number, seed: number) => number;

interface Def {
  code: string;
  number: number;
  title: string;
  percent: boolean;
  /** +1 when higher is better, -1 when lower is */
  better: number;
}

const DEFS: Def[] = (
  catalogue as { code: string; number: number; title: string; unit: string; polarity: string }[]
).map((d) => ({
  code: d.code,
  number: d.number,
  title: d.title,
  percent: d.unit === 'percent',
  better: d.polarity === 'lower' ? -1 : 1,
}));

const OUTCOMES = [
  'Be healthy',
  'Stay safe',
  'Enjoy and achieve',
  'Make a positive contribution',
  'Achieve economic well-being',
];

/**
 * Typed-in forms of a figure, chosen by indicator and column so that the same
 * indicator repeated elsewhere carries the same figures (as in real plans),
 * in the units its definition has, moving the way its polarity wants.
 */
const PERCENT_FORMS: ((x: number) => GenCell)[] = [
  (x) => ({ v: x / 100, fmt: '0.0%' }),
  (x) => ({ v: x / 100, fmt: '0.0%' }),
  (x) => `${x}%`,
  (x) => ({ v: x / 100, fmt: '0%' }),
  (x) => `${x}% (${Math.round((x + 1.5) * 10) / 10}%)`,
  (x) => ({ v: x / 100, fmt: '0.0%' }),
];
const OTHER_FORMS: ((x: number) => GenCell)[] = [
  (x) => x,
  (x) => ({ v: x, fmt: '0.0' }),
  (x) => `${x}`,
  (x) => `${Math.round(x) / 100} [${Math.round(x * 3)}]`,
  (x) => ({ v: x, fmt: '0.0' }),
];
/** the officer's words in place of a figure: actual columns, then target columns */
const ACTUAL_WORDS = ['nya: July 2010', 'new indicator'];
const TARGET_WORDS = ['No target', '<5%', '10-15%'];

function figure(d: Def, col: number, target: boolean, i: number): GenCell {
  const k = d.number + col;
  if (k % 23 === 0) return (target ? TARGET_WORDS : ACTUAL_WORDS)[k % 2];
  const base = d.percent ? 20 + ((d.number * 7) % 60) : 10 + ((d.number * 13) % 400);
  // one row in 50 disagrees with its other copies, as a mistyped figure would
  const slip = i % 50 === 49 ? 1 : 0;
  const x = Math.round((base + d.better * col * 1.5 + slip) * 10) / 10;
  const forms = d.percent ? PERCENT_FORMS : OTHER_FORMS;
  return forms[k % forms.length](x);
}

/** One cell in 997 an error value, one in 331 a formula (with its cached result) on the cell to its left. */
function valueAt(d: Def, row: number, i: number, col: number, target: boolean): GenCell {
  if ((i + col) % 997 === 0) return { error: (['#N/A', '#DIV/0!', '#REF!'] as const)[i % 3] };
  if ((i + col) % 331 === 0) return { formula: `${letter(col - 1)}${row}*1`, result: 0.5 };
  return figure(d, col, target, i);
}

/** column letter for a 0-based column (the layouts stay within A-Z) */
const letter = (c: number): string => String.fromCharCode(65 + c);

function def(i: number, seed: number): Def {
  return DEFS[(i * 13 + seed) % DEFS.length];
}

/** figures for columns from..to; columns from `targetsFrom` on hold targets */
function values(d: Def, row: number, i: number, from: number, to: number, targetsFrom: number): GenCell[] {
  const out: GenCell[] = [];
  for (let c = from; c <= to; c++) out.push(valueAt(d, row, i, c, c >= targetsFrom));
  return out;
}

/** Bromley Table A: number column, band row over actuals and targets, outcome headings merged across. */
const codeColumnBands: Layout = (sink, rows, seed) => {
  sink.add(['Table A: National Indicator targets']);
  const band = sink.add([
    'National Indicator Number',
    'Description',
    'Past Performance',
    null,
    null,
    null,
    null,
    'Future Targets',
    null,
  ]);
  sink.merge(band, 3, band, 7);
  sink.merge(band, 8, band, 9);
  sink.add([
    null,
    null,
    '2005/6 Actual',
    '2006/7 Actual',
    '2007/8 Actual',
    '2008/09 Actual Full Year',
    '2008/9 Target Full year',
    '2009/10 Target',
    '2010/11 Target',
  ]);
  for (let i = 0; i < rows; i++) {
    if (i % 25 === 0) {
      const h = sink.add([OUTCOMES[(i / 25) % OUTCOMES.length]]);
      sink.merge(h, 1, h, 9);
    }
    const d = def(i, seed);
    const row = sink.nextRow;
    sink.add([d.number, d.title, ...values(d, row, i, 2, 8, 6)]);
  }
  sink.add(['Figures in brackets are the statistical neighbour average']);
  return rows;
};

/** Oxfordshire NIS: codes at the end of the text, Period column, two-row header block repeated after blank rows. */
const codesAtEndRepeated: Layout = (sink, rows, seed) => {
  const header = (): void => {
    const band = sink.add([
      'Indicator',
      'Period',
      'Baseline',
      null,
      'Targets',
      null,
      null,
      null,
      'Comparison (Ofsted)',
      null,
      null,
    ]);
    sink.add([
      null,
      null,
      '2008/09',
      '2009/10',
      '2008/09',
      '2009/10',
      '2010/11',
      '2011/12',
      'SNs',
      'England',
      'Notes',
    ]);
    sink.merge(band, 1, band + 1, 1);
    sink.merge(band, 2, band + 1, 2);
    sink.merge(band, 3, band, 4);
    sink.merge(band, 5, band, 8);
    sink.merge(band, 9, band, 10);
  };
  sink.add(['NIS Indicators relating to Children and Young People']);
  sink.add(['Last updated: 1 April 2010']);
  header();
  for (let i = 0; i < rows; i++) {
    if (i > 0 && i % 60 === 0) {
      sink.add([]);
      header();
    }
    const d = def(i, seed);
    const row = sink.nextRow;
    sink.add([
      `${d.title} (${d.code})`,
      ['FY', 'Ac Yr', 'Cal Yr'][i % 3],
      ...values(d, row, i, 2, 9, 4),
      i % 9 === 0 ? 'Subgroup targets agreed with partners' : null,
    ]);
  }
  sink.add(['SNs = statistical neighbours; nya = not yet available']);
  return rows;
};

/** Scorecard: code at the start of the text, one header row naming a baseline and a target year, footnotes. */
const codesAtStart: Layout = (sink, rows, seed) => {
  sink.add(['Children and Young People Scorecard 2009/10']);
  sink.add([]);
  sink.add(['Indicator', 'Baseline 2008/09', '2009/10 Actual', 'Target 2010/11']);
  for (let i = 0; i < rows; i++) {
    const d = def(i, seed);
    const row = sink.nextRow;
    sink.add([`${d.code} ${d.title}`, ...values(d, row, i, 1, 3, 3)]);
  }
  sink.add(['¹ Provisional data']);
  sink.add(['* LAA target']);
  return rows;
};

const STATUS = ['Green', 'Amber', 'Red', null];

/** A Ref column with year labels written other ways, and the officer's own status column. */
const refColumnStatus: Layout = (sink, rows, seed) => {
  sink.add(['Stay safe']);
  sink.add([
    'Ref',
    'Measure',
    '2007/08 Actual',
    '2008-09',
    'Target 2008/09',
    '2009/10 Target',
    '2010/11 Target',
    'Status',
  ]);
  for (let i = 0; i < rows; i++) {
    const d = def(i, seed);
    const row = sink.nextRow;
    sink.add([d.code.replace(' ', ''), d.title, ...values(d, row, i, 2, 6, 4), STATUS[i % STATUS.length]]);
  }
  sink.add(['Source: CareFirst, SSDA903 return']);
  return rows;
};

export const LAYOUTS: Layout[] = [codeColumnBands, codesAtEndRepeated, codesAtStart, refColumnStatus];
