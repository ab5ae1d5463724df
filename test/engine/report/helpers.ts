/** Report tests run the real read side (recognise, rate) on fixture workbooks. */
import { builtInCatalogue } from '../../../src/engine/catalogue/catalogue';
import { defaultSettings, type Settings } from '../../../src/engine/model/settings';
import type { IndicatorTable, RecognisedTable } from '../../../src/engine/model/tables';
import { rateTable } from '../../../src/engine/rate/rate-table';
import type { Rating } from '../../../src/engine/rate/types';
import { recognise } from '../../../src/engine/recognise/recognise';
import { fixtureWorkbook } from '../../fixtures/build-fixtures';
import { toSnapshot, type SheetSpec } from '../../fixtures/spec';

export const catalogue = builtInCatalogue();

export interface Inputs {
  tables: RecognisedTable[];
  ratings: Map<IndicatorTable, Rating[]>;
  catalogue: typeof catalogue;
  settings: Settings;
}

export function inputsFor(sheets: SheetSpec[], settings: Partial<Settings> = {}): Inputs {
  const s: Settings = { ...defaultSettings('2009-08-15'), ...settings };
  const { tables } = recognise(toSnapshot({ name: 'test.xlsx', sheets }), { catalogue });
  const ratings = new Map<IndicatorTable, Rating[]>();
  for (const t of tables) if (t.kind === 'targets') ratings.set(t, rateTable(t, catalogue, s));
  return { tables, ratings, catalogue, settings: s };
}

/** The sheets of named fixture workbooks, together in one workbook. */
export function fixtureSheets(...names: string[]): SheetSpec[] {
  return names.flatMap((n) => fixtureWorkbook(n).sheets);
}
