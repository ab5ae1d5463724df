/**
 * Header words of an action plan (Table B) and the column role each names.
 * First match wins: "Lead Strategy Group" is a group before it is a lead,
 * "Target date" a deadline before "targets" names the indicators moved, "Progress to
 * date" a status before its "date" names a deadline.
 */
import type { ActionColumnRole } from '../model/tables';

export const ACTION_WORDS: readonly [ActionColumnRole, RegExp][] = [
  [
    'other',
    /further|can be found|see also|what do we know|evidence|rationale|\bwhy\b|budget|resources?\b|cost/i,
  ],
  ['group', /strategy group|\bboard\b|\bgroup\b|partnership|forum|committee/i],
  ['lead', /\blead|responsib|owner|officer|\bwho\b|\bwhom\b|accountable|organisation/i],
  // before the deadline: "Progress to date" is how the task stands, not when it is due
  ['status', /status|progress|\brag\b|update|current position/i],
  ['deadline', /deadline|\bwhen\b|\bdate\b|time\s*scales?|time\s*frame|\bdue\b|completion|\bby$/i],
  ['task', /\btasks?\b|\bactions?\b|milestones?|activit|what we will do|^how\b|\bsteps\b/i],
  ['indicators', /\bnis?\b|indicators?|measures?|\bpis?\b|targets?|success criteria/i],
  ['area', /area of focus|\bfocus\b|priorit|outcome|objective|theme|\baim\b|key area|issue/i],
];

/** A short, digit-free text: the only kind of cell worth testing as a header. */
export function headerish(text: string): boolean {
  if (text.length === 0 || text.length > 60) return false;
  // years are allowed ("NI targets 2009 interim 2013"), other figures are not
  return !DIGIT.test(text) || !DIGIT.test(text.replace(YEARS, ''));
}

const DIGIT = /\d/;
const YEARS = /\b(19|20)\d\d\b/g;

export function actionRoleFor(text: string): ActionColumnRole | null {
  if (!headerish(text)) return null;
  for (const [role, pattern] of ACTION_WORDS) if (pattern.test(text)) return role;
  return null;
}
