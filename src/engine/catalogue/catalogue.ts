/**
 * The indicator catalogue: NI 1 to NI 199 from ni-catalogue.json (see
 * docs/catalogue-sources.md for where each fact came from), plus whatever a
 * workbook's own definitions sheet adds or overrides.
 */
import data from './ni-catalogue.json';
import { normaliseLocalCode } from './codes';
import { TitleIndex } from './title-match';
import type { Catalogue, IndicatorDefinition, IndicatorUnit, Polarity } from './types';

/** A sub-indicator whose unit or polarity differs from its parent (NI 55b "percentage measured"). */
export interface SubDetail {
  polarity?: Polarity;
  unit?: IndicatorUnit;
  band?: { low: number; high: number };
  sources?: IndicatorDefinition['sources'];
}

/**
 * One row of ni-catalogue.json: a national indicator, or a sub-indicator ("NI 56b", with
 * `parent` "NI 56") that is an entry of its own with its own title, unit, polarity and sources.
 */
export interface CatalogueEntry extends IndicatorDefinition {
  /** sub-indicators only: the parent's code ("NI 56") */
  parent?: string;
  subDetails?: Record<string, SubDetail>;
  /** officer wordings the official titles lack, used for title matching only */
  aliases?: string[];
}

type Lookup = { definition: IndicatorDefinition; subTitle?: string };

const NI_CODE = /^\s*N\.?I\.?\s*0*(\d{1,3})\s*([a-h])?\s*$/i;

/** "CSC 014", "Local indicator title" -> a stable key (titles by their words only). */
function titleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function entryTexts(d: IndicatorDefinition): string[] {
  const e = d as CatalogueEntry;
  return [d.title, d.shortTitle, ...Object.values(d.subIndicators ?? {}), ...(e.aliases ?? [])];
}

/** The letter of a sub-indicator entry ("NI 56b" -> "b"). */
export function subLetter(code: string): string | null {
  return NI_CODE.exec(code)?.[2]?.toLowerCase() ?? null;
}

/**
 * The JSON's rows as the engine reads them: the 198 indicators, each carrying its
 * sub-indicators' titles (for title matching and `subTitle`) and, where a sub-indicator is
 * measured differently, its unit, polarity and their sources (for rating).
 */
function loadEntries(rows: readonly CatalogueEntry[]): CatalogueEntry[] {
  const parents = new Map<string, CatalogueEntry>();
  for (const row of rows) if (!row.parent) parents.set(row.code, { ...row });
  for (const sub of rows) {
    const parent = sub.parent ? parents.get(sub.parent) : undefined;
    const letter = subLetter(sub.code);
    if (!parent || !letter) continue;
    parent.subIndicators = { ...parent.subIndicators, [letter]: sub.title };
    const detail: SubDetail = { sources: {} };
    if (sub.polarity !== parent.polarity || sub.band !== undefined) {
      detail.polarity = sub.polarity;
      if (sub.band) detail.band = sub.band;
      detail.sources!.polarity = sub.sources.polarity;
    }
    if (sub.unit !== parent.unit) {
      detail.unit = sub.unit;
      detail.sources!.unit = sub.sources.unit;
    }
    parent.subDetails = { ...parent.subDetails, [letter]: detail };
  }
  return [...parents.values()];
}

/** The parent with the sub-indicator's own unit/polarity, when it has them. */
function withSubDetail(parent: IndicatorDefinition, letter: string): IndicatorDefinition {
  const detail = (parent as CatalogueEntry).subDetails?.[letter];
  if (!detail || (detail.polarity === undefined && detail.unit === undefined)) return parent;
  const out: IndicatorDefinition = {
    ...parent,
    polarity: detail.polarity ?? parent.polarity,
    unit: detail.unit ?? parent.unit,
    sources: { ...parent.sources, ...detail.sources },
  };
  if (detail.band) out.band = detail.band;
  else if (detail.polarity !== undefined && detail.polarity !== 'band') delete out.band;
  return out;
}

class MapCatalogue implements Catalogue {
  private readonly byCode = new Map<string, IndicatorDefinition>();
  private readonly subCache = new Map<string, IndicatorDefinition>();
  private readonly localByTitle = new Map<string, IndicatorDefinition>();
  private readonly prefixes = new Set<string>();
  private readonly nationalList: IndicatorDefinition[];
  private index: TitleIndex | null = null;

  constructor(
    national: readonly IndicatorDefinition[],
    readonly locals: readonly IndicatorDefinition[] = [],
    /** workbook rows for one sub-indicator ("NI 55b"), merged over the parent */
    readonly subOverrides: ReadonlyMap<string, IndicatorDefinition> = new Map(),
  ) {
    this.nationalList = [...national];
    for (const d of national) this.byCode.set(d.code, d);
    for (const d of locals) {
      this.byCode.set(normaliseLocalCode(d.code), d);
      this.localByTitle.set(titleKey(d.title), d);
      const m = /^([A-Z]{2,5}) \d/.exec(normaliseLocalCode(d.code));
      if (m) this.prefixes.add(m[1]);
    }
  }

  lookup(code: string): Lookup | null {
    const ni = NI_CODE.exec(code);
    if (!ni) {
      const local = this.byCode.get(normaliseLocalCode(code));
      return local && local.local ? { definition: local } : null;
    }
    const parentCode = `NI ${Number(ni[1])}`;
    const parent = this.byCode.get(parentCode);
    if (!parent) return null;
    const letter = ni[2]?.toLowerCase();
    if (!letter) return { definition: parent };
    const subTitle = parent.subIndicators?.[letter];
    const key = `${parentCode}${letter}`;
    let definition = this.subCache.get(key);
    if (!definition) {
      definition = withSubDetail(parent, letter);
      const override = this.subOverrides.get(key);
      if (override) definition = mergeOverride(definition, override);
      this.subCache.set(key, definition);
    }
    return subTitle === undefined ? { definition } : { definition, subTitle };
  }

  lookupLocalByTitle(title: string): IndicatorDefinition | null {
    return this.localByTitle.get(titleKey(title)) ?? null;
  }

  national(): readonly IndicatorDefinition[] {
    return this.nationalList;
  }

  matchTitle(text: string, limit = 5): { code: string; score: number }[] {
    if (!this.index) {
      const all = [...this.nationalList, ...this.locals];
      this.index = new TitleIndex(all.map((d) => ({ code: d.code, texts: entryTexts(d) })));
    }
    return this.index.match(text, limit);
  }

  localPrefixes(): ReadonlySet<string> {
    return this.prefixes;
  }
}

let builtIn: MapCatalogue | null = null;

/** Every row of the catalogue as published: the 198 indicators and their sub-indicators, in order. */
export function catalogueEntries(): readonly CatalogueEntry[] {
  return data as unknown as CatalogueEntry[];
}

/** The national catalogue, NI 1 to NI 199 (198 indicators: NI 31 was dropped). Built once. */
export function builtInCatalogue(): Catalogue {
  if (!builtIn) builtIn = new MapCatalogue(loadEntries(catalogueEntries()));
  return builtIn;
}

/**
 * Fields the workbook stated (sources marked 'workbook') replace the catalogue's;
 * everything else stays as the catalogue has it.
 */
function mergeOverride(base: IndicatorDefinition, over: IndicatorDefinition): IndicatorDefinition {
  const stated = (field: keyof IndicatorDefinition['sources']) => over.sources[field]?.from === 'workbook';
  const out: IndicatorDefinition = { ...base, sources: { ...base.sources } };
  if (stated('title') && over.title) {
    out.title = over.title;
    out.shortTitle = over.shortTitle || over.title;
  }
  if (stated('unit')) out.unit = over.unit;
  if (stated('polarity')) {
    out.polarity = over.polarity;
    if (over.band) out.band = over.band;
    else delete out.band;
  }
  if (stated('period')) out.period = over.period;
  if (stated('outcome')) out.outcome = over.outcome;
  for (const f of ['title', 'unit', 'polarity', 'period', 'outcome'] as const) {
    if (stated(f)) out.sources[f] = over.sources[f];
  }
  if (over.tolerance) out.tolerance = over.tolerance;
  return out;
}

/**
 * The catalogue with a workbook's own definitions: local indicators ("CSC 014",
 * or a "Local Indicator" row keyed by its title) are added; rows coded NI 1-199
 * override the national definition field by field.
 */
export function withDefinitions(base: Catalogue, defs: IndicatorDefinition[]): Catalogue {
  const overrides = new Map<string, IndicatorDefinition>();
  // a catalogue already extended keeps its own local and sub-indicator definitions
  const prior = base instanceof MapCatalogue ? base : null;
  const subOverrides = new Map<string, IndicatorDefinition>(prior?.subOverrides ?? []);
  const locals = new Map<string, IndicatorDefinition>();
  for (const d of prior?.locals ?? []) locals.set(normaliseLocalCode(d.code), d);
  for (const d of defs) {
    const ni = d.local ? null : NI_CODE.exec(d.code);
    if (!ni) {
      // defined before (an imported file, then the workbook's sheet): what this states wins, the rest stays
      const key = normaliseLocalCode(d.code);
      const before = locals.get(key);
      locals.set(key, before ? mergeOverride(before, d) : d);
      continue;
    }
    const code = `NI ${Number(ni[1])}`;
    if (ni[2]) subOverrides.set(`${code}${ni[2].toLowerCase()}`, d);
    else overrides.set(code, d);
  }
  const national = base.national().map((d) => {
    const over = overrides.get(d.code);
    return over ? mergeOverride(d, over) : d;
  });
  return new MapCatalogue(national, [...locals.values()], subOverrides);
}
