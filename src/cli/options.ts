import type { Settings, Tolerance } from '../session/public-types';

export interface SettingsOptions {
  year?: string;
  tolerance?: string;
  asOf?: string;
  dueSoon?: string;
}

class OptionProblem extends Error {}

/** "2009/10", "2009/2010", "09/10", "2009-10", "2009" -> 2009 */
export function parseYearOption(text: string): number {
  const t = text.trim();
  const m = /^(\d{2}|\d{4})(?:\s*[/-]\s*(\d{1,4}))?$/.exec(t);
  if (!m) throw new OptionProblem(`--year ${text}: give a year such as 2009/10`);
  const y = Number(m[1]);
  return m[1].length === 2 ? 2000 + y : y;
}

/** "5%" relative to the target; "2pp", "2 ppts", "2" absolute. */
export function parseToleranceOption(text: string): Tolerance {
  const t = text.trim().toLowerCase();
  const rel = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (rel) return { kind: 'relative', value: Number(rel[1]) };
  const abs = /^(\d+(?:\.\d+)?)\s*(pp|ppts?|points?|units?)?$/.exec(t);
  if (abs) return { kind: 'absolute', value: Number(abs[1]) };
  throw new OptionProblem(`--tolerance ${text}: give 5% (of the target) or 2pp (absolute)`);
}

export function parseDateOption(text: string): string {
  const t = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t) || Number.isNaN(Date.parse(t))) {
    throw new OptionProblem(`--as-of ${text}: give a date as yyyy-mm-dd`);
  }
  return t;
}

export function parseSettingsOptions(o: SettingsOptions): Partial<Settings> {
  const s: Partial<Settings> = {};
  if (o.year) s.year = parseYearOption(o.year);
  if (o.tolerance) s.tolerance = parseToleranceOption(o.tolerance);
  if (o.asOf) s.asOf = parseDateOption(o.asOf);
  if (o.dueSoon) {
    const n = Number(o.dueSoon);
    if (!Number.isInteger(n) || n < 0)
      throw new OptionProblem(`--due-soon ${o.dueSoon}: give a number of days`);
    s.dueSoonDays = n;
  }
  return s;
}

export { OptionProblem };
