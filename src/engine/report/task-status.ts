/**
 * A task's status against the report date. "Complete" is taken only from the
 * source's own status or progress cell; everything else comes from the deadline,
 * read as its last day ("April 2010" is due at the end of April).
 */
import type { Deadline } from '../values/deadline';
import { daysBetween } from '../model/dates';
import type { TaskStatus } from './types';

/** Words in a status/progress cell that mean the task is done; "not complete" and "incomplete" do not. */
const DONE = /\b(?:complete|completed|done|achieved|finished)\b/i;
const NOT_DONE = /\b(?:not|in|un)\s*(?:yet\s+)?(?:complete|completed|done|achieved|finished)\b/i;

export function saysComplete(status: string | null): boolean {
  return status !== null && DONE.test(status) && !NOT_DONE.test(status);
}

export interface StatusReading {
  status: TaskStatus;
  statusText: string;
}

/** `shown` is the deadline as Table B shows it, quoted in "Overdue (due April 2010)". */
export function taskStatus(
  deadline: Deadline | null,
  shown: string,
  sourceStatus: string | null,
  asOf: string,
  dueSoonDays: number,
): StatusReading {
  if (saysComplete(sourceStatus)) return { status: 'Complete', statusText: 'Complete' };
  if (deadline === null || deadline.kind === 'unreadable')
    return { status: 'No date', statusText: 'No date' };
  if (deadline.kind === 'ongoing') return { status: 'Ongoing', statusText: 'Ongoing' };
  if (deadline.kind === 'recurring') return { status: 'Ongoing', statusText: 'Ongoing (recurring)' };
  const days = daysBetween(asOf, deadline.date);
  if (days < 0) return { status: 'Overdue', statusText: `Overdue (due ${shown})` };
  if (days <= dueSoonDays) return { status: 'Due soon', statusText: `Due within ${dueSoonDays} days` };
  return { status: 'Not yet due', statusText: 'Not yet due' };
}
