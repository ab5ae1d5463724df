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

function findHeader(sheet: SheetSnapshot): Header | null {
  const { lastRow, lastCol } = sheetBounds(sheet);
  const r1 = Math.min(lastRow, sheet.origin.row + HEADER_SCAN_ROWS - 1);
  for (let r = sheet.origin.row; r <= r1; r++) {
    const cols: Partial<Record<Field, number>> = {};
    let yesMeans: Polarity | null = null;
    let years = false;
    for (let c = sheet.origin.col; c <= lastCol; c++) {
      const h = norm(text(cellAt(sheet, r, c)));
      if (h === '') continue;
      if (YEAR_HEADER.test(h)) years = true;
      const hit = HEADERS.find(([field, re]) => cols[field] === undefined && re.test(h));
      if (!hit) continue;
      cols[hit[0]] = c;
      if (hit[0] === 'polarity') {
        if (/\b(higher|bigger|larger)\b/.test(h)) yesMeans = 'higher';
        else if (/\b(lower|smaller)\b/.test(h)) yesMeans = 'lower';
      }
    }
    const extra = cols.polarity ?? cols.unit ?? cols.tolerance ?? cols.period ?? cols.outcome;
    if (cols.code !== undefined && cols.title !== undefined && extra !== undefined && !years) {
      return { row: r, cols, yesMeans };
    }
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
  const cellText = (r: number, field: Field) =>
    cols[field] === undefined ? '' : text(cellAt(sheet, r, cols[field] as number));
  const ref = (r: number, field: Field) => a1(r, cols[field] as number);
  const fieldOrder = (Object.keys(cols) as Field[]).sort((x, y) => (cols[x] as number) - (cols[y] as number));

  for (let r = header.row + 1; r <= lastRow; r++) {
    const title = cellText(r, 'title');
    const codeRaw = cols.code === undefined ? null : cellAt(sheet, r, cols.code);
    if (title === '' && text(codeRaw) === '') continue;
    const code = readCode(codeRaw, title);
    if (code === undefined) continue;
    if (isError(code)) {
      problems.push({ cell: ref(r, 'code'), message: code.error });
      continue;
    }
    if (code.local && title === '') {
      problems.push({ cell: ref(r, 'title'), message: `Local indicator ${code.code} has no title` });
    }
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
    if (title !== '') def.sources.title = { from: 'workbook', note: ref(r, 'title') };

    const take = <T>(field: Field, result: Read<T>, apply: (v: T) => void) => {
      if (result === undefined) return;
      if (isError(result)) problems.push({ cell: ref(r, field), message: result.error });
      else apply(result);
    };
    const readers: Partial<Record<Field, () => void>> = {
      polarity: () =>
        take('polarity', readPolarity(cellText(r, 'polarity'), header.yesMeans), (p) => {
          def.polarity = p.polarity;
          if (p.band) def.band = p.band;
          def.sources.polarity = { from: 'workbook', note: ref(r, 'polarity') };
        }),
      unit: () =>
        take('unit', readUnit(cellText(r, 'unit')), (u) => {
          def.unit = u;
          def.sources.unit = { from: 'workbook', note: ref(r, 'unit') };
        }),
      period: () =>
        take('period', readPeriod(cellText(r, 'period')), (p) => {
          def.period = p;
          def.sources.period = { from: 'workbook', note: ref(r, 'period') };
        }),
      outcome: () =>
        take('outcome', readOutcome(cellText(r, 'outcome')), (o) => {
          def.outcome = o;
          def.sources.outcome = { from: 'workbook', note: ref(r, 'outcome') };
        }),
      tolerance: () => {
        const c = cols.tolerance as number;
        take('tolerance', readTolerance(cellAt(sheet, r, c), formatAt(sheet, r, c)), (t) => {
          def.tolerance = t;
        });
      },
    };
    // left to right, so problems come in the order the officer reads the row
    for (const field of fieldOrder) readers[field]?.();
    definitions.push(def);
  }
  return { definitions, problems };
}
