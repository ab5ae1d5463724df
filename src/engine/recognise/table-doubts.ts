/**
 * What the officer should check about a table that was read: said as warnings, never left to be found
 * in the ratings. A targets table with no target column (nothing can be rated: often every year was read
 * as an actual), and a title column chosen by a close call over another text column.
 */
import { a1, colLetters, rangeA1 } from '../model/a1';
import type { IndicatorTable } from '../model/tables';
import type { IdentityChoices } from './identity-columns';
import type { SheetView } from './sheet-view';
import type { RecognitionNote } from './types';

/** A runner-up within this share of the winner's score makes the choice a close call. */
const CLOSE_CALL = 0.85;

function noTargets(t: IndicatorTable, sheet: string): RecognitionNote | null {
  const years = t.columns.filter((c) => c.role === 'year');
  if (years.length === 0 || years.some((c) => c.year?.role === 'target')) return null;
  const onlyActuals = years.every((c) => c.year?.role === 'actual');
  return {
    sheet,
    cell: a1(t.headerRows[0], years[0].col),
    severity: 'warning',
    message:
      `No column of the table at ${rangeA1(t.range)} reads as a target` +
      (onlyActuals ? ', so every year was read as an actual' : '') +
      ': no row can be rated. Say which years are targets in their headers ("Target 2010/11", or a ' +
      '"Targets" band over them), or mark the columns in the Tables view.',
  };
}

function closeTitle(t: IndicatorTable, choices: IdentityChoices, view: SheetView): RecognitionNote | null {
  const title = choices.title;
  if (!title?.runnerUp || title.score <= 0 || title.runnerUp.score < CLOSE_CALL * title.score) return null;
  const header = (col: number) => t.columns.find((c) => c.col === col)?.header || colLetters(col);
  return {
    sheet: view.name,
    cell: a1(t.headerRows[t.headerRows.length - 1], title.col),
    severity: 'warning',
    message:
      `Indicator titles were read from column ${colLetters(title.col)} ("${header(title.col)}"), but column ` +
      `${colLetters(title.runnerUp.col)} ("${header(title.runnerUp.col)}") came close: check the titles, ` +
      'or name the column "Indicator".',
  };
}

export function doubtsAbout(t: IndicatorTable, choices: IdentityChoices, view: SheetView): RecognitionNote[] {
  return [noTargets(t, view.name), closeTitle(t, choices, view)].filter(
    (n): n is RecognitionNote => n !== null,
  );
}
