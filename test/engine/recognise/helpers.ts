/** Shared helpers for recognition tests: run recognise on specs, read results in Excel terms. */
import { builtInCatalogue } from '../../../src/engine/catalogue/catalogue';
import { colLetters, rangeA1 } from '../../../src/engine/model/a1';
import type { ActionPlanTable, IndicatorTable, RecognisedTable } from '../../../src/engine/model/tables';
import {
  recognise,
  type RecogniseOptions,
  type RecogniseResult,
} from '../../../src/engine/recognise/recognise';
import { toSnapshot, type CellSpec, type SheetSpec } from '../../fixtures/spec';

const catalogue = builtInCatalogue();

export function run(sheets: SheetSpec[], options: Partial<RecogniseOptions> = {}): RecogniseResult {
  return recognise(toSnapshot({ name: 'test.xlsx', sheets }), { catalogue, ...options });
}

export function sheet(name: string, rows: CellSpec[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name, rows, ...extra };
}

export function targets(tables: RecognisedTable[]): IndicatorTable[] {
  return tables.filter((t): t is IndicatorTable => t.kind === 'targets');
}

export function plans(tables: RecognisedTable[]): ActionPlanTable[] {
  return tables.filter((t): t is ActionPlanTable => t.kind === 'action-plan');
}

/** Rows as [Excel row, code, group] for readable assertions. */
export function rowKey(t: IndicatorTable): [number, string | null, string | null][] {
  return t.rows.map((r) => [r.row + 1, r.code, r.group]);
}

export function yearKey(t: IndicatorTable): string[] {
  return t.columns
    .filter((c) => c.role === 'year')
    .map(
      (c) =>
        `${colLetters(c.col)}:${c.year?.role}:${c.year?.label}${c.year?.quarter ? `:Q${c.year.quarter}` : ''}`,
    );
}

export function excelRows(rows: number[]): number[] {
  return rows.map((r) => r + 1);
}

export { rangeA1, catalogue };
