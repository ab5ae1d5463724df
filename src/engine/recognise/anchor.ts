/**
 * The cheap per-row tests that find a table's header: a row of year headers
 * (targets tables) or a row of action-plan words. Every row of every sheet goes
 * through these, so each cell gets one quick test before any real parsing.
 */
import type { ActionColumnRole } from '../model/tables';
import { isActionHeader } from './action-plan-header';
import { actionRoleFor, headerish } from './action-words';
import { columnWordFor } from './column-words';
import type { SheetView } from './sheet-view';
import { parseYearLabel } from './year-label';

// a year, a 2008/09, a quarter, or a month and its year ("Apr 09 - Mar 10")
const YEAR_GATE =
  /(?:19|20)\d\d|\d\d\s*[/\-–]\s*\d|\bq[1-4]\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*'?\d\d/i;

/** A year typed as a number (2010) in a header. */
export function isYearNumber(v: number): boolean {
  return Number.isInteger(v) && v >= 1990 && v <= 2040;
}

/** Is this cell a year header ("2008/09 Actual", "Q1 2009/10", 2010)? */
export function isYearHeaderCell(view: SheetView, r: number, c: number): boolean {
  const v = view.value(r, c);
  if (typeof v === 'number') return isYearNumber(v);
  if (typeof v !== 'string' || v.length > 60 || !YEAR_GATE.test(v)) return false;
  const l = parseYearLabel(view.text(r, c));
  return l !== null && (l.year !== null || l.quarter !== null);
}

/** Year headers in the row, plus a code/title word when there is only one. */
export function isIndicatorHeaderRow(view: SheetView, r: number, c0?: number, c1?: number): boolean {
  const filled = filledOf(view, r, c0, c1);
  if (filled.length < 2) return false;
  let years = 0;
  for (const c of filled) {
    const v = view.value(r, c);
    // a header row holds no figures other than years
    if (typeof v === 'number' && !isYearNumber(v)) return false;
    if (isYearHeaderCell(view, r, c)) years++;
  }
  if (years >= 2) return true;
  if (years === 0) return false;
  for (const c of filled) {
    const t = view.text(r, c);
    if (!headerish(t)) continue;
    const w = columnWordFor(t);
    if (w && (w.role === 'code' || w.role === 'title')) return true;
  }
  return false;
}

function filledOf(view: SheetView, r: number, c0?: number, c1?: number): number[] {
  return c0 === undefined ? view.filledCols(r) : view.filledIn(r, c0, c1 ?? c0);
}

export function actionRolesOf(view: SheetView, r: number, c0?: number, c1?: number): ActionColumnRole[] {
  const roles: ActionColumnRole[] = [];
  for (const c of filledOf(view, r, c0, c1)) {
    const role = actionRoleFor(view.text(r, c));
    if (role) roles.push(role);
  }
  return roles;
}

export function isActionHeaderRow(view: SheetView, r: number, c0?: number, c1?: number): boolean {
  const filled = filledOf(view, r, c0, c1);
  if (filled.length < 3) return false;
  let short = 0;
  for (const c of filled) if (typeof view.value(r, c) === 'string' && headerish(view.text(r, c))) short++;
  if (short < 3) return false;
  return isActionHeader(actionRolesOf(view, r, c0, c1));
}

/**
 * Optional c0..c1 keep the test to one table's columns (tables side by side).
 * Called on every body row, so a row holding any figure other than a year is
 * dismissed before any text is looked at.
 */
export function looksLikeHeader(view: SheetView, r: number, c0?: number, c1?: number): boolean {
  const filled = filledOf(view, r, c0, c1);
  if (filled.length < 2) return false;
  for (const c of filled) {
    const v = view.value(r, c);
    if (typeof v === 'number' ? !isYearNumber(v) : typeof v !== 'string' || v.length > 80) return false;
  }
  return isIndicatorHeaderRow(view, r, c0, c1) || isActionHeaderRow(view, r, c0, c1);
}
