/**
 * The fake Excel host: one workbook, any number of request contexts (one per
 * run, as Excel.run gives), and a record of everything the add-in asked for.
 * Every sync is counted with its request and response size, every queued call
 * is recorded with its arguments, and a failure can be injected part-way
 * through the Nth sync to show what a non-transactional batch leaves behind.
 */
import { fakeError, FakeOfficeError } from './errors';
import type { RangeRef } from '../../../src/engine/model/snapshot';
import {
  cellFor,
  findSheet,
  formatAddress,
  parseAddress,
  type CellState,
  type SheetState,
  type WorkbookState,
} from './state';

type ChangeHandler = (args: {
  worksheetId: string;
  address: string;
  changeType: string;
  source: string;
}) => unknown;
type CellValueIn = CellState['value'];
import { type WireCall, WireIds, type WirePath, WireRequest } from './wire';
import { FakeApplication, FakeRuntime, FakeWorkbook } from './workbook';

export interface RecordedCall {
  /** 1-based number of the sync that carried the call */
  sync: number;
  target: string;
  /** "load", "values=", "merge", ... */
  member: string;
  args: unknown[];
}

export interface SyncRecord {
  /** the request body as Office.js would serialise it (wire.ts), UTF-8 bytes */
  requestBytes: number;
  /** what was loaded, as JSON, with Office's per-result and per-item envelope */
  responseBytes: number;
  /** calls queued in the fake (what failAt.afterActions counts), not Office's actions */
  actions: number;
}

export interface Action {
  target: () => string;
  member: string;
  args: unknown[];
  run: () => void;
  /** ExcelApi 1.x minor version this call needs */
  api?: number;
  /** the object path the call goes to, and what Office.js would send for it */
  path: WirePath;
  call: WireCall;
}

/**
 * A load's result in the response: {"ActionId":n,"Value":{...}}, and each
 * property as "Name":value (Office answers with its own PascalCase names).
 */
const RESULT_ENVELOPE = 32;
const PROPERTY_ENVELOPE = 4;
/** A collection item's {"_Id":"{guid}"} that Office sends with each item loaded. */
const ITEM_ENVELOPE = 48;

function jsonSize(v: unknown): number {
  return v === undefined ? 0 : Buffer.byteLength(JSON.stringify(v), 'utf8');
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;
  /** object path and action ids, one counter per context as in Office.js */
  readonly wireIds = new WireIds();
  private queue: Action[] = [];
  private current: SyncRecord | null = null;

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
    this.runtime = new FakeRuntime(this);
  }

  get state(): WorkbookState {
    return this.host.state;
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  /** Counts a loaded property in the response. */
  countResponse(name: string, v: unknown): void {
    if (this.current) this.current.responseBytes += name.length + PROPERTY_ENVELOPE + jsonSize(v);
  }

  /** Counts the envelopes of a collection's loaded items. */
  countItems(n: number): void {
    if (this.current) this.current.responseBytes += n * ITEM_ENVELOPE;
  }

  /** Throws ApiNotFound, as the host does, when a call needs a newer ExcelApi than it has. */
  requireApi(api: number | undefined, what: string): void {
    if (api !== undefined && api > this.host.apiVersion)
      throw fakeError(
        'ApiNotFound',
        `${what} needs ExcelApi 1.${api}; this Excel has 1.${this.host.apiVersion}`,
      );
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    const request = new WireRequest(this.wireIds, this.host.apiVersion >= 3);
    for (const a of actions) request.add(a.path, a.call);
    const record: SyncRecord = { requestBytes: request.bytes(), responseBytes: 0, actions: actions.length };
    for (const a of actions) if (a.call.kind === 'query') record.responseBytes += RESULT_ENVELOPE;
    this.host.syncLog.push(record);
    const n = this.host.syncLog.length;
    const fail = this.host.failAt;
    const limit = this.host.payloadLimitBytes;
    if (record.requestBytes > limit) {
      this.host.afterSync();
      // Excel on the web refuses the whole request before running any of it
      throw fakeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${record.requestBytes} bytes) has exceeded the limit.`,
      );
    }
    this.current = record;
    try {
      actions.forEach((a, i) => {
        if (fail && fail.sync === n && i === fail.afterActions) {
          this.host.failAt = undefined;
          throw fakeError('GeneralException', `injected failure in sync ${n} after ${i} actions`);
        }
        this.host.calls.push({ sync: n, target: a.target(), member: a.member, args: a.args });
        this.requireApi(a.api, `${a.target()}.${a.member}`);
        if (this.host.refuse.has(a.member))
          throw fakeError('InvalidArgument', `${a.target()}.${a.member}: refused by the test`);
        a.run();
      });
    } finally {
      this.current = null;
      this.host.afterSync();
    }
    if (record.responseBytes > limit) {
      // the batch ran (a write stays written) but its answer is refused, loads and all
      throw fakeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`,
      );
    }
    // a real sync always yields to the event loop
    await Promise.resolve();
  }
}

export class FakeExcelHost {
  readonly calls: RecordedCall[] = [];
  readonly syncLog: SyncRecord[] = [];
  /** the ExcelApi 1.x minor version this host supports (13 = ExcelApi 1.13) */
  apiVersion = 13;
  /** runtime.enableEvents, which persists across batches like the real setting */
  enableEvents = true;
  /** syncs during which screen updating was suspended */
  readonly suspendedSyncs: number[] = [];
  private suspended = false;
  failAt: { sync: number; afterActions: number } | undefined;
  /**
   * Excel on the web's cap on one request and on one answer (5 MB); past it the sync
   * fails with RequestPayloadSizeLimitExceeded or ResponsePayloadSizeLimitExceeded.
   * Desktop Excel has no such cap: Infinity stands for it.
   */
  payloadLimitBytes = 5_000_000;
  /** calls this Excel refuses with InvalidArgument, to stand for one it has not been seen to take */
  readonly refuse = new Set<string>();

  /** onChanged handlers registered on each sheet (by sheet id), as Excel keeps them across runs */
  private readonly changeHandlers = new Map<number, { sheetId: number; handler: ChangeHandler }>();
  private nextHandler = 1;
  /** change events fired, as [sheet, address], for tests to see the add-in's own writes fire none */
  readonly firedChanges: [string, string][] = [];

  constructor(public state: WorkbookState) {}

  addChangeHandler(sheetId: number, handler: ChangeHandler): number {
    const id = this.nextHandler++;
    this.changeHandlers.set(id, { sheetId, handler });
    return id;
  }

  removeChangeHandler(id: number): void {
    this.changeHandlers.delete(id);
  }

  get changeHandlerCount(): number {
    return this.changeHandlers.size;
  }

  /**
   * Cells of `sheet` changed (the officer's edit, or a write by the add-in): Excel reports it to
   * each onChanged handler of that sheet, later, unless events are switched off at that moment.
   */
  changed(sheet: SheetState, area: RangeRef): void {
    if (!this.enableEvents) return;
    const address = formatAddress(sheet.name, area).replace(/^.*!/, '');
    this.firedChanges.push([sheet.name, address]);
    const args = { worksheetId: `{sheet-${sheet.id}}`, address, changeType: 'RangeEdited', source: 'Local' };
    for (const { sheetId, handler } of this.changeHandlers.values()) {
      if (sheetId === sheet.id) setTimeout(() => void handler(args), 0);
    }
  }

  /** The officer types into the workbook: values set from `address`'s top-left, then onChanged. */
  edit(sheetName: string, address: string, values: CellValueIn[][]): void {
    const sheet = findSheet(this.state, sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const area = parseAddress(address);
    values.forEach((line, i) =>
      line.forEach((v, j) => {
        const cell = cellFor(sheet, area.r0 + i, area.c0 + j);
        cell.value = v;
      }),
    );
    this.changed(sheet, { ...area, r1: area.r0 + values.length - 1, c1: area.c0 + values[0].length - 1 });
  }

  get syncs(): number {
    return this.syncLog.length;
  }

  /** Office.context.requirements.isSetSupported for this host. */
  isSetSupported = (name: string, version: string): boolean => {
    if (name !== 'ExcelApi') return false;
    const m = /^1\.(\d+)$/.exec(version);
    return m !== null && Number(m[1]) <= this.apiVersion;
  };

  /** Excel.run: a fresh context for each batch of work. */
  run = async <T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    fn(new FakeRequestContext(this) as unknown as Excel.RequestContext);

  suspendScreenUpdating(): void {
    this.suspended = true;
  }

  afterSync(): void {
    if (this.suspended) this.suspendedSyncs.push(this.syncs);
    this.suspended = false;
  }

  /** Calls that change the workbook (property writes and mutating methods). */
  writes(): RecordedCall[] {
    return this.calls.filter((c) => c.member !== 'load' && !READ_ONLY_CALLS.has(c.member));
  }

  /** Forget the record (not the workbook), e.g. between the read and the apply of a test. */
  resetRecord(): void {
    this.calls.length = 0;
    this.syncLog.length = 0;
    this.suspendedSyncs.length = 0;
  }
}

/** Calls that only make proxies or read; everything else writes. */
const READ_ONLY_CALLS = new Set([
  'getItem',
  'getItemOrNullObject',
  'getRange',
  'getUsedRangeOrNullObject',
  'getMergedAreasOrNullObject',
  'getSpecialCellsOrNullObject',
  'getLocationOrNullObject',
  'getPrintTitleRowsOrNullObject',
]);

export { FakeOfficeError };
