/**
 * Reading the rated year's actual and target cells into figures on the row's scale,
 * or into the reason they cannot be rated (a status, no cell, unreadable text, units
 * that do not compare).
 */
import type { ValueCell } from '../model/tables';
import type { ParsedValue, Status, Unit } from '../values/types';
import type { Aim } from './rag';
import type { Better } from './direction';
import { comparable, unitFamily } from './units';
import { formatValue } from './explain';
import { bandReading, polarityWords } from './polarity';

export interface NotRated {
  ok: false;
  /** for the sheet: "actual N/A" */
  short: string;
  /** for the sentence: "the 2008/09 actual is 'N/A'" */
  why: string;
  /** the figure, when it was read but cannot be rated (polarity unknown), so it can still be shown */
  figure?: { value: number; unit: Unit | null; text: string };
}

export interface ActualFigure {
  ok: true;
  value: number;
  unit: Unit | null;
  assumed: boolean;
  text: string;
}

export interface TargetFigure {
  ok: true;
  aim: Aim;
  /** the value the target field reports (level, bound, or band edge used later) */
  value: number;
  unit: Unit | null;
  assumed: boolean;
  text: string;
  /** what the reader should know about how the target was read: "typed as 8" */
  notes: string[];
}

export interface RowScale {
  /** unit the row is written in */
  unit: Unit | null;
  /** any actual in the row was typed with a sign: the row holds signed levels, not changes */
  signedActuals: boolean;
}

const NO_TARGET = new Set<Status>(['no-target', 'not-set']);

function typed(cell: ValueCell): string {
  return typeof cell.raw === 'string' ? cell.raw.trim() : String(cell.raw ?? '');
}

function statusOrUnreadable(cell: ValueCell, what: string): NotRated {
  const raw = typed(cell);
  if (cell.parsed.kind === 'status') {
    // "No target" says it all; "target No target" would not
    const says = what === 'target' && NO_TARGET.has(cell.parsed.status);
    return { ok: false, short: says ? raw : `${what} ${raw}`, why: `the ${what} is '${raw}'` };
  }
  return {
    ok: false,
    short: `${what} unreadable`,
    why: `the ${what} '${raw}' could not be read as a figure`,
  };
}

/** A compound cell stands for its unlabelled first figure when it has one. */
export function headline(p: ParsedValue | undefined): ParsedValue | undefined {
  if (p?.kind !== 'compound') return p;
  const first = p.parts[0];
  return first && first.label === null ? first.value : undefined;
}

export function readActual(cell: ValueCell | null, label: string, scale: RowScale): ActualFigure | NotRated {
  if (!cell || cell.parsed.kind === 'empty') {
    return { ok: false, short: `no ${label} actual`, why: `there is no ${label} actual` };
  }
  const p = cell.parsed;
  if (p.kind === 'number' || p.kind === 'dated' || p.kind === 'bound') {
    const c = comparable(p.value, p.unit, scale.unit);
    return { ok: true, value: c.value, unit: c.unit, assumed: c.assumed, text: formatValue(c.value, c.unit) };
  }
  if (p.kind === 'band') return { ok: false, short: 'actual is a range', why: 'the actual is a range' };
  if (p.kind === 'compound') {
    return { ok: false, short: 'actual has parts', why: 'the actual has several parts' };
  }
  return statusOrUnreadable(cell, 'actual');
}

/**
 * A signed percentage target ("-2%", "+8%") is a change on last year's actual, unless the
 * row's actuals are themselves signed (a gap such as "-4.4 ppts" or "-24.6"), when it is a level.
 */
export function isChangeTarget(p: ParsedValue, scale: RowScale): boolean {
  return (
    p.kind === 'number' && p.signed && (p.unit === 'percent' || p.unit === 'ppts') && !scale.signedActuals
  );
}

export interface TargetContext {
  label: string;
  year: number;
  scale: RowScale;
  better: Better;
  previous: { label: string; value: number; unit: Unit | null } | null;
}

function levelAim(value: number, unit: Unit | null, ctx: TargetContext, notes: string[]): Aim | null {
  const b = ctx.better;
  if (b === 'higher' || b === 'lower') {
    notes.push(polarityWords(b));
    return { kind: 'level', value, better: b };
  }
  if (b !== null) {
    const { low, high } = bandReading(b.band, value);
    notes.push(
      low < high
        ? `a band indicator: read as ${formatValue(low, null)}-${formatValue(high, unit)}`
        : `a band indicator: a miss either side of ${formatValue(value, unit)} counts`,
    );
    return { kind: 'band', low, high };
  }
  return null;
}

const POLARITY_UNKNOWN: NotRated = {
  ok: false,
  short: 'polarity unknown',
  why: 'it is not known whether a higher or a lower value is better for this indicator (add its polarity in the definitions sheet)',
};

function changeTarget(p: Extract<ParsedValue, { kind: 'number' }>, cell: ValueCell, ctx: TargetContext) {
  const prev = ctx.previous;
  if (!prev) {
    return {
      ok: false,
      short: 'no earlier actual',
      why: `the target '${typed(cell)}' is a change, and there is no earlier actual to apply it to`,
    } satisfies NotRated;
  }
  const points = p.unit === 'ppts' || unitFamily(prev.unit) === 'percent';
  const value = points ? prev.value + p.value : prev.value * (1 + p.value / 100);
  const how = points ? `${formatValue(Math.abs(p.value), null)} percentage points` : `${Math.abs(p.value)}%`;
  const notes = [
    `${typed(cell)} on ${prev.label}'s ${formatValue(prev.value, prev.unit)}` +
      `${points ? `, read as ${how} ${p.value < 0 ? 'down' : 'up'}` : ''}, is ${formatValue(value, prev.unit)}`,
  ];
  const aim = levelAim(
    value,
    prev.unit,
    { ...ctx, better: ctx.better ?? (p.value < 0 ? 'lower' : 'higher') },
    notes,
  );
  if (!aim) return POLARITY_UNKNOWN;
  return {
    ok: true,
    aim,
    value,
    unit: prev.unit,
    assumed: points && p.unit === 'percent',
    text: typed(cell),
    notes,
  } satisfies TargetFigure;
}

type Kind = ParsedValue['kind'];
type ValueOf<K extends Kind> = Extract<ParsedValue, { kind: K }>;
type TargetReader<K extends Kind> = (
  p: ValueOf<K>,
  cell: ValueCell,
  ctx: TargetContext,
  notes: string[],
) => TargetFigure | NotRated;

/** A level ("8%", "5.6% by 2011"): the aim depends on which way is better. */
function levelTarget(
  p: ValueOf<'number' | 'dated'>,
  cell: ValueCell,
  ctx: TargetContext,
  notes: string[],
): TargetFigure | NotRated {
  const c = comparable(p.value, p.unit, ctx.scale.unit);
  if (c.assumed) notes.push(`typed as ${typed(cell)}`);
  const text = formatValue(c.value, c.unit);
  const aim = levelAim(c.value, c.unit, ctx, notes);
  if (!aim) return { ...POLARITY_UNKNOWN, figure: { value: c.value, unit: c.unit, text } };
  return { ok: true, aim, value: c.value, unit: c.unit, assumed: c.assumed, text, notes };
}

/** "5.6% by 2011" in an earlier year's column is shown by the trajectory, not rated against. */
const datedTarget: TargetReader<'dated'> = (p, cell, ctx, notes) => {
  if (p.byYear > ctx.year + 1) {
    return {
      ok: false,
      short: `target is for ${p.byYear}`,
      why: `the target '${typed(cell)}' is due by ${p.byYear}, so this year is shown by its trajectory`,
    };
  }
  return levelTarget(p, cell, ctx, notes);
};

const boundTarget: TargetReader<'bound'> = (p, cell, ctx, notes) => {
  const c = comparable(p.value, p.unit, ctx.scale.unit);
  const text = `${p.maintain ? 'Maintain at ' : ''}${p.op}${formatValue(c.value, c.unit)}`;
  if (c.assumed) notes.push(`typed as ${typed(cell)}`);
  return {
    ok: true,
    aim: { kind: 'bound', op: p.op, value: c.value },
    value: c.value,
    ...rest(c),
    text,
    notes,
  };
};

const bandTarget: TargetReader<'band'> = (p, cell, ctx, notes) => {
  const lo = comparable(p.low, p.unit, ctx.scale.unit);
  const hi = comparable(p.high, p.unit, ctx.scale.unit);
  const text = `${formatValue(lo.value, null)}-${formatValue(hi.value, hi.unit)}`;
  if (hi.assumed) notes.push(`typed as ${typed(cell)}`);
  return {
    ok: true,
    aim: { kind: 'band', low: lo.value, high: hi.value },
    value: hi.value,
    ...rest(hi),
    text,
    notes,
  };
};

const compoundTarget: TargetReader<'compound'> = (p, cell, ctx, notes) => {
  const first = p.parts[0];
  // "9.6% LAA: 11.0%": the unlabelled first figure is the council's own target
  if (first && first.label === null && first.value.kind !== 'compound') {
    notes.push(`the first figure of '${typed(cell)}'`);
    return figure(first.value, cell, ctx, notes);
  }
  return { ok: false, short: 'target has parts', why: 'the target has several parts' };
};

/** How each kind of value reads as a target; the rest (statuses, text, errors) cannot be rated. */
const TARGET_READERS: { [K in Kind]?: TargetReader<K> } = {
  number: (p, cell, ctx, notes) =>
    isChangeTarget(p, ctx.scale) ? changeTarget(p, cell, ctx) : levelTarget(p, cell, ctx, notes),
  dated: datedTarget,
  bound: boundTarget,
  band: bandTarget,
  compound: compoundTarget,
  empty: (_p, _cell, ctx) => ({
    ok: false,
    short: `no ${ctx.label} target`,
    why: `there is no ${ctx.label} target`,
  }),
};

function figure(
  p: ParsedValue,
  cell: ValueCell,
  ctx: TargetContext,
  notes: string[],
): TargetFigure | NotRated {
  const read = TARGET_READERS[p.kind] as TargetReader<Kind> | undefined;
  return read ? read(p, cell, ctx, notes) : statusOrUnreadable(cell, 'target');
}

function rest(c: { unit: Unit | null; assumed: boolean }): { unit: Unit | null; assumed: boolean } {
  return { unit: c.unit, assumed: c.assumed };
}

export function readTarget(cell: ValueCell | null, ctx: TargetContext): TargetFigure | NotRated {
  if (!cell) return { ok: false, short: `no ${ctx.label} target`, why: `there is no ${ctx.label} target` };
  return figure(cell.parsed, cell, ctx, []);
}
