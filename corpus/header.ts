/**
 * A table's header as a grid of cells per column and level (top to bottom), with
 * merge keys: consecutive cells of one level with the same key are merged across,
 * and a `down` cell is merged down to the bottom level. Bands ("Actuals",
 * "Future targets") sit over their years; years may sit over their roles.
 */
import type { ColSpec, HeaderStyle, TableSpec } from './spec';
import type { YearCol } from './years';
import { BAND_WORDS, ROLE_WORDS, inlineLabel, plainLabel, yearText } from './years';

export interface HeadCell {
  text: string;
  key: string;
  down?: boolean;
  /** what is in the cell when Excel turned the typed text into a date (the truth keeps `text`) */
  date?: { serial: number; fmt: string };
}

export type Heads = (HeadCell | null)[][];

export function headerDepth(h: HeaderStyle): number {
  if (h.layout === 'inline') return 1;
  if (h.layout === 'bands' || h.layout === 'years-over-roles') return 2;
  return 3;
}

function otherHeads(text: string, depth: number, h: HeaderStyle, i: number): (HeadCell | null)[] {
  const out: (HeadCell | null)[] = new Array<HeadCell | null>(depth).fill(null);
  if (text === '') return out;
  const cell = { text, key: `o${i}` };
  if (depth === 1 || h.otherPos === 'bottom') out[depth - 1] = cell;
  else out[0] = h.otherPos === 'down' ? { ...cell, down: true } : cell;
  return out;
}

function headerOf(c: ColSpec): string {
  return c.kind === 'year' ? '' : c.header;
}

/** The index of the latest full-year actual column, merged down when the style says so. */
function latestActual(spec: TableSpec): number {
  let best = -1;
  spec.columns.forEach((c, i) => {
    if (c.kind !== 'year' || c.y.role !== 'actual' || c.y.quarter) return;
    if (best < 0 || c.y.year >= (spec.columns[best] as { y: YearCol }).y.year) best = i;
  });
  return best;
}

/** Runs of consecutive year columns with the same role: the band each column sits under. */
function bandRuns(spec: TableSpec): number[] {
  let run = 0;
  let prev: string | null = null;
  return spec.columns.map((c) => {
    const role = c.kind === 'year' ? c.y.role : null;
    if (role !== prev) run++;
    prev = role;
    return run;
  });
}

function label(spec: TableSpec, i: number, y: YearCol, inline: boolean): string {
  const h = spec.header;
  const unit = h.unit ?? '';
  const pattern = h.mixPatterns ? i : h.patterns[y.role];
  if (!inline) return plainLabel(y, h.yearStyle, h.quarterCarry) + unit;
  const text = inlineLabel(y, h.yearStyle, pattern, h.quarterCarry) + unit;
  if (!h.newlines) return text;
  // the break goes between the year and its use ("2009/10" Alt+Enter "Actual")
  return /\d (?=[A-Z])/.test(text)
    ? text.replace(/(\d) (?=[A-Z])/, '$1\n')
    : text.replace(/(?<=[a-z]) (?=(FY |Ac Yr )?\d)/, '\n');
}

function roleWord(y: YearCol, i: number): string {
  if (y.quarter) return `Q${y.quarter}`;
  const words = ROLE_WORDS[y.role];
  return words[i % words.length];
}

function yearHeads(
  spec: TableSpec,
  i: number,
  y: YearCol,
  runs: number[],
  down: boolean,
): (HeadCell | null)[] {
  const h = spec.header;
  const band: HeadCell = { text: h.bandWords[y.role] ?? BAND_WORDS[y.role][0], key: `b${runs[i]}` };
  const lab: HeadCell = { text: label(spec, i, y, h.roleInLabel), key: `l${i}` };
  const inline: HeadCell = { text: label(spec, i, y, true), key: `l${i}` };
  const yearTop: HeadCell = { text: yearText(y.year, h.yearStyle), key: `y${y.year}:${runs[i]}` };
  const role: HeadCell = { text: roleWord(y, 0), key: `r${i}` };
  switch (h.layout) {
    case 'inline':
      return [inline];
    case 'bands':
      return down ? [{ ...inline, down: true }, null] : [band, lab];
    case 'years-over-roles':
      return [{ ...yearTop, key: `y${y.year}` }, role];
    case 'super-bands':
      return down
        ? [{ text: h.superBand, key: 'super' }, { ...inline, down: true }, null]
        : [{ text: h.superBand, key: 'super' }, band, lab];
    default:
      return [band, { text: plainLabel(y, h.yearStyle, false), key: `m${i}` }, role];
  }
}

export function buildHeads(spec: TableSpec): Heads {
  const depth = headerDepth(spec.header);
  const runs = bandRuns(spec);
  const down = spec.header.mergeDownLatestActual ? latestActual(spec) : -1;
  const heads: Heads = [];
  spec.columns.forEach((c, i) => {
    // a RAG column paired with the year before it shares its header cells, so they merge over both
    if (c.kind === 'status' && c.paired && i > 0) heads.push(heads[i - 1]);
    else if (c.kind === 'year') heads.push(yearHeads(spec, i, c.y, runs, i === down));
    else heads.push(otherHeads(headerOf(c), depth, spec.header, i));
  });
  if (!spec.header.excelDates) return heads;
  return heads.map((levels) => levels.map((cell) => (cell ? asTypedInExcel(cell) : cell)));
}

// Excel counts days from 30 December 1899 (its 1900 system, from March 1900 on)
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const excelSerial = (y: number, m: number, d: number): number =>
  (Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / 86400000;
/** the year a layout's labels were typed in: "09/10" typed then is 9 October 2010 */
const TYPED_IN = 2010;

/**
 * A label as a UK Excel stores it once typed: "2009/10" alone is year/month, 1 October 2009 shown
 * "mmm-yy"; "09/10" is day/month of the year of typing, shown "dd-mmm". Months past 12 stay text.
 */
function asTypedInExcel(cell: HeadCell): HeadCell {
  const long = /^(\d{4})\/(\d{2})$/.exec(cell.text);
  if (long && Number(long[2]) >= 1 && Number(long[2]) <= 12) {
    return { ...cell, date: { serial: excelSerial(Number(long[1]), Number(long[2]), 1), fmt: 'mmm\\-yy' } };
  }
  const short = /^(\d{2})\/(\d{2})$/.exec(cell.text);
  if (short && Number(short[1]) >= 1 && Number(short[2]) <= 12) {
    return {
      ...cell,
      date: { serial: excelSerial(TYPED_IN, Number(short[2]), Number(short[1])), fmt: 'dd\\-mmm' },
    };
  }
  return cell;
}

/** The header text of each column: every level over it, merged ones included, joined by " / ". */
export function headerTexts(heads: Heads): string[] {
  const depth = heads[0]?.length ?? 0;
  const texts: string[][] = heads.map(() => []);
  for (let level = 0; level < depth; level++) {
    let i = 0;
    while (i < heads.length) {
      const cell = heads[i][level];
      let j = i + 1;
      while (cell && !cell.down && j < heads.length && heads[j][level]?.key === cell.key) j++;
      if (cell) for (let k = i; k < j; k++) texts[k].push(cell.text);
      i = j;
    }
  }
  return texts.map((t) => t.join(' / '));
}
