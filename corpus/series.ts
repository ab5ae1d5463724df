/**
 * One indicator row's figures across the table's year columns, and the RAG the rules
 * give it. The rated year's target is drawn first, an actual is planted for a wanted
 * RAG (Green, Amber or Red), earlier actuals and later targets follow the indicator's
 * polarity, and every cell is then typed the way an officer might type it.
 */
import type { Rag } from './model';
import type { Rng } from './prng';
import { plantActual, ragOf } from './rating';
import type { Scale } from './indicators';
import type { YearCol } from './years';
import {
  ACTUAL_STATUSES,
  TARGET_STATUSES,
  formsFor,
  round,
  status,
  typeBound,
  typeFigure,
  type Form,
  type Typed,
  type ValueStyle,
} from './values';

export interface SeriesInput {
  unit: string;
  /** lower is better; only used to shape the series when the row is not rated */
  lower: boolean;
  scale: Scale;
  cols: YearCol[];
  /** the year rating will use (latest with an actual), null when none */
  ratedYear: number | null;
  style: ValueStyle;
  /** why the row gets no RAG whatever its figures (unknown polarity...), or null */
  unratedBecause: string | null;
  /** type the rated-year actual as a status */
  statusActual: boolean;
  statusTarget: boolean;
}

export interface SeriesOutput {
  cells: Typed[];
  rag: Rag | null;
  unrated?: string;
}

interface Plan {
  target: number;
  actual: number;
  rag: Rag | null;
  ambiguous: boolean;
}

function clampTo(x: number, s: Scale, unit: string): number {
  const top = unit === 'percent' ? Math.min(s.hi * 1.15, 99) : s.hi * 1.3;
  return Math.min(Math.max(x, s.lo * 0.5), top);
}

/** A target and a planted actual whose RAG is clear of every boundary, if one can be found. */
function plan(input: SeriesInput, rng: Rng): Plan {
  const { scale: s, lower } = input;
  let last: Plan | null = null;
  for (let tries = 0; tries < 8; tries++) {
    const target = round(rng.float(s.lo, s.hi), s.decimals);
    const want = rng.pick<Rag>(['Green', 'Amber', 'Red']);
    const actual = round(clampTo(plantActual(target, want, lower, rng.next()), s, input.unit), s.decimals);
    const r = ragOf(actual, target, lower, s.decimals);
    last = { target, actual, rag: r.rag, ambiguous: r.ambiguous };
    if (!r.ambiguous && actual > 0) return last;
  }
  return { ...(last as Plan), ambiguous: true };
}

/** Figures for every year column (numbers, before typing). */
function figures(input: SeriesInput, p: Plan, rng: Rng): number[] {
  const { scale: s, lower, cols, ratedYear } = input;
  const step = (s.hi - s.lo) * 0.03;
  const better = lower ? -1 : 1;
  const y0 = ratedYear ?? cols[0]?.year ?? 2009;
  const lastQuarter = Math.max(
    0,
    ...cols.filter((c) => c.year === ratedYear && c.quarter).map((c) => c.quarter ?? 0),
  );
  return cols.map((c) => {
    if (c.role === 'target')
      return round(clampTo(p.target + (c.year - y0) * step * better, s, input.unit), s.decimals);
    if (c.year === y0 && (!c.quarter || c.quarter === lastQuarter)) return p.actual;
    const drift = (y0 - c.year) * step * rng.float(0.4, 1.6) * -better;
    const noise = c.quarter ? rng.float(-1, 1) * step : 0;
    return round(clampTo(p.actual + drift + noise, s, input.unit), s.decimals);
  });
}

/** Which columns rating reads for the rated year: the actual (or its quarters, or baseline) and the target. */
export function ratedColumns(cols: YearCol[], year: number | null): { actual: number[]; target: number } {
  if (year === null) return { actual: [], target: -1 };
  const full = cols.findIndex((c) => c.role === 'actual' && c.year === year && !c.quarter);
  const quarters = cols
    .map((c, i) => (c.role === 'actual' && c.year === year && c.quarter ? i : -1))
    .filter((i) => i >= 0);
  const baseline = cols.findIndex((c) => c.role === 'baseline' && c.year === year);
  const actual = full >= 0 ? [full] : quarters.length > 0 ? quarters : baseline >= 0 ? [baseline] : [];
  return { actual, target: cols.findIndex((c) => c.role === 'target' && c.year === year && !c.quarter) };
}

function statusFor(style: ValueStyle, target: boolean, rng: Rng): Typed {
  if (style === 'tokens' && !target) return status('X');
  return status(rng.pick(target ? TARGET_STATUSES : ACTUAL_STATUSES));
}

/** A cell rating does not read: in an officer's table it may hold anything officers type. */
function otherCell(x: number, input: SeriesInput, forms: Form[], rng: Rng, col: YearCol): Typed {
  if (input.style === 'plain' || !rng.chance(0.15))
    return typeFigure(x, input.scale.decimals, input.unit, rng.pick(forms), rng);
  if (input.style === 'tokens') return status(rng.pick(['X', '-']));
  const pct = input.unit === 'percent' ? '%' : '';
  const options =
    col.role === 'target'
      ? [...TARGET_STATUSES, `${x.toFixed(input.scale.decimals)}${pct} by ${col.year + 3}`]
      : [
          ...ACTUAL_STATUSES,
          `${x.toFixed(input.scale.decimals)}${pct} (${String(col.year % 100).padStart(2, '0')}/${String((col.year + 1) % 100).padStart(2, '0')})`,
        ];
  return status(rng.pick(options));
}

function verdict(
  input: SeriesInput,
  p: Plan,
  rated: { actual: number[]; target: number },
): Pick<SeriesOutput, 'rag' | 'unrated'> {
  if (input.unratedBecause) return { rag: null, unrated: input.unratedBecause };
  if (rated.actual.length === 0) return { rag: null, unrated: 'no actual for the rated year' };
  if (rated.target < 0) return { rag: null, unrated: 'no target column for the rated year' };
  if (input.statusActual) return { rag: null, unrated: 'actual is a status' };
  if (input.statusTarget) return { rag: null, unrated: 'target is a status' };
  if (p.ambiguous || p.rag === null) return { rag: null, unrated: 'too near a boundary' };
  return { rag: p.rag };
}

export function rowSeries(input: SeriesInput, rng: Rng): SeriesOutput {
  const p = plan(input, rng);
  const xs = figures(input, p, rng);
  const rated = ratedColumns(input.cols, input.ratedYear);
  const forms = formsFor(input.unit, input.style);
  const rowForms = input.style === 'plain' ? [rng.pick(forms)] : forms;
  const d = input.scale.decimals;
  const cells = xs.map((x, i): Typed => {
    const isActual = rated.actual.includes(i);
    if (isActual && input.statusActual) return statusFor(input.style, false, rng);
    if (i === rated.target && input.statusTarget) return statusFor(input.style, true, rng);
    if (i === rated.target && input.style === 'officer' && rng.chance(0.15))
      return typeBound(x, d, input.unit, input.lower, rng);
    if (isActual || i === rated.target) return typeFigure(x, d, input.unit, rng.pick(rowForms), rng);
    return otherCell(x, input, rowForms, rng, input.cols[i]);
  });
  return { cells, ...verdict(input, p, rated) };
}
