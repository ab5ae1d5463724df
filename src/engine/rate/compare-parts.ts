/**
 * RAG for a compound actual against a compound target ("English: 74% Maths: 72%"
 * against "English: 85% Maths: 83%"): each part rated, the worse one counts.
 */
import type { Tolerance } from '../model/settings';
import type { ValueCell } from '../model/tables';
import type { ParsedValue, Unit } from '../values/types';
import type { Better } from './direction';
import { settle } from './explain';
import { polarityWords } from './polarity';
import { compare } from './rag';
import { notRated, outcome } from './rag-words';
import { readActual, readTarget, type ActualFigure, type NotRated, type RowScale } from './read-figures';
import type { RatingFields } from './row-rating';
import type { RagRating } from './types';
import { sameScale } from './units';

type Compound = Extract<ParsedValue, { kind: 'compound' }>;

const WORST: Record<RagRating, number> = { Green: 0, Amber: 1, Red: 2 };

const NO_PARTS: NotRated = { ok: false, short: 'parts differ', why: 'the actual has no parts' };

/** One part rated against the target's part of the same name. */
interface PartRating {
  ok: true;
  rag: RagRating;
  actual: ActualFigure;
  against: number;
  unit: Unit | null;
  assumed: boolean;
  /** "English 74% against 85%: missed by 11%, more than ... (Red)" */
  phrase: string;
}

interface PartContext {
  byLabel: Map<string, ParsedValue>;
  label: string;
  scale: RowScale;
  better: Better;
  tolerance: Tolerance;
}

function unitOf(p: ParsedValue): Unit | null {
  return p.kind === 'number' || p.kind === 'bound' || p.kind === 'band' || p.kind === 'dated' ? p.unit : null;
}

function asCell(parsed: ParsedValue): ValueCell {
  return { col: -1, cell: '', raw: null, format: 'General', parsed };
}

function ratePart(part: Compound['parts'][number], ctx: PartContext): PartRating | NotRated {
  const { label, better, tolerance } = ctx;
  const name = part.label?.trim() ?? '';
  const t = ctx.byLabel.get(name.toLowerCase());
  const scale = { ...ctx.scale, unit: ctx.scale.unit ?? unitOf(part.value) };
  const a = readActual(asCell(part.value), label, scale);
  const f = t ? readTarget(asCell(t), { label, year: 0, scale, better, previous: null }) : null;
  if (!a.ok) return a;
  if (f && !f.ok) return f;
  if (!f || !sameScale(a.unit, f.unit)) {
    const why = `the part '${name || 'unlabelled'}' has no matching figure in the target`;
    return { ok: false, short: 'parts differ', why };
  }
  const unit = a.unit ?? f.unit;
  const c = compare(a.value, f.aim, tolerance);
  return {
    ok: true,
    rag: c.rag,
    actual: a,
    against: c.against,
    unit,
    assumed: a.assumed || f.assumed,
    phrase: `${name} ${a.text} against ${f.text}: ${outcome(c, f.aim, unit, tolerance)} (${c.rag})`,
  };
}

export function rateParts(
  actual: Compound,
  target: Compound,
  label: string,
  scale: RowScale,
  better: Better,
  tolerance: Tolerance,
): RatingFields {
  const byLabel = new Map(target.parts.map((p) => [p.label?.trim().toLowerCase() ?? '', p.value]));
  const ctx: PartContext = { byLabel, label, scale, better, tolerance };
  const phrases: string[] = [];
  let worst: PartRating | null = null;
  // a part read with an assumed unit still says so when a later part stops the rating
  let assumedUnits = false;
  for (const part of actual.parts) {
    const r = ratePart(part, ctx);
    if (!r.ok) return { assumedUnits, ...notRated(label, r) };
    phrases.push(r.phrase);
    if (!worst || WORST[r.rag] > WORST[worst.rag]) worst = r;
    assumedUnits ||= r.assumed;
  }
  if (!worst) return notRated(label, NO_PARTS);
  const polarity = better === 'higher' || better === 'lower' ? ` (${polarityWords(better)})` : '';
  return {
    rag: worst.rag,
    actual: worst.actual.value,
    actualText: worst.actual.text,
    target: worst.against,
    unit: worst.unit,
    assumedUnits,
    reason: settle(`${label}: ${phrases.join('; ')}${polarity}: ${worst.rag}, the worse of the parts.`),
  };
}
