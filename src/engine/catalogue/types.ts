import type { PeriodType } from '../model/tables';
import type { Tolerance } from '../model/settings';

export type Polarity = 'higher' | 'lower' | 'band' | 'none';

export type IndicatorUnit =
  | 'percent'
  | 'ppts' // percentage points (gaps)
  | 'rate-per-1000'
  | 'rate-per-10000'
  | 'rate-per-100000'
  | 'count'
  | 'score' // self-assessment points, scores
  | 'days'
  | 'weeks'
  | 'months'
  | 'ratio'
  | 'other';

export type Outcome =
  | 'Be healthy'
  | 'Stay safe'
  | 'Enjoy and achieve'
  | 'Make a positive contribution'
  | 'Achieve economic well-being'
  | 'Service management'
  | 'Stronger communities'
  | 'Safer communities'
  | 'Adult health and well-being'
  | 'Tackling exclusion and promoting equality'
  | 'Local economy'
  | 'Environmental sustainability';

/** Where a fact came from: the CLG handbook, one of the reference plans, or our inference. */
export type FactSource = 'handbook' | 'bromley' | 'oxfordshire' | 'inferred' | 'workbook';

export interface IndicatorDefinition {
  /** "NI 55"; local: "CSC 014" or the title itself for "Local Indicator" rows */
  code: string;
  /** 55; null for local indicators */
  number: number | null;
  title: string;
  shortTitle: string;
  unit: IndicatorUnit;
  polarity: Polarity;
  /** for polarity 'band': the target band, in the indicator's unit */
  band?: { low: number; high: number };
  period: PeriodType;
  outcome: Outcome | null;
  /** sub-indicators: letter -> title ("a" -> "Take up of school lunches - primary") */
  subIndicators?: Record<string, string>;
  /** field -> where it came from, with a note (page, quote) */
  sources: Partial<
    Record<'title' | 'unit' | 'polarity' | 'period' | 'outcome', { from: FactSource; note?: string }>
  >;
  local: boolean;
  /** per-indicator RAG tolerance (definitions sheet) */
  tolerance?: Tolerance;
}

/** The indicator definitions the engine rates and validates against. */
export interface Catalogue {
  /**
   * The definition for a code. Sub-indicators resolve to their parent ("NI 56b" ->
   * NI 56) with the sub-indicator's own title when known. Local codes ("CSC 014")
   * resolve to the workbook's own definitions. Null when unknown.
   */
  lookup(code: string): { definition: IndicatorDefinition; subTitle?: string } | null;
  /** A workbook definition keyed by its title, for rows with no code ("Local Indicator"). */
  lookupLocalByTitle(title: string): IndicatorDefinition | null;
  /** Every national definition, NI 1 to NI 199 (no NI 31). */
  national(): readonly IndicatorDefinition[];
  /** Codes whose titles fit the text best, best first, score 0..1 (1 = same words). */
  matchTitle(text: string, limit?: number): { code: string; score: number }[];
  /** Local code prefixes the workbook defines ("CSC"), for finding codes in text. */
  localPrefixes(): ReadonlySet<string>;
}
