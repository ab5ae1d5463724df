/** Workbook, its collections (worksheets, tables), Application and Runtime. */
import { FakeCollection } from './collection';
import { fakeError } from './errors';
import type { FakeRequestContext } from './host';
import { FakeObject, type Scalar } from './object';
import { FakeRange } from './range';
import { checkStructureUnlocked, findSheet, newSheet, type SheetState, type TableState } from './state';
import { indexerPath, methodPath, propertyPath, rootPath, type WirePath } from './wire';
import { FakeWorksheet } from './worksheet';

/** The "_Id" Office sends with a loaded item and names it by afterwards: a GUID for sheets and tables. */
const itemId = (n: number): string => `{00000000-0001-0000-${String(n).padStart(4, '0')}-000000000000}`;

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  constructor(context: FakeRequestContext, wirePath: WirePath) {
    super(context, wirePath);
  }

  describe(): string {
    return 'Worksheets';
  }

  protected enumerate(): FakeWorksheet[] {
    const ids = this.context.wireIds;
    return this.context.state.sheets.map(
      (s) => new FakeWorksheet(this.context, s.name, indexerPath(ids, this.wirePath, [itemId(s.id)]), s),
    );
  }

  /** Queues a method that returns the sheet `ws`: on the wire only its path, when first used. */
  private queue(member: string, args: unknown[], ws: FakeWorksheet, run: () => void): void {
    this.context.enqueue({
      target: () => this.describe(),
      member,
      args,
      run,
      path: ws.wirePath,
      call: { kind: 'make' },
    });
  }

  add(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(
      this.context,
      name,
      methodPath(this.context.wireIds, this.wirePath, 'add', [name]),
    );
    this.queue('add', [name], ws, () => {
      const state = this.context.state;
      checkStructureUnlocked(state, `add the sheet ${name}`);
      if (findSheet(state, name))
        throw fakeError('ItemAlreadyExists', `a sheet named ${name} already exists`);
      if (name.length > 31 || /[[\]:*?/\\]/.test(name))
        throw fakeError('InvalidArgument', `bad sheet name ${name}`);
      const sheet = newSheet(state, name);
      state.sheets.push(sheet);
      ws.bind(sheet);
    });
    return ws;
  }

  getItem(key: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, key, indexerPath(this.context.wireIds, this.wirePath, [key]));
    this.queue('getItem', [key], ws, () => {
      const sheet = findSheet(this.context.state, key);
      if (!sheet) throw fakeError('ItemNotFound', `no sheet named ${key}`);
      ws.bind(sheet);
    });
    return ws;
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const path = methodPath(this.context.wireIds, this.wirePath, 'getItemOrNullObject', [key]);
    const ws = new FakeWorksheet(this.context, key, path);
    this.queue('getItemOrNullObject', [key], ws, () => ws.bind(findSheet(this.context.state, key) ?? null));
    return ws;
  }
}

export class FakeTable extends FakeObject {
  private readonly ws: FakeWorksheet;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: SheetState,
    private readonly table: TableState,
    wirePath: WirePath,
  ) {
    super(context, wirePath);
    this.ws = new FakeWorksheet(
      context,
      sheet.name,
      propertyPath(context.wireIds, wirePath, 'worksheet'),
      sheet,
    );
  }

  describe(): string {
    return `Table(${this.table.name})`;
  }

  protected scalars(): Record<string, Scalar> {
    return {
      name: { get: () => this.table.name },
      showHeaders: { get: () => this.table.showHeaders, api: 3 },
    };
  }

  protected override navigation(name: string): FakeObject | undefined {
    return name === 'worksheet' ? this.ws : undefined;
  }

  get name(): string {
    return this.loadedValue('name');
  }
  get showHeaders(): boolean {
    return this.loadedValue('showHeaders');
  }
  get worksheet(): FakeWorksheet {
    return this.ws;
  }

  getRange(): FakeRange {
    const path = methodPath(this.context.wireIds, this.wirePath, 'getRange', []);
    const range = new FakeRange(this.context, this.ws, `table ${this.table.name}`, path);
    this.call('getRange', [], () => range.bind({ ...this.table.range }), undefined, path);
    return range;
  }
}

export class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(
    context: FakeRequestContext,
    private readonly sheets: () => SheetState[],
    wirePath: WirePath,
  ) {
    super(context, wirePath);
  }

  describe(): string {
    return 'Tables';
  }

  protected enumerate(): FakeTable[] {
    const ids = this.context.wireIds;
    return this.sheets().flatMap((s) =>
      s.tables.map(
        (t, i) =>
          new FakeTable(this.context, s, t, indexerPath(ids, this.wirePath, [itemId(s.id * 100 + i)])),
      ),
    );
  }
}

export class FakeWorkbookProtection extends FakeObject {
  describe(): string {
    return 'Workbook.protection';
  }
  protected scalars(): Record<string, Scalar> {
    return { protected: { get: () => this.context.state.structureLocked === true, api: 7 } };
  }
  get protected(): boolean {
    return this.loadedValue('protected');
  }
}

/** A worksheet function's answer: its value once loaded and synced. */
export class FakeFunctionResult extends FakeObject {
  private result: number | null = null;

  constructor(
    context: FakeRequestContext,
    wirePath: WirePath,
    private readonly label: string,
  ) {
    super(context, wirePath);
  }
  describe(): string {
    return `FunctionResult(${this.label})`;
  }
  answer(value: number): void {
    this.result = value;
  }
  protected scalars(): Record<string, Scalar> {
    return { value: { get: () => this.result, api: 2 } };
  }
  get value(): number {
    return this.loadedValue('value');
  }
}

/** workbook.functions: DATE only, as Excel computes it in the workbook's own date system. */
export class FakeFunctions extends FakeObject {
  describe(): string {
    return 'Workbook.functions';
  }
  protected scalars(): Record<string, Scalar> {
    return {};
  }
  date(year: number, month: number, day: number): FakeFunctionResult {
    const path = methodPath(this.context.wireIds, this.wirePath, 'date', [year, month, day]);
    const result = new FakeFunctionResult(this.context, path, `DATE(${year},${month},${day})`);
    this.call(
      'date',
      [year, month, day],
      () => {
        // days from 1899-12-30 (the 1900 system past its phantom 29 February), less 1,462 in the 1904 system
        const serial = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
        result.answer(this.context.state.date1904 ? serial - 1462 : serial);
      },
      2,
      path,
    );
    return result;
  }
}

export class FakeWorkbook extends FakeObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  private protectionProxy: FakeWorkbookProtection | undefined;
  private functionsProxy: FakeFunctions | undefined;

  constructor(context: FakeRequestContext) {
    super(context, rootPath(context.wireIds));
    const ids = context.wireIds;
    this.worksheets = new FakeWorksheetCollection(context, propertyPath(ids, this.wirePath, 'worksheets'));
    this.tables = new FakeTableCollection(
      context,
      () => context.state.sheets,
      propertyPath(ids, this.wirePath, 'tables'),
    );
  }

  describe(): string {
    return 'Workbook';
  }

  protected scalars(): Record<string, Scalar> {
    return { name: { get: () => this.context.state.name, api: 7 } };
  }

  /** made on first use, as Office.js makes its proxies: an unused one takes no id on the wire */
  get protection(): FakeWorkbookProtection {
    this.protectionProxy ??= new FakeWorkbookProtection(
      this.context,
      propertyPath(this.context.wireIds, this.wirePath, 'protection'),
    );
    return this.protectionProxy;
  }

  protected override navigation(name: string): FakeObject | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  get functions(): FakeFunctions {
    this.functionsProxy ??= new FakeFunctions(
      this.context,
      propertyPath(this.context.wireIds, this.wirePath, 'functions'),
    );
    return this.functionsProxy;
  }

  get name(): string {
    return this.loadedValue('name');
  }
}

export class FakeApplication {
  private readonly wirePath: WirePath;

  constructor(private readonly context: FakeRequestContext) {
    this.wirePath = propertyPath(context.wireIds, context.workbook.wirePath, 'application');
  }

  suspendScreenUpdatingUntilNextSync(): void {
    const member = 'suspendScreenUpdatingUntilNextSync';
    this.context.enqueue({
      target: () => 'Application',
      member,
      args: [],
      run: () => this.context.host.suspendScreenUpdating(),
      api: 9,
      path: this.wirePath,
      call: { kind: 'method', name: member, args: [] },
    });
  }
}

export class FakeRuntime extends FakeObject {
  constructor(context: FakeRequestContext) {
    // context.runtime is workbook._Runtime in Office.js
    super(context, propertyPath(context.wireIds, context.workbook.wirePath, '_Runtime'));
  }

  describe(): string {
    return 'Runtime';
  }

  protected scalars(): Record<string, Scalar> {
    return { enableEvents: { get: () => this.context.host.enableEvents, api: 8 } };
  }

  get enableEvents(): boolean {
    return this.loadedValue('enableEvents');
  }
  set enableEvents(v: boolean) {
    this.assign('enableEvents', v, () => void (this.context.host.enableEvents = v), 8);
  }
}
