/** Everything an officer can configure; saved in the workbook by the add-in. */
export interface Tolerance {
  /** relative: a share of the target's value; absolute: units or percentage points */
  kind: 'relative' | 'absolute';
  /** 5 means 5% (relative) or 5 units/points (absolute) */
  value: number;
}

export interface Settings {
  /** first year of the reporting period (2008 for 2008/09); null = latest with an actual */
  year: number | null;
  tolerance: Tolerance;
  /** changes smaller than this share (%) of the earlier value count as "No change" */
  noChangePercent: number;
  /** Table B: tasks due within this many days are "Due within N days" */
  dueSoonDays: number;
  /** report date, ISO yyyy-mm-dd */
  asOf: string;
}

export function defaultSettings(asOf: string = new Date().toISOString().slice(0, 10)): Settings {
  return {
    year: null,
    tolerance: { kind: 'relative', value: 5 },
    noChangePercent: 1,
    dueSoonDays: 30,
    asOf,
  };
}
