/**
 * Table A's "Since last report" cells, row by row as Table A is made: the RAG the
 * last report gave the indicator and whether it moved, and the record this report
 * leaves for the next one. The first report from a workbook says there is no earlier
 * one instead of showing two empty columns.
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
import { MOVEMENT, PREVIOUS_RAG, SINCE_BAND } from './table-a-columns';
import type { TableARow } from './types';

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

  /** Records the row's RAG and, when there was an earlier report, fills its two cells. */
  note(sheet: string, row: TableARow): void {
    const key = this.keys.next(sheet, row);
    const rag: RecordedRag = row.rag ?? 'Not rated';
    const previous = this.lastDate === null ? null : previousRecord(this.history, sheet, key, this.asOf);
    this.records.push({ sheet, key, rag, previous });
    if (this.lastDate === null) return;
    if (previous === null) {
      row.cells[PREVIOUS_RAG] = NOT_IN_LAST;
      return;
    }
    // the date only where it is not the last report's: an indicator left out of it
    row.cells[PREVIOUS_RAG] =
      previous.date === this.lastDate ? previous.rag : `${previous.rag} (${longDate(previous.date)})`;
    const moved = movementText(movementOf(previous.rag, row.rag));
    if (moved) row.cells[MOVEMENT] = moved;
  }

  legend(): string {
    if (this.lastDate === null) {
      return 'This is the first report made from this workbook: there is no earlier report to compare ratings with.';
    }
    return (
      `${SINCE_BAND}: "RAG then" is the RAG the last report made from this workbook gave ` +
      `(as at ${longDate(this.lastDate)}; an earlier date in brackets where that report did not have the row). ` +
      'Movement: Improved (Red to Amber or Green, Amber to Green), Same, or Declined; ' +
      'blank where either report could not rate the row.'
    );
  }
}
