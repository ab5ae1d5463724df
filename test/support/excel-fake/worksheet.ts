/** Worksheet and the objects hanging off it: protection, freeze panes, page layout, tables. */
import type { RangeRef } from '../../../src/engine/model/snapshot';
import { fakeError } from './errors';
import type { FakeRequestContext } from './host';
import { FakeObject, type Scalar } from './object';
import { FakeMultiRange, FakeRange } from './range';
import { checkStructureUnlocked, MAX_COL, MAX_ROW, parseAddress, type SheetState, usedArea } from './state';
import { methodPath, propertyPath, type WirePath } from './wire';
import { FakeTableCollection } from './workbook';

const VISIBILITY = new Set(['Visible', 'Hidden', 'VeryHidden']);

export class FakeWorksheet extends FakeObject {
  private bound: SheetState | null | undefined;
  private children:
    | {
        protection: FakeWorksheetProtection;
        freezePanes: FakeFreezePanes;
        pageLayout: FakePageLayout;
        tables: FakeTableCollection;
      }
    | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly label: string,
    wirePath: WirePath,
    bound?: SheetState,
  ) {
    super(context, wirePath, bound !== undefined);
    this.bound = bound;
  }

  /** Called by the creating action (getItem, add...) at sync time. */
  bind(sheet: SheetState | null): void {
    this.bound = sheet;
    this.settle(sheet === null);
  }

  describe(): string {
    return `Worksheet(${this.bound ? this.bound.name : this.label})`;
  }

  sheet(): SheetState {
    if (!this.bound || this.bound.deleted)
      throw fakeError('InvalidObjectPath', `${this.describe()} does not exist (deleted, or never found)`);
    return this.bound;
  }

  private get kids(): NonNullable<FakeWorksheet['children']> {
    const nav = (name: string): WirePath => propertyPath(this.context.wireIds, this.wirePath, name);
    this.children ??= {
      protection: new FakeWorksheetProtection(this.context, this, nav('protection')),
      freezePanes: new FakeFreezePanes(this.context, this, nav('freezePanes')),
      pageLayout: new FakePageLayout(this.context, this, nav('pageLayout')),
      tables: new FakeTableCollection(this.context, () => [this.sheet()], nav('tables')),
    };
    return this.children;
  }

  protected scalars(): Record<string, Scalar> {
    return {
      name: { get: () => this.sheet().name },
      id: { get: () => `{sheet-${this.sheet().id}}` },
      position: { get: () => this.context.state.sheets.indexOf(this.sheet()) },
      visibility: { get: () => this.sheet().visibility },
      tabColor: { get: () => this.sheet().tabColor, api: 7 },
    };
  }

  protected override navigation(name: string): FakeObject | undefined {
    if (name === 'protection') return this.kids.protection;
    if (name === 'pageLayout') return this.kids.pageLayout;
    return undefined;
  }

  get name(): string {
    return this.loadedValue('name');
  }

  /** onChanged (ExcelApi 1.7): handlers live in the host, so they outlast the run that added them */
  get onChanged() {
    const host = this.context.host;
    if (host.apiVersion < 7) throw fakeError('ApiNotFound', 'Worksheet.onChanged needs ExcelApi 1.7');
    const sheetId = this.sheet().id;
    return {
      add: (handler: Parameters<typeof host.addChangeHandler>[1]) => {
        const id = host.addChangeHandler(sheetId, handler);
        return { remove: () => host.removeChangeHandler(id), context: this.context };
      },
    };
  }
  get id(): string {
    return this.loadedValue('id');
  }
  get position(): number {
    return this.loadedValue('position');
  }
  get visibility(): string {
    return this.loadedValue('visibility');
  }
  set visibility(v: string) {
    this.assign('visibility', v, () => {
      if (!VISIBILITY.has(v)) throw fakeError('InvalidArgument', `visibility ${v}`);
      const sheet = this.sheet();
      if (sheet.visibility !== v) checkStructureUnlocked(this.context.state, `hide or show ${sheet.name}`);
      const others = this.context.state.sheets.filter((s) => s !== sheet && s.visibility === 'Visible');
      if (v !== 'Visible' && others.length === 0)
        throw fakeError('InvalidOperation', 'a workbook must keep at least one visible sheet');
      sheet.visibility = v as SheetState['visibility'];
    });
  }
  get tabColor(): string {
    return this.loadedValue('tabColor');
  }
  set tabColor(v: string) {
    this.assign('tabColor', v, () => void (this.sheet().tabColor = v.toUpperCase()), 7);
  }

  get protection(): FakeWorksheetProtection {
    return this.kids.protection;
  }
  get freezePanes(): FakeFreezePanes {
    return this.kids.freezePanes;
  }
  get pageLayout(): FakePageLayout {
    return this.kids.pageLayout;
  }
  get tables(): FakeTableCollection {
    return this.kids.tables;
  }

  /** The proxy a method of this sheet returns, with its object path. */
  private rangeFrom(method: string, args: unknown[], label: string): FakeRange {
    return new FakeRange(
      this.context,
      this,
      label,
      methodPath(this.context.wireIds, this.wirePath, method, args),
    );
  }

  /** A range by address; no address means the whole sheet. */
  getRange(address?: string): FakeRange {
    // Office.js sends [address] even when it is undefined (as null)
    const range = this.rangeFrom('getRange', [address], `${this.label}!${address ?? '(all)'}`);
    const run = (): void => {
      this.sheet();
      range.bind(address === undefined ? { r0: 0, c0: 0, r1: MAX_ROW, c1: MAX_COL } : parseAddress(address));
    };
    this.call('getRange', address === undefined ? [] : [address], run, undefined, range.wirePath);
    return range;
  }

  /** Several ranges as one RangeAreas, "A1:A3,A7" (ExcelApi 1.9); each must be a real address. */
  getRanges(address: string): FakeMultiRange {
    const path = methodPath(this.context.wireIds, this.wirePath, 'getRanges', [address]);
    const ranges = new FakeMultiRange(this.context, this, `${this.label}!${address}`, path);
    const run = (): void => {
      this.sheet();
      const areas = address.split(',').map((a) => parseAddress(a.trim()));
      if (areas.length === 0 || address.length > 8000)
        throw fakeError('InvalidArgument', `getRanges cannot take "${address.slice(0, 40)}..."`);
      ranges.bindAreas(areas);
    };
    this.call('getRanges', [address], run, 9, path);
    return ranges;
  }

  /** Like getRange, for fake internals that already hold the area (frozen panes, print titles). */
  rangeAt(area: RangeRef, label: string): FakeRange {
    const range = this.rangeFrom('getRange', [label], label);
    range.bind(area);
    return range;
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const label = `${this.label}!(used${valuesOnly ? ', values only' : ''})`;
    const range = this.rangeFrom('getUsedRangeOrNullObject', [valuesOnly], label);
    const run = (): void => range.bind(usedArea(this.sheet(), valuesOnly));
    this.call('getUsedRangeOrNullObject', [valuesOnly], run, 4, range.wirePath);
    return range;
  }

  delete(): void {
    this.call('delete', [], () => {
      const sheet = this.sheet();
      checkStructureUnlocked(this.context.state, `delete the sheet ${sheet.name}`);
      const rest = this.context.state.sheets.filter((s) => s !== sheet);
      if (!rest.some((s) => s.visibility === 'Visible'))
        throw fakeError('InvalidOperation', 'a workbook must keep at least one visible sheet');
      this.context.state.sheets = rest;
      sheet.deleted = true;
    });
  }
}

export class FakeWorksheetProtection extends FakeObject {
  constructor(
    context: FakeRequestContext,
    private readonly ws: FakeWorksheet,
    wirePath: WirePath,
  ) {
    super(context, wirePath);
  }
  describe(): string {
    return `${this.ws.describe()}.protection`;
  }
  protected scalars(): Record<string, Scalar> {
    return { protected: { get: () => this.ws.sheet().protected, api: 2 } };
  }
  get protected(): boolean {
    return this.loadedValue('protected');
  }
}

export class FakeFreezePanes {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly ws: FakeWorksheet,
    private readonly wirePath: WirePath,
  ) {}

  private queue(member: string, args: unknown[], run: () => void, returns?: WirePath): void {
    this.context.enqueue({
      target: () => `${this.ws.describe()}.freezePanes`,
      member,
      args,
      run,
      api: 7,
      ...(returns
        ? { path: returns, call: { kind: 'make' } }
        : { path: this.wirePath, call: { kind: 'method', name: member, args } }),
    });
  }

  freezeRows(count: number): void {
    this.queue('freezeRows', [count], () => void (this.ws.sheet().freeze = { rows: count, cols: 0 }));
  }
  freezeColumns(count: number): void {
    this.queue('freezeColumns', [count], () => void (this.ws.sheet().freeze = { rows: 0, cols: count }));
  }
  freezeAt(frozenRange: string): void {
    this.queue('freezeAt', [frozenRange], () => {
      const r = parseAddress(frozenRange);
      this.ws.sheet().freeze = { rows: r.r1 + 1, cols: r.c1 + 1 };
    });
  }
  unfreeze(): void {
    this.queue('unfreeze', [], () => void (this.ws.sheet().freeze = { rows: 0, cols: 0 }));
  }
  getLocationOrNullObject(): FakeRange {
    const path = methodPath(this.context.wireIds, this.wirePath, 'getLocationOrNullObject', []);
    const range = new FakeRange(this.context, this.ws, `${this.ws.describe()}.frozen`, path);
    const run = (): void => {
      const { rows, cols } = this.ws.sheet().freeze;
      if (rows === 0 && cols === 0) range.bind(null);
      else
        range.bind({
          r0: 0,
          c0: 0,
          r1: rows === 0 ? MAX_ROW : rows - 1,
          c1: cols === 0 ? MAX_COL : cols - 1,
        });
    };
    this.queue('getLocationOrNullObject', [], run, path);
    return range;
  }
}

export class FakePageLayout extends FakeObject {
  readonly headersFooters: FakeHeaderFooterGroup;

  constructor(
    context: FakeRequestContext,
    private readonly ws: FakeWorksheet,
    wirePath: WirePath,
  ) {
    super(context, wirePath);
    this.headersFooters = new FakeHeaderFooterGroup(
      context,
      ws,
      propertyPath(context.wireIds, wirePath, 'headersFooters'),
    );
  }
  describe(): string {
    return `${this.ws.describe()}.pageLayout`;
  }
  private get layout(): SheetState['pageLayout'] {
    return this.ws.sheet().pageLayout;
  }
  protected scalars(): Record<string, Scalar> {
    return {
      orientation: { get: () => this.layout.orientation, api: 9 },
      paperSize: { get: () => this.layout.paperSize, api: 9 },
      zoom: { get: () => ({ ...this.layout.zoom }), api: 9 },
    };
  }
  protected override navigation(name: string): FakeObject | undefined {
    return name === 'headersFooters' ? this.headersFooters : undefined;
  }
  get orientation(): string {
    return this.loadedValue('orientation');
  }
  set orientation(v: string) {
    this.assign('orientation', v, () => void (this.layout.orientation = v), 9);
  }
  get paperSize(): string {
    return this.loadedValue('paperSize');
  }
  set paperSize(v: string) {
    this.assign('paperSize', v, () => void (this.layout.paperSize = v), 9);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.loadedValue('zoom');
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.assign('zoom', v, () => void (this.layout.zoom = { ...v }), 9);
  }
  setPrintTitleRows(rows: string): void {
    this.call(
      'setPrintTitleRows',
      [rows],
      () => {
        const r = parseAddress(rows);
        if (r.c0 !== 0 || r.c1 !== MAX_COL)
          throw fakeError('InvalidArgument', `print titles must be whole rows: ${rows}`);
        this.layout.printTitleRows = `$${r.r0 + 1}:$${r.r1 + 1}`;
      },
      9,
    );
  }
  getPrintTitleRowsOrNullObject(): FakeRange {
    const path = methodPath(this.context.wireIds, this.wirePath, 'getPrintTitleRowsOrNullObject', []);
    const range = new FakeRange(this.context, this.ws, `${this.ws.describe()}.printTitleRows`, path);
    this.call(
      'getPrintTitleRowsOrNullObject',
      [],
      () => {
        const rows = this.layout.printTitleRows;
        range.bind(rows === null ? null : parseAddress(rows));
      },
      9,
      path,
    );
    return range;
  }
}

export class FakeHeaderFooterGroup extends FakeObject {
  readonly defaultForAllPages: FakeHeaderFooter;
  constructor(
    context: FakeRequestContext,
    private readonly ws: FakeWorksheet,
    wirePath: WirePath,
  ) {
    super(context, wirePath);
    this.defaultForAllPages = new FakeHeaderFooter(
      context,
      ws,
      propertyPath(context.wireIds, wirePath, 'defaultForAllPages'),
    );
  }
  describe(): string {
    return `${this.ws.describe()}.pageLayout.headersFooters`;
  }
  protected scalars(): Record<string, Scalar> {
    return {};
  }
  protected override navigation(name: string): FakeObject | undefined {
    return name === 'defaultForAllPages' ? this.defaultForAllPages : undefined;
  }
}

export class FakeHeaderFooter extends FakeObject {
  constructor(
    context: FakeRequestContext,
    private readonly ws: FakeWorksheet,
    wirePath: WirePath,
  ) {
    super(context, wirePath);
  }
  describe(): string {
    return `${this.ws.describe()}.pageLayout.headersFooters.defaultForAllPages`;
  }
  protected scalars(): Record<string, Scalar> {
    const layout = (): SheetState['pageLayout'] => this.ws.sheet().pageLayout;
    return {
      centerHeader: { get: () => layout().centerHeader, api: 9 },
      centerFooter: { get: () => layout().centerFooter, api: 9 },
    };
  }
  get centerHeader(): string {
    return this.loadedValue('centerHeader');
  }
  set centerHeader(v: string) {
    this.assign('centerHeader', v, () => void (this.ws.sheet().pageLayout.centerHeader = v), 9);
  }
  get centerFooter(): string {
    return this.loadedValue('centerFooter');
  }
  set centerFooter(v: string) {
    this.assign('centerFooter', v, () => void (this.ws.sheet().pageLayout.centerFooter = v), 9);
  }
}
