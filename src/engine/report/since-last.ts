/**
 * Table A's "Since last report" cells, row by row as Table A is made: whether the RAG
 * moved since the last report and what it was then, and the record this report leaves
 * for the next one. The first report from a workbook says there is no earlier one
 * instead of showing an empty column.
 */
import { longDate } from '../model/dates';
import {
  movementOf,
  movementText,
  previousRecord,
  RowKeys,
  type RecordedRag,
  type ReportHistory,
  type RowRecord,
} from './report-history';
import { MOVEMENT, SINCE_HEADER } from './table-a-columns';
import type { RagWord, TableARow } from './types';

/** The cell for a row the last report did not have (a new indicator, a renamed sheet). */
export const NOT_IN_LAST = 'Not in last report';

/** The latest report date recorded before `asOf`, or null: then this is the first report. */
function lastReportDate(history: ReportHistory, asOf: string): string | null {
  let last: string | null = null;
  for (const list of history.records.values()) {
    for (const r of list) if (r.date < asOf && (last === null || r.date > last)) last = r.date;
  }
  return last;
}

/**
 * "▲ Improved from Red", "► Same", "▼ Declined from Green"; "Was Red" when this report could
 * not rate the row (or "Was not rated" when the last one could not).
 */
export function sinceText(then: RecordedRag, now: RagWord | null): string {
  const moved = movementOf(then, now);
  if (moved === null) return then === 'Not rated' ? 'Was not rated' : `Was ${then}`;
  return moved === 'Same' ? movementText(moved) : `${movementText(moved)} from ${then}`;
}

export class SinceLast {
  readonly records: RowRecord[] = [];
  /** the last report's date; null when there was none before this one */
  readonly lastDate: string | null;
  private readonly keys = new RowKeys();

  constructor(
    private readonly history: ReportHistory,
    private readonly asOf: string,
  ) {
    this.lastDate = lastReportDate(history, asOf);
  }

  /** Records the row's RAG and, when there was an earlier report, fills its cell. */
  note(sheet: string, row: TableARow): void {
    const key = this.keys.next(sheet, row);
    const rag: RecordedRag = row.rag ?? 'Not rated';
    const previous = this.lastDate === null ? null : previousRecord(this.history, sheet, key, this.asOf);
    this.records.push({ sheet, key, rag, previous });
    if (this.lastDate === null) return;
    if (previous === null) {
      row.cells[MOVEMENT] = NOT_IN_LAST;
      return;
    }
    const text = sinceText(previous.rag, row.rag);
    // the date only where it is not the last report's: an indicator left out of it
    row.cells[MOVEMENT] = previous.date === this.lastDate ? text : `${text} (${longDate(previous.date)})`;
  }

  legend(): string {
    if (this.lastDate === null) {
      return 'This is the first report made from this workbook: there is no earlier report to compare ratings with.';
    }
    return (
      `${SINCE_HEADER}: how the RAG moved since the last report made from this workbook, as at ` +
      `${longDate(this.lastDate)}: ▲ Improved (from Red, or from Amber to Green), ► Same, ▼ Declined, ` +
      'with the RAG it had then; "Was ..." where either report could not rate the row; a date in ' +
      'brackets where the row was last reported earlier than that.'
    );
  }
}
