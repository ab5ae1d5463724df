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

/**
 * What kind of public record a fact was checked against (docs/catalogue.md):
 * - dataset-record: a per-indicator dataset record (data.gov.uk / DCLG Floor Targets Interactive / data4nr)
 * - statistical-release: a DCSF/DfE/NHS/Defra statistical release or its landing page
 * - handbook: the DCLG Handbook of Definitions (April/May 2008) or its February 2009 update
 * - lg-inform: an LG Inform / esd metric type that names the former NI
 * - plan: one of the reference plans (Bromley CYPP 2009-11, Oxfordshire delivery plan 2010-11)
 * - unsourced: no record found; the value is a judgement and the note says why
 * 'workbook' is a workbook's own definitions sheet and never appears in the JSON.
 */
export type SourceKind =
  'dataset-record' | 'statistical-release' | 'handbook' | 'lg-inform' | 'plan' | 'unsourced';
export type FactSource = SourceKind | 'workbook';

/** The facts of a definition that carry their own source. */
export type FactField =
  | 'title'
  | 'unit'
  | 'polarity'
  | 'period'
  | 'outcome'
  | 'dataSource'
  | 'collection'
  | 'goodPerformance'
  | 'status';

/** Where one fact came from: the kind of record, its public address and a short quote from it. */
export interface FactProvenance {
  from: FactSource;
  /** the record's public address; absent for plans, workbooks and unsourced facts */
  url?: string;
  /** a short quote from the record, as published */
  quote?: string;
  /** our own words: which plan and table, why a judgement, what disagreed */
  note?: string;
}

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
  /** the collection the figures come from ("SSDA903", "NCMP", "TellUs survey") */
  dataSource?: string;
  /** the reference date or collection window ("average of November, December and January") */
  collection?: string;
  /** the record's own words on what good performance looks like */
  goodPerformance?: string;
  /** whether the indicator is still collected ("ended 31 March 2011: ...") */
  status?: string;
  /** field -> where it came from: kind of record, address, quote */
  sources: Partial<Record<FactField, FactProvenance>>;
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
