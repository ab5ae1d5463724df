/**
 * Range and its format objects. A range proxy is bound to its cells by the
 * queued call that created it (getRange, getUsedRangeOrNullObject...), so it
 * sees the workbook as it is at that point of the batch, as in Office.
 */
import type { RangeRef } from '../../../src/engine/model/snapshot';
import { typedIntoCell } from './cell-text';
import { fakeError } from './errors';
import type { FakeRequestContext } from './host';
import { FakeObject, type Scalar } from './object';
import {
  cellCount,
  cellFor,
  coveredByMerge,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type CellState,
  type Edge,
  formatAddress,
  key,
  MAX_COL,
  MAX_ROW,
  overlaps,
  type SheetState,
  storedCellsIn,
} from './state';
import { indexerPath, methodPath, propertyPath, type WirePath } from './wire';
import { FakeSpecialCells, specialAreas } from './special-cells';
import type { FakeWorksheet } from './worksheet';

/** Above this many cells a style write touches only cells that exist (whole rows or columns). */
const DENSE_LIMIT = 1_000_000;

/** One value when every cell of the range agrees, null when they differ (Office's rule). */
function uniform<T>(sheet: SheetState, r: RangeRef, get: (c: CellState | undefined) => T): T | null {
  let seen = false;
  let value: T | null = null;
  let stored = 0;
  let mixed = false;
  const take = (v: T): void => {
    if (!seen) {
      seen = true;
      value = v;
    } else if (JSON.stringify(v) !== JSON.stringify(value)) mixed = true;
  };
  storedCellsIn(sheet, r, (c) => {
    stored++;
    take(get(c));
  });
  if (stored < cellCount(r)) take(get(undefined));
  return mixed ? null : value;
}

export class FakeRange extends FakeObject {
  private area: RangeRef | null | undefined;
  private formatProxy: FakeRangeFormat | undefined;

  constructor(
    context: FakeRequestContext,
    readonly worksheet: FakeWorksheet,
    private readonly label: string,
    wirePath: WirePath,
  ) {
    super(context, wirePath, false);
  }

  /** Called by the creating action at sync time. */
  bind(area: RangeRef | null): void {
    this.area = area;
    this.settle(area === null);
  }

  describe(): string {
    return `Range(${this.label})`;
  }

  /** The sheet and cells this range covers; for fake internals. */
  target(): { sheet: SheetState; area: RangeRef } {
    if (this.area === undefined)
      throw fakeError('InvalidObjectPath', `${this.describe()} used before it was created`);
    if (this.area === null) throw fakeError('InvalidObjectPath', `${this.describe()} is a null object`);
    return { sheet: this.worksheet.sheet(), area: this.area };
  }

  protected scalars(): Record<string, Scalar> {
    const t = (): { sheet: SheetState; area: RangeRef } => this.target();
    return {
      address: { get: () => formatAddress(t().sheet.name, t().area) },
      rowIndex: { get: () => t().area.r0 },
      columnIndex: { get: () => t().area.c0 },
      rowCount: { get: () => t().area.r1 - t().area.r0 + 1 },
      columnCount: { get: () => t().area.c1 - t().area.c0 + 1 },
      values: { get: () => this.grid((c) => (c?.value === undefined || c.value === null ? '' : c.value)) },
      numberFormat: { get: () => this.grid((c) => c?.format ?? 'General') },
      rowHidden: { get: () => this.hiddenState(), api: 2 },
      hyperlink: { get: () => this.topLeft()?.link ?? null, api: 7 },
    };
  }

  protected override navigation(name: string): FakeObject | undefined {
    return name === 'format' ? this.format : undefined;
  }

  private grid<T>(get: (c: CellState | undefined) => T): T[][] {
    const { sheet, area } = this.target();
    if (cellCount(area) > 5_000_000)
      throw fakeError('InvalidArgument', 'range too large to read in one request');
    const out: T[][] = [];
    for (let row = area.r0; row <= area.r1; row++) {
      const line: T[] = [];
      for (let col = area.c0; col <= area.c1; col++) line.push(get(sheet.cells.get(key(row, col))));
      out.push(line);
    }
    return out;
  }

  private hiddenState(): boolean | null {
    const { sheet, area } = this.target();
    let hidden = 0;
    for (const r of sheet.hiddenRows) if (r >= area.r0 && r <= area.r1) hidden++;
    if (hidden === 0) return false;
    return hidden === area.r1 - area.r0 + 1 ? true : null;
  }

  private topLeft(): CellState | undefined {
    const { sheet, area } = this.target();
    return sheet.cells.get(key(area.r0, area.c0));
  }

  /** Each cell of the range, made when missing; whole rows or columns only touch cells that exist. */
  eachCell(fn: (c: CellState, row: number, col: number) => void): void {
    const { sheet, area } = this.target();
    if (cellCount(area) > DENSE_LIMIT) {
      storedCellsIn(sheet, area, (c, k) => fn(c, Math.floor(k / (MAX_COL + 1)), k % (MAX_COL + 1)));
      return;
    }
    for (let row = area.r0; row <= area.r1; row++)
      for (let col = area.c0; col <= area.c1; col++) fn(cellFor(sheet, row, col), row, col);
  }

  /** Read a style field across the range: one value, or null when mixed. */
  uniformStyle<T>(get: (c: CellState | undefined) => T): T | null {
    const { sheet, area } = this.target();
    return uniform(sheet, area, get);
  }

  private checkShape(grid: unknown, what: string): unknown[][] {
    const { area } = this.target();
    const rows = area.r1 - area.r0 + 1;
    const cols = area.c1 - area.c0 + 1;
    if (
      !Array.isArray(grid) ||
      grid.length !== rows ||
      grid.some((r) => !Array.isArray(r) || r.length !== cols)
    )
      throw fakeError('InvalidArgument', `${what} for ${this.label} must be ${rows}x${cols}`);
    return grid as unknown[][];
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get rowHidden(): boolean | null {
    return this.loadedValue('rowHidden');
  }

  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  set values(grid: unknown[][]) {
    const write = (): void => {
      const rows = this.checkShape(grid, 'values');
      const { sheet, area } = this.target();
      rows.forEach((line, i) =>
        line.forEach((v, j) => {
          // null leaves a cell as it is; Excel keeps only the top-left value of a merged area
          if (v === null || v === undefined || coveredByMerge(sheet, area.r0 + i, area.c0 + j)) return;
          typedIntoCell(cellFor(sheet, area.r0 + i, area.c0 + j), v);
        }),
      );
      // Excel reports every change, the add-in's own too, unless events are off when it is made
      this.context.host.changed(sheet, area);
    };
    this.assign('values', grid, write, undefined, true);
  }

  get numberFormat(): string[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(grid: string[][]) {
    const write = (): void => {
      const rows = this.checkShape(grid, 'numberFormat');
      const { sheet, area } = this.target();
      rows.forEach((line, i) =>
        line.forEach((f, j) => {
          if (f === null || f === undefined) return;
          cellFor(sheet, area.r0 + i, area.c0 + j).format = String(f);
        }),
      );
    };
    this.assign('numberFormat', grid, write, undefined, true);
  }

  get hyperlink(): Excel.RangeHyperlink | null {
    return this.loadedValue('hyperlink');
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.assign(
      'hyperlink',
      link,
      () => {
        this.eachCell((c) => {
          c.link = { ...link };
          if (link.textToDisplay !== undefined) typedIntoCell(c, `'${link.textToDisplay}`);
        });
      },
      7,
    );
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(
      this.context,
      this,
      propertyPath(this.context.wireIds, this.wirePath, 'format'),
    );
    return this.formatProxy;
  }

  /** Excel.ClearApplyTo: "All" | "Formats" | "Contents" | "Hyperlinks" ... */
  clear(applyTo: string = 'All'): void {
    this.call('clear', [applyTo], () => {
      const { sheet, area } = this.target();
      const all = applyTo === 'All';
      if (all || applyTo === 'Formats') sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
      const doomed: number[] = [];
      storedCellsIn(sheet, area, (c, k) => {
        if (all || applyTo === 'Contents') {
          c.value = null;
          delete c.formula;
        }
        if (all || applyTo === 'Hyperlinks') delete c.link;
        if (all || applyTo === 'Formats') {
          for (const f of STYLE_FIELDS) delete c[f];
        }
        if (all) doomed.push(k);
      });
      for (const k of doomed) sheet.cells.delete(k);
    });
  }

  merge(across = false): void {
    this.call(
      'merge',
      [across],
      () => {
        const { sheet, area } = this.target();
        if (across) throw new Error('excel-fake: merge(true) is not modelled');
        if (sheet.merges.some((m) => overlaps(m, area)))
          throw fakeError('InvalidOperation', `${this.label} overlaps a merged area`);
        // Excel keeps the top-left value and drops the rest
        storedCellsIn(sheet, area, (c, k) => {
          if (k !== key(area.r0, area.c0)) c.value = null;
        });
        sheet.merges.push({ ...area });
      },
      2,
    );
  }

  unmerge(): void {
    this.call(
      'unmerge',
      [],
      () => {
        const { sheet, area } = this.target();
        sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
      },
      2,
    );
  }

  /** The cells holding constants or formulas (ExcelApi 1.9); cellValueType is not modelled. */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FakeSpecialCells {
    const args = cellValueType === undefined ? [cellType] : [cellType, cellValueType];
    const path = methodPath(this.context.wireIds, this.wirePath, 'getSpecialCellsOrNullObject', args);
    const rangeAt = (area: RangeRef, at: WirePath): FakeRange => {
      const r = new FakeRange(
        this.context,
        this.worksheet,
        formatAddress(this.target().sheet.name, area),
        at,
      );
      r.bind(area);
      return r;
    };
    const found = new FakeSpecialCells(this.context, `${cellType} in ${this.describe()}`, path, rangeAt);
    const run = (): void => {
      if ((cellType !== 'Constants' && cellType !== 'Formulas') || cellValueType !== undefined)
        throw fakeError(
          'InvalidArgument',
          `the fake finds Constants or Formulas of any type, not ${args.join(', ')}`,
        );
      const { sheet, area } = this.target();
      found.bind(sheet.name, specialAreas(sheet, area, cellType));
    };
    this.call('getSpecialCellsOrNullObject', args, run, 9, path);
    return found;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    const path = methodPath(this.context.wireIds, this.wirePath, 'getMergedAreasOrNullObject', []);
    const areas = new FakeRangeAreas(this.context, this, path);
    this.call(
      'getMergedAreasOrNullObject',
      [],
      () => {
        const { sheet, area } = this.target();
        areas.bind(
          sheet.name,
          sheet.merges.filter((m) => overlaps(m, area)),
        );
      },
      13,
      path,
    );
    return areas;
  }
}

const STYLE_FIELDS = [
  'format',
  'fill',
  'fontColor',
  'bold',
  'italic',
  'fontSize',
  'wrap',
  'hAlign',
  'vAlign',
  'borders',
] as const;

/**
 * Worksheet.getRanges: several areas that take format calls together. Only what
 * RangeAreas.format offers works on it; reading it back is done range by range.
 */
export class FakeMultiRange extends FakeRange {
  private areas: RangeRef[] = [];

  bindAreas(areas: RangeRef[]): void {
    this.areas = areas;
    this.bind(areas[0] ?? null);
  }

  override describe(): string {
    return `RangeAreas(${super.describe().slice('Range('.length, -1)})`;
  }

  override eachCell(fn: (c: CellState, row: number, col: number) => void): void {
    for (const area of this.areas) {
      this.bind(area);
      super.eachCell(fn);
    }
  }

  override uniformStyle<T>(): T | null {
    throw fakeError('InvalidOperation', `${this.describe()}: read formats range by range`);
  }
}

/** The merged areas of a range, as one multi-area address. */
export class FakeRangeAreas extends FakeObject {
  private sheetName = '';
  private areas: RangeRef[] = [];

  constructor(
    context: FakeRequestContext,
    private readonly of: FakeRange,
    wirePath: WirePath,
  ) {
    super(context, wirePath, false);
  }

  bind(sheetName: string, areas: RangeRef[]): void {
    this.sheetName = sheetName;
    this.areas = areas;
    this.settle(areas.length === 0);
  }

  describe(): string {
    return `RangeAreas(merged in ${this.of.describe()})`;
  }

  protected scalars(): Record<string, Scalar> {
    return {
      address: { get: () => this.areas.map((a) => formatAddress(this.sheetName, a)).join(', ') },
      areaCount: { get: () => this.areas.length },
    };
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get areaCount(): number {
    return this.loadedValue('areaCount');
  }
}

type StyleKey = 'fill' | 'fontColor' | 'bold' | 'italic' | 'fontSize' | 'wrap' | 'hAlign' | 'vAlign';

/** A format property stored per cell, with the value Office reports for a plain cell. */
function styleProperty(range: FakeRange, field: StyleKey, plain: unknown): Scalar {
  return { get: () => range.uniformStyle((c) => c?.[field] ?? plain) };
}

function writeStyle(range: FakeRange, field: StyleKey, v: unknown): () => void {
  return () =>
    range.eachCell((c) => {
      (c as unknown as Record<string, unknown>)[field] = v;
    });
}

export class FakeRangeFormat extends FakeObject {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorderCollection;

  constructor(
    context: FakeRequestContext,
    readonly range: FakeRange,
    wirePath: WirePath,
  ) {
    super(context, wirePath);
    const ids = context.wireIds;
    this.fill = new FakeRangeFill(context, range, propertyPath(ids, wirePath, 'fill'));
    this.font = new FakeRangeFont(context, range, propertyPath(ids, wirePath, 'font'));
    this.borders = new FakeRangeBorderCollection(context, range, propertyPath(ids, wirePath, 'borders'));
  }

  describe(): string {
    return `${this.range.describe()}.format`;
  }

  protected scalars(): Record<string, Scalar> {
    const r = this.range;
    return {
      wrapText: styleProperty(r, 'wrap', false),
      horizontalAlignment: styleProperty(r, 'hAlign', 'General'),
      verticalAlignment: styleProperty(r, 'vAlign', 'Bottom'),
      columnWidth: { get: () => this.widthNow(), api: 2 },
      rowHeight: { get: () => this.heightNow(), api: 2 },
    };
  }

  protected override navigation(name: string): FakeObject | undefined {
    return ({ fill: this.fill, font: this.font } as Record<string, FakeObject>)[name];
  }

  private widthNow(): number | null {
    const { sheet, area } = this.range.target();
    const first = sheet.columnWidths.get(area.c0) ?? DEFAULT_COLUMN_WIDTH;
    for (let c = area.c0; c <= Math.min(area.c1, area.c0 + 1000); c++)
      if ((sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH) !== first) return null;
    return first;
  }

  private heightNow(): number | null {
    const { sheet, area } = this.range.target();
    const first = sheet.rowHeights.get(area.r0) ?? DEFAULT_ROW_HEIGHT;
    for (let r = area.r0; r <= Math.min(area.r1, area.r0 + 1000); r++)
      if ((sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT) !== first) return null;
    return first;
  }

  get wrapText(): boolean | null {
    return this.loadedValue('wrapText');
  }
  set wrapText(v: boolean) {
    this.assign('wrapText', v, writeStyle(this.range, 'wrap', v));
  }
  get horizontalAlignment(): string | null {
    return this.loadedValue('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.assign('horizontalAlignment', v, writeStyle(this.range, 'hAlign', v));
  }
  get verticalAlignment(): string | null {
    return this.loadedValue('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.assign('verticalAlignment', v, writeStyle(this.range, 'vAlign', v));
  }
  get columnWidth(): number | null {
    return this.loadedValue('columnWidth');
  }
  set columnWidth(points: number) {
    this.assign(
      'columnWidth',
      points,
      () => {
        const { sheet, area } = this.range.target();
        for (let c = area.c0; c <= area.c1; c++) sheet.columnWidths.set(c, points);
      },
      2,
    );
  }
  get rowHeight(): number | null {
    return this.loadedValue('rowHeight');
  }
  set rowHeight(points: number) {
    this.assign(
      'rowHeight',
      points,
      () => {
        const { sheet, area } = this.range.target();
        for (let r = area.r0; r <= Math.min(area.r1, MAX_ROW); r++) sheet.rowHeights.set(r, points);
      },
      2,
    );
  }
}

export class FakeRangeFill extends FakeObject {
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
    wirePath: WirePath,
  ) {
    super(context, wirePath);
  }
  describe(): string {
    return `${this.range.describe()}.format.fill`;
  }
  protected scalars(): Record<string, Scalar> {
    return { color: styleProperty(this.range, 'fill', '#FFFFFF') };
  }
  get color(): string | null {
    return this.loadedValue('color');
  }
  set color(v: string) {
    this.assign('color', v, writeStyle(this.range, 'fill', v.toUpperCase()));
  }
}

export class FakeRangeFont extends FakeObject {
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
    wirePath: WirePath,
  ) {
    super(context, wirePath);
  }
  describe(): string {
    return `${this.range.describe()}.format.font`;
  }
  protected scalars(): Record<string, Scalar> {
    const r = this.range;
    return {
      color: styleProperty(r, 'fontColor', '#000000'),
      bold: styleProperty(r, 'bold', false),
      italic: styleProperty(r, 'italic', false),
      size: styleProperty(r, 'fontSize', 11),
    };
  }
  get color(): string | null {
    return this.loadedValue('color');
  }
  set color(v: string) {
    this.assign('color', v, writeStyle(this.range, 'fontColor', v.toUpperCase()));
  }
  get bold(): boolean | null {
    return this.loadedValue('bold');
  }
  set bold(v: boolean) {
    this.assign('bold', v, writeStyle(this.range, 'bold', v));
  }
  get italic(): boolean | null {
    return this.loadedValue('italic');
  }
  set italic(v: boolean) {
    this.assign('italic', v, writeStyle(this.range, 'italic', v));
  }
  get size(): number | null {
    return this.loadedValue('size');
  }
  set size(v: number) {
    this.assign('size', v, writeStyle(this.range, 'fontSize', v));
  }
}

type BorderIndex = Edge | 'InsideHorizontal' | 'InsideVertical';

/** Which cell edges one border index stands for, within range r. */
function edgesOf(index: BorderIndex, r: RangeRef): { edge: Edge; row: number; col: number }[] {
  const out: { edge: Edge; row: number; col: number }[] = [];
  const across = (row: number, edge: Edge): void => {
    for (let col = r.c0; col <= r.c1; col++) out.push({ edge, row, col });
  };
  const down = (col: number, edge: Edge): void => {
    for (let row = r.r0; row <= r.r1; row++) out.push({ edge, row, col });
  };
  const map: Record<BorderIndex, () => void> = {
    EdgeTop: () => across(r.r0, 'EdgeTop'),
    EdgeBottom: () => across(r.r1, 'EdgeBottom'),
    EdgeLeft: () => down(r.c0, 'EdgeLeft'),
    EdgeRight: () => down(r.c1, 'EdgeRight'),
    InsideHorizontal: () => {
      for (let row = r.r0; row < r.r1; row++) across(row, 'EdgeBottom');
    },
    InsideVertical: () => {
      for (let col = r.c0; col < r.c1; col++) down(col, 'EdgeRight');
    },
  };
  map[index]();
  return out;
}

export class FakeRangeBorderCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: FakeRange,
    private readonly wirePath: WirePath,
  ) {}

  getItem(index: string): FakeRangeBorder {
    if (
      !['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'].includes(
        index,
      )
    )
      throw new Error(`excel-fake: border ${index} is not modelled`);
    // each getItem is a new indexer path in Office.js too
    const path = indexerPath(this.context.wireIds, this.wirePath, [index]);
    return new FakeRangeBorder(this.context, this.range, index as BorderIndex, path);
  }
}

export class FakeRangeBorder extends FakeObject {
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
    private readonly index: BorderIndex,
    wirePath: WirePath,
  ) {
    super(context, wirePath);
  }
  describe(): string {
    return `${this.range.describe()}.format.borders(${this.index})`;
  }
  protected scalars(): Record<string, Scalar> {
    return {
      style: {
        get: () => {
          const { sheet, area } = this.range.target();
          const styles = new Set(
            edgesOf(this.index, area).map(
              (e) => sheet.cells.get(key(e.row, e.col))?.borders?.[e.edge] ?? 'None',
            ),
          );
          return styles.size === 1 ? [...styles][0] : null;
        },
      },
    };
  }
  get style(): string | null {
    return this.loadedValue('style');
  }
  set style(v: string) {
    this.assign('style', v, () => {
      const { sheet, area } = this.range.target();
      for (const e of edgesOf(this.index, area)) {
        const c = cellFor(sheet, e.row, e.col);
        c.borders = { ...c.borders, [e.edge]: v };
        if (v === 'None') delete c.borders[e.edge];
      }
    });
  }
  /** recorded only: the fake keeps one line style per edge */
  set weight(v: string) {
    this.assign('weight', v, () => undefined);
  }
}
