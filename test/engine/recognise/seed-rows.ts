/**
 * The reference seeds laid out as the seed text prints them, one array per Excel
 * row, from column A: Bromley's Table A and the start of Table B (areas 1 to 6)
 * and Oxfordshire's NIS table. The rows themselves come from the fixture specs
 * (test/fixtures/workbooks); what differs here is only the layout of the text
 * seed: a blank row before each repeated header and around each caption, NI
 * numbers and plain figures typed as numbers, percentages and everything else
 * left as text, and trailing empty cells dropped. One row is a variant of the
 * fixture's: Table B task 4.5 (see asSeedTextPrintsTask).
 */
import type { CellSpec } from '../../fixtures/spec';
import { BROMLEY_TABLE_A_SEED, HEADER as TABLE_A_HEADER } from '../../fixtures/workbooks/bromley-table-a';
import {
  asSeedTextPrintsTask,
  BROMLEY_TABLE_B_SEED,
  HEADER as TABLE_B_HEADER,
} from '../../fixtures/workbooks/bromley-table-b';
import {
  BLANK as NIS_BLANK,
  HEADER as NIS_HEADER,
  OXFORDSHIRE_NIS_SEED,
} from '../../fixtures/workbooks/oxfordshire-nis';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** One seed cell: '' is an empty cell, a plain figure a number, the rest text. */
function seedCell(cell: string | null): CellSpec {
  if (cell === null || cell === '') return null;
  return PLAIN_NUMBER.test(cell) ? Number(cell) : cell;
}

/** One seed line as a row, without its trailing empty cells. */
function seedRow(cells: readonly (string | null)[]): CellSpec[] {
  const row = cells.map(seedCell);
  while (row.length > 0 && row[row.length - 1] === null) row.pop();
  return row;
}

/** The seed's layout of a header block: a page break (blank row) before every repeat. */
function headerBlock(rows: readonly (readonly (string | null)[])[], first: boolean): CellSpec[][] {
  return [...(first ? [] : [[]]), ...rows.map(seedRow)];
}

/** A caption stands between blank rows. */
function captionBlock(caption: string): CellSpec[][] {
  return [[], [caption]];
}

function bromleyTableARows(): CellSpec[][] {
  const { title, headerRows, lines } = BROMLEY_TABLE_A_SEED;
  const rows: CellSpec[][] = [[title], []];
  lines.forEach((line, i) => {
    if (line === TABLE_A_HEADER) rows.push(...headerBlock(headerRows, i === 0));
    else if ('caption' in line) rows.push(...captionBlock(line.caption));
    else if ('group' in line) rows.push([line.group]);
    else rows.push(seedRow(line));
  });
  return rows;
}

/** The last task of Table B the seed copy keeps: the start of the table, areas 1 to 6. */
const LAST_TABLE_B_TASK = /^6\.6 /;

function bromleyTableBStartRows(): CellSpec[][] {
  const { title, headerRow, lines } = BROMLEY_TABLE_B_SEED;
  const rows: CellSpec[][] = [[title], []];
  for (const [i, line] of lines.entries()) {
    if (line === TABLE_B_HEADER) rows.push(...headerBlock([headerRow], i === 0));
    else if ('caption' in line) rows.push(...captionBlock(line.caption));
    else {
      const [area, task, ...rest] = line;
      // task 4.5 is kept as the seed text prints it, a variant of the fixture's row
      rows.push(seedRow([area, asSeedTextPrintsTask(task), ...rest]));
      if (LAST_TABLE_B_TASK.test(task)) break;
    }
  }
  return rows;
}

export const BROMLEY_ROWS: CellSpec[][] = [...bromleyTableARows(), [], ...bromleyTableBStartRows()];

function oxfordshireRows(): CellSpec[][] {
  const { title, lastUpdated, headerRows, lines, abbreviationsTitle, abbreviations } = OXFORDSHIRE_NIS_SEED;
  const rows: CellSpec[][] = [[title], [], [lastUpdated], []];
  for (const line of lines) {
    if (line === NIS_HEADER) rows.push(...headerRows.map(seedRow));
    else if (line === NIS_BLANK) rows.push([]);
    else rows.push(seedRow(line));
  }
  rows.push([abbreviationsTitle], [], ...abbreviations.map(seedRow));
  return rows;
}

export const OXFORDSHIRE_ROWS: CellSpec[][] = oxfordshireRows();
