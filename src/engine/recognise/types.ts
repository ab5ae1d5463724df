/**
 * The recogniser's public contract: what it is told (catalogue, sheets to skip,
 * the officer's own choices of table) and what it hands on to validation.
 */
import type { Catalogue } from '../catalogue/types';
import type { RangeRef } from '../model/snapshot';
import type { RecognisedTable } from '../model/tables';

export interface TableRef {
  sheet: string;
  range: RangeRef;
}

export interface RecogniseOptions {
  catalogue: Catalogue;
  /** the add-in's own output sheets and the hidden registry sheet; never read */
  ignoreSheets?: ReadonlySet<string>;
  /** "use selection as a table": read as a table even without evidence of indicators */
  extraTables?: TableRef[];
  /** "this is not a table": any recognised table overlapping one of these is dropped */
  excludeTables?: TableRef[];
}

export interface RecognitionNote {
  sheet: string;
  /** "C7" */
  cell: string;
  message: string;
  /** 'warning' when the officer should check what was read (rows left out, no target column); else info */
  severity?: 'warning' | 'info';
}

export interface RecogniseResult {
  tables: RecognisedTable[];
  /** things recognition noticed (a guessed header, an unreadable year), for validation to report */
  notes: RecognitionNote[];
}
