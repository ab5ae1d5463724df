/** Workbook, its collections (worksheets, tables), Application and Runtime. */
import { fakeError } from './errors';
import type { FakeRequestContext } from './host';
import { FakeObject, type Scalar } from './object';
import { FakeRange } from './range';
import { findSheet, newSheet, type SheetState, type TableState } from './state';
import { FakeWorksheet } from './worksheet';

/** A collection's items are known only after load('items/...') and a sync. */
abstract class FakeCollection<T extends FakeObject> {
  private loadedItems: T[] | undefined;

  protected constructor(readonly context: FakeRequestContext) {}

  abstract describe(): string;
  /** proxies for what the collection holds right now (at sync time) */
  protected abstract enumerate(): T[];

  get items(): T[] {
    if (!this.loadedItems)
      throw fakeError('PropertyNotLoaded', `${this.describe()}.items read before load and sync`);
    return this.loadedItems;
  }

  load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim()).filter(Boolean);
    if (list.length === 0 || list.some((p) => p !== 'items' && !p.startsWith('items/')))
      throw new Error(`excel-fake: load ${this.describe()} as items/<property>`);
    this.context.enqueue({
      target: () => this.describe(),
      member: 'load',
      args: [list.join(',')],
      run: () => {
        const items = this.enumerate();
        for (const p of list) {
          if (p === 'items') continue;
          for (const item of items) item.loadPath(p.slice('items/'.length));
        }
        this.loadedItems = items;
      },
    });
    return this;
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  constructor(context: FakeRequestContext) {
    super(context);
  }

  describe(): string {
    return 'Worksheets';
  }

  protected enumerate(): FakeWorksheet[] {
    return this.context.state.sheets.map((s) => new FakeWorksheet(this.context, s.name, s));
  }

  private queue(member: string, args: unknown[], run: () => void): void {
    this.context.enqueue({ target: () => this.describe(), member, args, run });
  }

  add(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, name);
    this.queue('add', [name], () => {
      const state = this.context.state;
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
    const ws = new FakeWorksheet(this.context, key);
    this.queue('getItem', [key], () => {
      const sheet = findSheet(this.context.state, key);
      if (!sheet) throw fakeError('ItemNotFound', `no sheet named ${key}`);
      ws.bind(sheet);
    });
    return ws;
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, key);
    this.queue('getItemOrNullObject', [key], () => ws.bind(findSheet(this.context.state, key) ?? null));
    return ws;
  }
}

export class FakeTable extends FakeObject {
  private readonly ws: FakeWorksheet;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: SheetState,
    private readonly table: TableState,
  ) {
    super(context);
    this.ws = new FakeWorksheet(context, sheet.name, sheet);
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
    return this.value('name');
  }
  get showHeaders(): boolean {
    return this.value('showHeaders');
  }
  get worksheet(): FakeWorksheet {
    return this.ws;
  }

  getRange(): FakeRange {
    const range = new FakeRange(this.context, this.ws, `table ${this.table.name}`);
    this.call('getRange', [], () => range.bind({ ...this.table.range }));
    return range;
  }
}

export class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(
    context: FakeRequestContext,
    private readonly sheets: () => SheetState[],
  ) {
    super(context);
  }

  describe(): string {
    return 'Tables';
  }

  protected enumerate(): FakeTable[] {
    return this.sheets().flatMap((s) => s.tables.map((t) => new FakeTable(this.context, s, t)));
  }
}

export class FakeWorkbook extends FakeObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;

  constructor(context: FakeRequestContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, () => context.state.sheets);
  }

  describe(): string {
    return 'Workbook';
  }

  protected scalars(): Record<string, Scalar> {
    return { name: { get: () => this.context.state.name, api: 7 } };
  }

  get name(): string {
    return this.value('name');
  }
}

export class FakeApplication {
  constructor(private readonly context: FakeRequestContext) {}

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue({
      target: () => 'Application',
      member: 'suspendScreenUpdatingUntilNextSync',
      args: [],
      run: () => this.context.host.suspendScreenUpdating(),
      api: 9,
    });
  }
}

export class FakeRuntime extends FakeObject {
  constructor(context: FakeRequestContext) {
    super(context);
  }

  describe(): string {
    return 'Runtime';
  }

  protected scalars(): Record<string, Scalar> {
    return { enableEvents: { get: () => this.context.host.enableEvents, api: 8 } };
  }

  get enableEvents(): boolean {
    return this.value('enableEvents');
  }
  set enableEvents(v: boolean) {
    this.assign('enableEvents', v, () => void (this.context.host.enableEvents = v), 8);
  }
}
