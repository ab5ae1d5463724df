export type Severity = 'error' | 'warning' | 'info';

/** One problem, at one cell, in words an officer understands, with the fix. */
export interface Finding {
  /** stable rule id, e.g. "NI-CODE-UNKNOWN" */
  rule: string;
  severity: Severity;
  sheet: string;
  /** "C7" */
  cell: string;
  message: string;
  /** what to do about it */
  fix?: string;
}
