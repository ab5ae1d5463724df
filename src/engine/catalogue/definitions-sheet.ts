/**
 * A workbook's own indicator definitions: a sheet whose header row has a code
 * and a title column, and some of polarity, unit, tolerance, period, outcome.
 * It adds local indicators ("CSC 014", "Local Indicator" rows) and overrides the
 * catalogue for national ones. Every fact read is sourced 'workbook'; what the
 * sheet leaves blank stays as the catalogue has it.
 */
import { a1 } from '../model/a1';
import type { SheetSnapshot } from '../model/snapshot';
import { cellAt, formatAt, sheetBounds } from '../model/snapshot';
import type { PeriodType } from '../model/tables';
import type { Tolerance } from '../model/settings';
import { normaliseLocalCode, readCodeCell } from './codes';
import type { IndicatorDefinition, IndicatorUnit, Outcome, Polarity } from './types';

type Field = 'code' | 'title' | 'polarity' | 'unit' | 'tolerance' | 'period' | 'outcome';

export interface DefinitionsProblem {
  cell: string;
  message: string;
}

export interface DefinitionsSheet {
  definitions: IndicatorDefinition[];
  problems: DefinitionsProblem[];
}

/** Header words per field, most specific first (a header is claimed by the first field that fits). */
const HEADERS: [Field, RegExp][] = [
  ['tolerance', /\btolerance\b|\bamber\b.*\b(threshold|margin|band)\b|\bthreshold\b/],
  [
    'polarity',
    /\bpolarity\b|\bhigher is better\b|\blower is better\b|\bgood is\b|\bdirection\b|\bbetter is\b|\bgood performance\b|\bbigger is better\b|\bsmaller is better\b/,
  ],
  ['period', /\bperiod\b|\byear type\b|\breporting year\b/],
  ['outcome', /\boutcome\b|\btheme\b|\becm\b/],
  ['unit', /\bunits?\b|\bmeasured in\b/],
  ['code', /\bcode\b|\bref(erence)?\b|^ni( no\.?| number)?$|^pi$|^id$|\bindicator (no\.?|number)\b/],
  ['title', /\btitle\b|\bdescription\b|\bname\b|^indicator$|\bdefinition\b/],
];

/** A year in the header means a targets table, never a definitions sheet. */
const YEAR_HEADER = /\b(19|20)\d\d\b|\b\d\d\/\d\d\b/;

const HEADER_SCAN_ROWS = 15;

function text(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[?:*]/g, '').replace(/\s+/g, ' ').trim();
}

interface Header {
  row: number;
  cols: Partial<Record<Field, number>>;
  /** for a yes/no polarity column: what "yes" means ("Higher is better?") */
  yesMeans: Polarity | null;
}

/** A row of the top of the sheet read as a header: the fields it names, and whether it names years. */
interface HeaderRow {
  cols: Partial<Record<Field, number>>;
  yesMeans: Polarity | null;
  years: boolean;
}

/** What "yes" means in a yes/no polarity column headed `h` ("Higher is better?"), if it says. */
function yesMeaning(h: string): Polarity | null {
  if (/\b(higher|bigger|larger)\b/.test(h)) return 'higher';
  if (/\b(lower|smaller)\b/.test(h)) return 'lower';
  return null;
}

function readHeaderRow(sheet: SheetSnapshot, r: number, lastCol: number): HeaderRow {
  const out: HeaderRow = { cols: {}, yesMeans: null, years: false };
  for (let c = sheet.origin.col; c <= lastCol; c++) {
    const h = norm(text(cellAt(sheet, r, c)));
    if (h === '') continue;
    if (YEAR_HEADER.test(h)) out.years = true;
    const hit = HEADERS.find(([field, re]) => out.cols[field] === undefined && re.test(h));
    if (!hit) continue;
    out.cols[hit[0]] = c;
    if (hit[0] === 'polarity') out.yesMeans = yesMeaning(h);
  }
  return out;
}

/** A code, a title and at least one more fact, and no years (which would make it a targets table). */
function isDefinitionsHeader({ cols, years }: HeaderRow): boolean {
  const extra = cols.polarity ?? cols.unit ?? cols.tolerance ?? cols.period ?? cols.outcome;
  return cols.code !== undefined && cols.title !== undefined && extra !== undefined && !years;
}

/**
 * Years in the two rows under it make the row the top of a targets table's header ("NI | PI Name | Lead
 * officer | Performance | Priority theme" over "Actual 2008/09 | Target 2009/10"), not a definitions header.
 */
function yearsBelow(sheet: SheetSnapshot, r: number, lastCol: number): boolean {
  for (const row of [r + 1, r + 2]) {
    let years = 0;
    for (let c = sheet.origin.col; c <= lastCol; c++) {
      const v = cellAt(sheet, row, c);
      if (typeof v === 'string' && YEAR_HEADER.test(v)) years++;
    }
    if (years >= 2) return true;
  }
  return false;
}

function findHeader(sheet: SheetSnapshot): Header | null {
  const { lastRow, lastCol } = sheetBounds(sheet);
  const r1 = Math.min(lastRow, sheet.origin.row + HEADER_SCAN_ROWS - 1);
  for (let r = sheet.origin.row; r <= r1; r++) {
    const h = readHeaderRow(sheet, r, lastCol);
    if (isDefinitionsHeader(h) && !yearsBelow(sheet, r, lastCol))
      return { row: r, cols: h.cols, yesMeans: h.yesMeans };
  }
  return null;
}

/** True when the sheet is a table of indicator definitions. */
export function isDefinitionsSheet(sheet: SheetSnapshot): boolean {
  return findHeader(sheet) !== null;
}

// ---- cell readers: each returns a value, undefined for a blank cell, or an error message

type Read<T> = T | undefined | { error: string };

const HIGHER =
  /^(higher( is (better|good))?|high( is good)?|up|increase|maximi[sz]e|bigger( values are best| is better)?|larger is better|a high value is good|↑)$/;
const LOWER =
  /^(lower( is (better|good))?|low( is good)?|down|decrease|reduce|minimi[sz]e|smaller( values are best| is better)?|a low value is good|↓)$/;
const NONE = /^(none|n\/?a|neither|no polarity|not applicable|contextual)$/;
const BAND =
  /^(?:target )?(?:band|within|between)?\s*:?\s*(-?\d+(?:\.\d+)?)\s*%?\s*(?:-|–|to|and)\s*(-?\d+(?:\.\d+)?)\s*%?$/;

function readPolarity(
  raw: string,
  yesMeans: Polarity | null,
): Read<{ polarity: Polarity; band?: { low: number; high: number } }> {
  const t = norm(raw).replace(/\.$/, '');
  if (t === '' || t === '-') return undefined;
  if (yesMeans && /^(yes|y|true)$/.test(t)) return { polarity: yesMeans };
  if (yesMeans && /^(no|n|false)$/.test(t)) return { polarity: yesMeans === 'higher' ? 'lower' : 'higher' };
  if (HIGHER.test(t)) return { polarity: 'higher' };
  if (LOWER.test(t)) return { polarity: 'lower' };
  if (NONE.test(t)) return { polarity: 'none' };
  const band = BAND.exec(t.replace(/^band\s+/, ''));
  if (band && /band|within|between|-|–|to/.test(t)) {
    const low = Number(band[1]);
    const high = Number(band[2]);
    if (low <= high) return { polarity: 'band', band: { low, high } };
  }
  return {
    error: `Polarity "${raw}" is not understood: write Higher is better, Lower is better, a band such as Band 10-15%, or None`,
  };
}

function readTolerance(raw: unknown, format: string): Read<Tolerance> {
  if (typeof raw === 'number') {
    // 0.05 shown as 5% is a share of the target
    if (format.includes('%')) return { kind: 'relative', value: Math.round(raw * 100 * 1e6) / 1e6 };
    return raw >= 0 ? { kind: 'absolute', value: raw } : { error: `Tolerance ${raw} is negative` };
  }
  const t = norm(text(raw));
  if (t === '') return undefined;
  const m =
    /^[±+]?\s*(\d+(?:\.\d+)?)\s*(%|pp|ppts?|percentage points?|points?|pts|units?)?\s*(of target)?$/.exec(t);
  if (!m) {
    return {
      error: `Tolerance "${text(raw)}" is not understood: write 5% (of the target), 2pp (percentage points) or 3 (units)`,
    };
  }
  return m[2] === '%' ? { kind: 'relative', value: Number(m[1]) } : { kind: 'absolute', value: Number(m[1]) };
}

const UNITS: [RegExp, IndicatorUnit][] = [
  [/^(%|percent|percentage|per cent|proportion)$/, 'percent'],
  [/^(pp|ppts?|percentage points?|% points?)$/, 'ppts'],
  [/^(rate )?per 1,?000( population)?$/, 'rate-per-1000'],
  [/^(rate )?per 10,?000( population)?$/, 'rate-per-10000'],
  [/^(rate )?per 100,?000( population)?$/, 'rate-per-100000'],
  [/^(number|count|no\.?|n|#|total)$/, 'count'],
  [/^(score|points?|pts|level)$/, 'score'],
  [/^days?$/, 'days'],
  [/^weeks?$/, 'weeks'],
  [/^months?$/, 'months'],
  [/^ratio$/, 'ratio'],
];

function readUnit(raw: string): Read<IndicatorUnit> {
  const t = norm(raw);
  if (t === '') return undefined;
  const hit = UNITS.find(([re]) => re.test(t));
  return hit
    ? hit[1]
    : {
        error: `Unit "${raw}" is not understood: write %, ppts, per 1000, number, score, days, weeks or months`,
      };
}

const PERIODS: [RegExp, PeriodType][] = [
  [/^(fy|financial( year)?|fin yr|apr(il)?\s*-\s*mar(ch)?)$/, 'financial'],
  [/^(ac ?yr|ay|academic( year)?|school year|sep(t)?\s*-\s*aug)$/, 'academic'],
  [/^(prev(ious)? cal(endar)? (yr|year))$/, 'previous-calendar'],
  [/^(cal ?yr|cy|calendar( year)?|jan\s*-\s*dec)$/, 'calendar'],
];

function readPeriod(raw: string): Read<PeriodType> {
  const t = norm(raw).replace(/\./g, '');
  if (t === '') return undefined;
  const hit = PERIODS.find(([re]) => re.test(t));
  return hit
    ? hit[1]
    : { error: `Period "${raw}" is not understood: write FY, Ac Yr, Cal Yr or Prev Cal Yr` };
}

const OUTCOMES: [RegExp, Outcome][] = [
  [/healthy/, 'Be healthy'],
  [/safe(ty)?\b/, 'Stay safe'],
  [/enjoy|achieving$|achieve$/, 'Enjoy and achieve'],
  [/positive contribution/, 'Make a positive contribution'],
  [/economic/, 'Achieve economic well-being'],
  [/service management|capacity/, 'Service management'],
];

function readOutcome(raw: string): Read<Outcome> {
  const t = norm(raw).replace(/^\(?\d+\)?\.?\s*/, '');
  if (t === '') return undefined;
  // "Achieve economic well-being" mentions achieve too: the more specific outcome wins
  if (/economic/.test(t)) return 'Achieve economic well-being';
  const hit = OUTCOMES.find(([re]) => re.test(t));
  return hit ? hit[1] : { error: `Outcome "${raw}" is not one of the Every Child Matters outcomes` };
}

function isError<T>(r: Read<T>): r is { error: string } {
  return typeof r === 'object' && r !== null && 'error' in r;
}

/** "NI 55" / 55 -> national; "CSC 014" -> local code; "Local Indicator" or blank -> the title. */
function readCode(
  raw: unknown,
  title: string,
): Read<{ code: string; number: number | null; local: boolean }> {
  const t = text(raw);
  if (t === '' || /^local( indicator)?$/i.test(t))
    return title ? { code: title, number: null, local: true } : undefined;
  if (/^[A-Za-z]{2,5}[\s-]?\d{1,4}[a-z]?$/.test(t) && !/^N\.?I/i.test(t)) {
    return { code: normaliseLocalCode(t), number: null, local: true };
  }
  const ni = readCodeCell(typeof raw === 'number' ? raw : t);
  if (!ni) return { error: `Code "${t}" is neither an NI code nor a local code such as CSC 014` };
  if (ni.number < 1 || ni.number > 199 || ni.number === 31) {
    return { error: `${ni.code} is not a National Indicator (NI 1 to NI 199, no NI 31)` };
  }
  return {
    code: ni.letter && ni.letter.length === 1 ? `NI ${ni.number}${ni.letter}` : `NI ${ni.number}`,
    number: ni.number,
    local: false,
  };
}

/** One row of the sheet, as the field readers see it. */
interface RowAt {
  sheet: SheetSnapshot;
  header: Header;
  r: number;
}

function fieldText(at: RowAt, field: Field): string {
  const c = at.header.cols[field];
  return c === undefined ? '' : text(cellAt(at.sheet, at.r, c));
}

function fieldRef(at: RowAt, field: Field): string {
  return a1(at.r, at.header.cols[field] as number);
}

/** A reading turned into something else; blanks and errors pass through. */
function mapRead<T, U>(r: Read<T>, f: (v: T) => U): Read<U> {
  if (r === undefined) return undefined;
  if (isError(r)) return { error: r.error };
  return f(r as T);
}

type Facts = Partial<
  Pick<IndicatorDefinition, 'polarity' | 'band' | 'unit' | 'period' | 'outcome' | 'tolerance'>
>;

/** How each fact column is read into the definition's facts. */
const FACT_READERS: Partial<Record<Field, (at: RowAt) => Read<Facts>>> = {
  polarity: (at) => readPolarity(fieldText(at, 'polarity'), at.header.yesMeans),
  unit: (at) => mapRead(readUnit(fieldText(at, 'unit')), (unit) => ({ unit })),
  period: (at) => mapRead(readPeriod(fieldText(at, 'period')), (period) => ({ period })),
  outcome: (at) => mapRead(readOutcome(fieldText(at, 'outcome')), (outcome) => ({ outcome })),
  tolerance: (at) => {
    const c = at.header.cols.tolerance as number;
    return mapRead(readTolerance(cellAt(at.sheet, at.r, c), formatAt(at.sheet, at.r, c)), (tolerance) => ({
      tolerance,
    }));
  },
};

/** The facts whose source notes the cell they came from. */
const SOURCED: Partial<Record<Field, keyof IndicatorDefinition['sources']>> = {
  polarity: 'polarity',
  unit: 'unit',
  period: 'period',
  outcome: 'outcome',
};

/** A definition with only its code and title read: the rest as an unknown indicator has it. */
function bareDefinition(
  code: { code: string; number: number | null; local: boolean },
  title: string,
  titleRef: string,
): IndicatorDefinition {
  const def: IndicatorDefinition = {
    code: code.code,
    number: code.number,
    title,
    shortTitle: title,
    unit: 'other',
    polarity: 'none',
    period: 'other',
    outcome: null,
    sources: {},
    local: code.local,
  };
  if (title !== '') def.sources.title = { from: 'workbook', note: titleRef };
  return def;
}

interface RowRead {
  definition: IndicatorDefinition | null;
  problems: DefinitionsProblem[];
}

interface FactsRead {
  facts: Facts;
  sources: IndicatorDefinition['sources'];
  problems: DefinitionsProblem[];
}

/** The fact columns, left to right, so problems come in the order the officer reads the row. */
function readFacts(at: RowAt, fieldOrder: Field[]): FactsRead {
  const out: FactsRead = { facts: {}, sources: {}, problems: [] };
  for (const field of fieldOrder) {
    const result = FACT_READERS[field]?.(at);
    if (result === undefined) continue;
    if (isError(result)) {
      out.problems.push({ cell: fieldRef(at, field), message: result.error });
      continue;
    }
    Object.assign(out.facts, result);
    const source = SOURCED[field];
    if (source) out.sources[source] = { from: 'workbook', note: fieldRef(at, field) };
  }
  return out;
}

/** One row: its definition and what could not be read; null for a blank row or one with nothing to define. */
function readRow(at: RowAt, fieldOrder: Field[]): RowRead | null {
  const { cols } = at.header;
  const title = fieldText(at, 'title');
  const codeRaw = cols.code === undefined ? null : cellAt(at.sheet, at.r, cols.code);
  if (title === '' && text(codeRaw) === '') return null;
  const code = readCode(codeRaw, title);
  if (code === undefined) return null;
  if (isError(code))
    return { definition: null, problems: [{ cell: fieldRef(at, 'code'), message: code.error }] };
  const problems: DefinitionsProblem[] = [];
  if (code.local && title === '') {
    problems.push({ cell: fieldRef(at, 'title'), message: `Local indicator ${code.code} has no title` });
  }
  const read = readFacts(at, fieldOrder);
  const definition = Object.assign(bareDefinition(code, title, fieldRef(at, 'title')), read.facts);
  Object.assign(definition.sources, read.sources);
  for (const p of read.problems) problems.push(p);
  return { definition, problems };
}

/**
 * The definitions on a definitions sheet, with a problem for every cell that
 * could not be read; null when the sheet is not a definitions sheet.
 */
export function readDefinitionsSheet(sheet: SheetSnapshot): DefinitionsSheet | null {
  const header = findHeader(sheet);
  if (!header) return null;
  const { lastRow } = sheetBounds(sheet);
  const { cols } = header;
  const definitions: IndicatorDefinition[] = [];
  const problems: DefinitionsProblem[] = [];
  const fieldOrder = (Object.keys(cols) as Field[]).sort((x, y) => (cols[x] as number) - (cols[y] as number));
  for (let r = header.row + 1; r <= lastRow; r++) {
    const row = readRow({ sheet, header, r }, fieldOrder);
    if (!row) continue;
    for (const p of row.problems) problems.push(p);
    if (row.definition) definitions.push(row.definition);
  }
  return { definitions, problems };
}
