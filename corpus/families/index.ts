/**
 * Every family, in the order a combined layout applies them: the table's own
 * structure first (columns, header, values, rows), then what surrounds it.
 */
import { bands } from './bands';
import { codeColumns } from './code-columns';
import { codeForms } from './code-forms';
import { codesInTitles } from './codes-in-titles';
import { combinedFamily } from './combined';
import { comparators } from './comparators';
import { distractors } from './distractors';
import { excelTables } from './excel-tables';
import { headerRows } from './header-rows';
import { headerUnits } from './header-units';
import { keyTokens } from './key-tokens';
import { leadingColumns } from './leading-columns';
import { localCodes } from './local-codes';
import { multiTable } from './multi-table';
import { notesBeside } from './notes-beside';
import { outcomeGroups } from './outcome-groups';
import { statusColumns } from './status-columns';
import { subRows } from './sub-rows';
import { textColumns } from './text-columns';
import type { Family } from './types';
import { typedValues } from './typed-values';
import { yearLabels } from './year-labels';
import { yearSpans } from './year-spans';

export type { Family } from './types';

const SINGLE: readonly Family[] = [
  leadingColumns,
  codeColumns,
  codesInTitles,
  textColumns,
  localCodes,
  headerRows,
  bands,
  yearLabels,
  statusColumns,
  comparators,
  typedValues,
  keyTokens,
  subRows,
  outcomeGroups,
  excelTables,
  notesBeside,
  multiTable,
  distractors,
  // added after the first twenty, so their layouts take the next ids in turn
  codeForms,
  yearSpans,
  headerUnits,
];

/** A plain layout: the baseline every family is measured against. */
const plain: Family = {
  name: 'plain',
  summary: 'the base table alone (NI | Indicator | years labelled inline)',
  apply: () => undefined,
};

export const FAMILIES: readonly Family[] = [plain, ...SINGLE, combinedFamily(SINGLE)];

export function familyNamed(name: string): Family | undefined {
  return FAMILIES.find((f) => f.name === name);
}
