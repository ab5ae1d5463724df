/**
 * Range.getSpecialCellsOrNullObject (ExcelApi 1.9) for constants and formulas: the
 * matching cells of the range as a RangeAreas of rectangles, with address,
 * areaCount, cellCount and the `areas` collection. The fake groups cells as runs
 * along each row, joined down the rows while they span the same columns; Excel's
 * own grouping may cut differently, but any cut covers the same cells.
 */
import type { RangeRef } from '../../../src/engine/model/snapshot';
import { FakeCollection } from './collection';
import { fakeError } from './errors';
import type { FakeRequestContext } from './host';
import { FakeObject, type Scalar } from './object';
import type { FakeRange } from './range';
import {
  cellCount,
  type CellState,
  colOf,
  formatAddress,
  rowOf,
  type SheetState,
  storedCellsIn,
} from './state';
import { indexerPath, propertyPath, type WirePath } from './wire';

export type SpecialCellType = 'Constants' | 'Formulas';

function matches(c: CellState, type: SpecialCellType): boolean {
  if (type === 'Formulas') return c.formula !== undefined;
  return c.formula === undefined && c.value !== null && c.value !== '';
}

/** The matching cells of `within` as rectangles, top to bottom. */
export function specialAreas(sheet: SheetState, within: RangeRef, type: SpecialCellType): RangeRef[] {
  const byRow = new Map<number, number[]>();
  storedCellsIn(sheet, within, (c, k) => {
    if (!matches(c, type)) return;
    const cols = byRow.get(rowOf(k)) ?? [];
    cols.push(colOf(k));
    byRow.set(rowOf(k), cols);
  });
  const open = new Map<string, RangeRef>();
  const out: RangeRef[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = (byRow.get(row) as number[]).sort((a, b) => a - b);
    for (let i = 0; i < cols.length;) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
      const span = `${cols[i]}:${cols[j]}`;
      const above = open.get(span);
      if (above && above.r1 === row - 1) above.r1 = row;
      else {
        const rect = { r0: row, c0: cols[i], r1: row, c1: cols[j] };
        out.push(rect);
        open.set(span, rect);
      }
      i = j + 1;
    }
  }
  return out;
}

export class FakeSpecialCells extends FakeObject {
  private sheetName = '';
  private rects: RangeRef[] = [];
  private list: FakeRangeCollection | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly label: string,
    wirePath: WirePath,
    /** a range proxy bound to one rectangle, named by `path` */
    private readonly rangeAt: (area: RangeRef, path: WirePath) => FakeRange,
  ) {
    super(context, wirePath, false);
  }

  bind(sheetName: string, rects: RangeRef[]): void {
    this.sheetName = sheetName;
    this.rects = rects;
    this.settle(rects.length === 0);
  }

  describe(): string {
    return `RangeAreas(${this.label})`;
  }

  protected scalars(): Record<string, Scalar> {
    return {
      address: { get: () => this.rects.map((a) => formatAddress(this.sheetName, a)).join(', '), api: 9 },
      areaCount: { get: () => this.rects.length, api: 9 },
      cellCount: { get: () => this.rects.reduce((n, a) => n + cellCount(a), 0), api: 9 },
    };
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get areaCount(): number {
    return this.loadedValue('areaCount');
  }
  get cellCount(): number {
    return this.loadedValue('cellCount');
  }

  get areas(): FakeRangeCollection {
    this.list ??= new FakeRangeCollection(
      this.context,
      propertyPath(this.context.wireIds, this.wirePath, 'areas'),
      () => {
        if (this.isNullObject) throw fakeError('InvalidObjectPath', `${this.describe()} is a null object`);
        return this.rects;
      },
      this.rangeAt,
    );
    return this.list;
  }
}

/** RangeAreas.areas: the rectangles as ranges. */
export class FakeRangeCollection extends FakeCollection<FakeRange> {
  constructor(
    context: FakeRequestContext,
    wirePath: WirePath,
    private readonly rects: () => RangeRef[],
    private readonly rangeAt: (area: RangeRef, path: WirePath) => FakeRange,
  ) {
    super(context, wirePath);
  }

  describe(): string {
    return 'RangeCollection(areas)';
  }

  protected enumerate(): FakeRange[] {
    return this.rects().map((a, i) => this.rangeAt(a, indexerPath(this.context.wireIds, this.wirePath, [i])));
  }
}
