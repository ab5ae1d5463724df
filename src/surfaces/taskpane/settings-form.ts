/** The Settings form's text fields <-> Settings, with a message for each field that cannot be used. */
import type { Settings } from '../../engine/model/settings';

export interface SettingsForm {
  /** "2009", "2009/10" or blank for the latest year with an actual */
  year: string;
  toleranceKind: 'relative' | 'absolute';
  tolerance: string;
  noChangePercent: string;
  dueSoonDays: string;
}

export type SettingsErrors = Partial<Record<keyof SettingsForm, string>>;

export type SavedSettings = Pick<Settings, 'year' | 'tolerance' | 'noChangePercent' | 'dueSoonDays'>;

export function formFromSettings(s: SavedSettings): SettingsForm {
  return {
    year: s.year === null ? '' : `${s.year}/${String((s.year + 1) % 100).padStart(2, '0')}`,
    toleranceKind: s.tolerance.kind,
    tolerance: String(s.tolerance.value),
    noChangePercent: String(s.noChangePercent),
    dueSoonDays: String(s.dueSoonDays),
  };
}

function number(text: string, max: number): number | null {
  const t = text.trim().replace(/%$/, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n <= max ? n : null;
}

function year(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '' || /^latest$/i.test(t)) return null;
  const m = /^(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?$/.exec(t);
  if (!m) return undefined;
  const first = Number(m[1]);
  const second = m[2] === undefined ? null : Number(m[2]) % 100;
  if (second !== null && second !== (first + 1) % 100) return undefined;
  return first >= 2000 && first <= 2099 ? first : undefined;
}

export function parseSettingsForm(
  form: SettingsForm,
): { ok: true; settings: SavedSettings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const y = year(form.year);
  if (y === undefined)
    errors.year = 'Type a year such as 2009/10, or leave blank for the latest year with an actual.';
  const tolerance = number(form.tolerance, 100);
  if (tolerance === null) errors.tolerance = 'Type a number from 0 to 100.';
  const noChange = number(form.noChangePercent, 100);
  if (noChange === null) errors.noChangePercent = 'Type a percentage from 0 to 100.';
  const due = number(form.dueSoonDays, 366);
  if (due === null || !Number.isInteger(due))
    errors.dueSoonDays = 'Type a whole number of days from 0 to 366.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      year: y ?? null,
      tolerance: { kind: form.toleranceKind, value: tolerance! },
      noChangePercent: noChange!,
      dueSoonDays: due!,
    },
  };
}
