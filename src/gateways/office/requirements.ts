/**
 * Which ExcelApi requirement set each feature needs, and what the officer is
 * told when their Excel is too old for it. Checked at run time so an older
 * Excel (2016 perpetual, an un-updated Mac) degrades instead of failing.
 */

/** Office.context.requirements.isSetSupported, or a stand-in for tests. */
export type Requirement = (set: string, version: string) => boolean;

export type Feature =
  | 'usedRange'
  | 'tableHeaders'
  | 'protection'
  | 'workbookName'
  | 'mergedAreas'
  | 'merge'
  | 'sizes'
  | 'tabColor'
  | 'freeze'
  | 'links'
  | 'events'
  | 'pageSetup'
  | 'screenUpdating'
  | 'rangeAreas'
  | 'specialCells'
  | 'workbookProtection';

interface FeatureNeed {
  version: string;
  /** what we say when it is missing; null when the gap is silent (a speed-up, or a safe default) */
  notice: string | null;
}

export const FEATURES: Record<Feature, FeatureNeed> = {
  usedRange: { version: '1.4', notice: null },
  tableHeaders: { version: '1.3', notice: null },
  protection: { version: '1.2', notice: null },
  workbookName: { version: '1.7', notice: null },
  mergedAreas: {
    version: '1.13',
    notice:
      'This version of Excel cannot report merged cells to add-ins, so headings that span merged cells may be read as separate cells.',
  },
  merge: {
    version: '1.2',
    notice: 'Cells were not merged: this version of Excel cannot merge cells from an add-in.',
  },
  sizes: {
    version: '1.2',
    notice:
      'Column widths and row heights were left as they were: this version of Excel cannot set them from an add-in.',
  },
  tabColor: {
    version: '1.7',
    notice: 'Sheet tab colours were not set: this version of Excel cannot set them from an add-in.',
  },
  freeze: {
    version: '1.7',
    notice: 'Headings were not frozen: use View > Freeze Panes to keep them in view while scrolling.',
  },
  links: {
    version: '1.7',
    notice:
      'Links between sheets were written as plain text: this version of Excel cannot add hyperlinks from an add-in.',
  },
  events: { version: '1.8', notice: null },
  pageSetup: {
    version: '1.9',
    notice:
      'Print settings need a newer Excel; set them with Page Layout > Orientation, Size and Print Titles, and fit to one page wide under Scale to Fit.',
  },
  screenUpdating: { version: '1.9', notice: null },
  // without it, each range of a style is its own call: slower, same result
  rangeAreas: { version: '1.9', notice: null },
  // without it a huge used range cannot be narrowed to its filled cells: read whole up to a limit, else one line
  specialCells: { version: '1.9', notice: null },
  // without it a locked structure is found only when Excel refuses the first new sheet
  workbookProtection: { version: '1.7', notice: null },
};

export function supports(requirement: Requirement, feature: Feature): boolean {
  return requirement('ExcelApi', FEATURES[feature].version);
}

/** Collects each missing feature's notice once, in the order first met. */
export class Notices {
  private readonly seen = new Set<string>();
  readonly list: string[] = [];

  missing(feature: Feature): void {
    const text = FEATURES[feature].notice;
    if (text && !this.seen.has(text)) {
      this.seen.add(text);
      this.list.push(text);
    }
  }
}

/** The host's own answer when running inside Office; everything else (tests, Node) must pass one. */
export function hostRequirement(): Requirement {
  return (set, version) => {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return Boolean(office?.context?.requirements?.isSetSupported(set, version));
  };
}
