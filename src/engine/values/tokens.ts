/**
 * One number with its unit as typed: "7.3%", "1,473", "-4.4 ppts", "14pts",
 * "31.0 per 1000", "+8%", "1 473". Everything larger (bounds, bands, brackets)
 * is built from this.
 */
import type { Unit } from './types';
import { unitOf } from './units';

export interface Quantity {
  value: number;
  unit: Unit | null;
  /** an explicit + or - was typed */
  signed: boolean;
}

// sign, then digits with optional thousands groups (comma or space), decimals, exponent
const QUANTITY =
  /^([+-])?\s*((?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,3}))?\s*(.*)$/;

/** Reads "number [unit]" filling the whole text, or null. */
export function readQuantity(text: string): Quantity | null {
  const m = QUANTITY.exec(text);
  if (!m) return null;
  let unit: Unit | null = null;
  if (m[4] !== '') {
    const u = unitOf(m[4]);
    if (u === undefined) return null;
    unit = u;
  }
  const digits = m[2].includes(',') || m[2].includes(' ') ? m[2].replace(/[, ]/g, '') : m[2];
  let value = Number(m[3] === undefined ? digits : `${digits}e${m[3]}`);
  if (!Number.isFinite(value)) return null;
  if (m[1] === '-') value = -value;
  // -0 would print as "0" but compare oddly in tests and maps
  if (value === 0) value = 0;
  return { value, unit, signed: m[1] !== undefined };
}
