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
  sources: Partial<Record<'title' | 'unit' | 'polarity' | 'period' | 'outcome', { from: FactSource; note?: string }>>;
  local: boolean;
  /** per-indicator RAG tolerance (definitions sheet) */
  tolerance?: Tolerance;
}
