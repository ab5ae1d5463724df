/**
 * What every fake proxy shares with Office.js's ClientObject: properties are
 * only readable once loaded and synced (PropertyNotLoaded otherwise), writes and
 * method calls are queued and happen at context.sync(), and an *OrNullObject
 * proxy learns whether it is null at the sync that resolves it.
 */
import { fakeError } from './errors';
import type { FakeRequestContext } from './host';
import type { WireCall, WirePath } from './wire';

/** A loadable scalar: how to read it at sync time, and the ExcelApi 1.x minor version it needs. */
export interface Scalar {
  get: () => unknown;
  api?: number;
}

export abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();
  private nullness: boolean | undefined;

  protected constructor(
    readonly context: FakeRequestContext,
    /** how Office.js would name this proxy in a request */
    readonly wirePath: WirePath,
    initiallyResolved = true,
  ) {
    if (initiallyResolved) this.nullness = false;
  }

  /** how this proxy is named in the call record, e.g. Range(NIS!A1:B2) */
  abstract describe(): string;
  /** the scalar properties load() accepts */
  protected abstract scalars(): Record<string, Scalar>;
  /** navigation properties load() may path through ("protection/protected") */
  protected navigation(name: string): FakeObject | undefined {
    void name;
    return undefined;
  }

  get isNullObject(): boolean {
    if (this.nullness === undefined)
      throw fakeError('PropertyNotLoaded', `isNullObject of ${this.describe()} read before context.sync()`);
    return this.nullness;
  }

  /** Marks the proxy resolved (null or not); called by the action that creates it. */
  protected settle(isNull: boolean): void {
    this.nullness = isNull;
  }

  load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(','))
      .map((p) => p.trim())
      .filter((p) => p !== '');
    if (list.length === 0) throw new Error('excel-fake: load() needs property names');
    this.context.enqueue({
      target: () => this.describe(),
      member: 'load',
      args: [list.join(',')],
      run: () => {
        for (const p of list) this.loadPath(p);
      },
      path: this.wirePath,
      call: { kind: 'query', select: list },
    });
    return this;
  }

  /** Loads one property path at sync time. Public so collections can load their items. */
  loadPath(path: string): void {
    if (this.nullness === true) return;
    const slash = path.indexOf('/');
    if (slash >= 0) {
      const nav = this.navigation(path.slice(0, slash));
      if (!nav) throw fakeError('InvalidArgument', `${this.describe()} has no navigation property ${path}`);
      nav.loadPath(path.slice(slash + 1));
      return;
    }
    const def = this.scalars()[path];
    if (!def) throw fakeError('InvalidArgument', `${this.describe()} has no property ${path}`);
    this.context.requireApi(def.api, `${this.describe()}.${path}`);
    const v = def.get();
    this.loaded.set(path, v);
    this.context.countResponse(path, v);
  }

  /** The loaded value, as Office.js would return it, or PropertyNotLoaded. */
  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name))
      throw fakeError('PropertyNotLoaded', `${this.describe()}.${name} read before load and sync`);
    return this.loaded.get(name) as T;
  }

  /**
   * Queues a property write; the proxy shows the new value at once, as Office.js does.
   * `bulk`: a grid Office.js sends in slices when it is big (values, numberFormat).
   */
  protected assign(name: string, value: unknown, apply: () => void, api?: number, bulk = false): void {
    this.loaded.set(name, value);
    this.context.enqueue({
      target: () => this.describe(),
      member: `${name}=`,
      args: [value],
      run: apply,
      api,
      path: this.wirePath,
      call: { kind: 'set', name, value, bulk },
    });
  }

  /**
   * Queues a method call. Given the path of the proxy the method returns
   * (getRange...), only that path goes on the wire: Office.js sends no action
   * for such a method, only the new object's path and the Instantiate action
   * its ClientObject constructor queues.
   */
  protected call(member: string, args: unknown[], run: () => void, api?: number, returns?: WirePath): void {
    const wire: { path: WirePath; call: WireCall } = returns
      ? { path: returns, call: { kind: 'make' } }
      : { path: this.wirePath, call: { kind: 'method', name: member, args } };
    this.context.enqueue({ target: () => this.describe(), member, args, run, api, ...wire });
  }
}
