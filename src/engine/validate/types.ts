import type { Finding, Severity } from '../model/findings';
import type { RecognisedTable } from '../model/tables';
import type { Catalogue } from '../catalogue/types';
import type { Settings } from '../model/settings';
import type { DefinitionConflict } from '../catalogue/definitions-conflicts';
import type { FormulaDoubt } from '../model/snapshot';

/** Something recognition wants the officer to know (a header it guessed, a row it skipped). */
export interface RecognitionNote {
  sheet: string;
  /** "C7" */
  cell: string;
  message: string;
  /** 'warning' when the officer should check what was read; info otherwise */
  severity?: 'warning' | 'info';
}

/** A cell of an indicator definitions sheet that could not be read ("Unit 'furlongs' is not understood"). */
export interface DefinitionProblem {
  sheet: string;
  /** "D7" */
  cell: string;
  message: string;
}

/** The whole workbook as recognised, so rules can compare across tables. */
export interface RuleContext {
  tables: RecognisedTable[];
  catalogue: Catalogue;
  settings: Settings;
  notes?: RecognitionNote[];
  /** what the definitions sheets, read before the tables, could not read */
  definitionProblems?: DefinitionProblem[];
  /** the sheets read as indicator definitions, in workbook order: findings name them in their fixes */
  definitionSheets?: readonly string[];
  /** codes a definitions sheet and an imported definitions file define differently */
  definitionConflicts?: readonly DefinitionConflict[];
  /** each sheet's formula cells read without a result the file vouches for */
  formulaDoubts?: readonly SheetFormulaDoubts[];
}

export interface SheetFormulaDoubts {
  sheet: string;
  doubts: readonly FormulaDoubt[];
}

export interface Rule {
  /** stable id officers quote in bug reports: "NI-CODE-UNKNOWN" */
  id: string;
  /** the usual severity of its findings */
  severity: Severity;
  /** one line saying what it checks */
  title: string;
  /**
   * Its findings come before all others, in the order it gives them, not sorted by
   * cell: for sheets read before the tables (the definitions), in the order read.
   */
  readFirst?: boolean;
  check(ctx: RuleContext): Finding[];
}
