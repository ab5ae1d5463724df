/** What the fake's collections share: items known only after load('items/...') and a sync. */
import { fakeError } from './errors';
import type { FakeRequestContext } from './host';
import type { FakeObject } from './object';
import type { WirePath } from './wire';

/** A collection's items are known only after load('items/...') and a sync. */
export abstract class FakeCollection<T extends FakeObject> {
  private loadedItems: T[] | undefined;

  protected constructor(
    readonly context: FakeRequestContext,
    readonly wirePath: WirePath,
  ) {}

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
        this.context.countItems(items.length);
        for (const p of list) {
          if (p === 'items') continue;
          for (const item of items) item.loadPath(p.slice('items/'.length));
        }
        this.loadedItems = items;
      },
      path: this.wirePath,
      // Office.js selects the item properties without their "items/" ("items" alone is "*")
      call: { kind: 'query', select: list.map((p) => (p === 'items' ? '*' : p.slice('items/'.length))) },
    });
    return this;
  }
}
