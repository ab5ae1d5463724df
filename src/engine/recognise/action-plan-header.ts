/**
 * When a row of header words makes an action plan.
 */
import type { ActionColumnRole } from '../model/tables';

/** Enough roles to be an action plan: tasks plus two of area, deadline, lead, group, status. */
export function isActionHeader(roles: Iterable<ActionColumnRole>): boolean {
  const set = new Set(roles);
  if (!set.has('task')) return false;
  let others = 0;
  for (const r of ['area', 'deadline', 'lead', 'group', 'status'] as const) if (set.has(r)) others++;
  return others >= 2;
}
