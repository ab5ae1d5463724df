/**
 * The size of a request as Office.js would send it, so the gateway's size
 * budget is checked against Office's wire format rather than against the
 * fake's own idea of a call. Modelled on excel-web-16.00.debug.js:
 *
 * - one JSON body per sync, {"AutoKeepReference":false,"Actions":[...],"ObjectPaths":{...}}
 *   (ClientRequestBase.buildRequestMessageBodyAndRequestFlags);
 * - every proxy is named by an object path (ObjectPathFactory): the workbook is
 *   the root (ObjectPathType 1), a method returning an object (getRange, add,
 *   getUsedRangeOrNullObject) is type 3 with its arguments, a navigation
 *   property (range.format, format.fill, worksheet.protection) type 4, and a
 *   collection's getItem an indexer, type 5;
 * - a path goes in each request that uses it, once, with an Instantiate action
 *   (ActionType 1) for it and its parents (ensureInstantiateObjectPath): a
 *   proxy kept across syncs pays for its path again in every request;
 * - a property write is a SetProperty action (4), a method call a Method action
 *   (3), a load a Query action (2) with the selected names (CommonActionFactory,
 *   ActionFactory.createMethodAction), and the last action to use a path lists
 *   its id under "L" (_calculateLastUsedObjectPathIds);
 * - a values or numberFormat grid over 1,500 cells goes as one SetProperty per
 *   slice of rows, each on range.getRow(i).getBoundingRect(range.getRow(j))
 *   (setRangePropertiesInBulk, ExcelApi 1.3 on).
 *
 * Ids come from one counter per context, as in Office.js, so their digits grow
 * through a long run as they would there. Sizes are UTF-8 bytes.
 */

/** An ObjectPathInfo and what it hangs from. */
export interface WirePath {
  readonly id: number;
  readonly info: Record<string, unknown>;
  readonly parent: WirePath | null;
  /** paths named in the arguments (getBoundingRect's other range) */
  readonly argPaths?: WirePath[];
}

export type WireCall =
  | { kind: 'set'; name: string; value: unknown; bulk?: boolean }
  | { kind: 'method'; name: string; args: unknown[] }
  | { kind: 'query'; select: string[] }
  /** only makes the path exist in the request (a getRange with nothing done to it yet) */
  | { kind: 'make' };

/** Office.js's names on the wire: Values, GetRange, Format. */
const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** The id counter of one request context. */
export class WireIds {
  private n = 0;
  next(): number {
    return ++this.n;
  }
}

export function rootPath(ids: WireIds): WirePath {
  const id = ids.next();
  return { id, info: { Id: id, ObjectPathType: 1, Name: '' }, parent: null };
}

export function propertyPath(ids: WireIds, parent: WirePath, name: string): WirePath {
  const id = ids.next();
  const info = { Id: id, ObjectPathType: 4, Name: pascal(name), ParentObjectPathId: parent.id };
  return { id, info, parent };
}

export function methodPath(
  ids: WireIds,
  parent: WirePath,
  name: string,
  args: unknown[],
  argPaths?: WirePath[],
): WirePath {
  const id = ids.next();
  const argumentInfo: Record<string, unknown> = { Arguments: args };
  if (argPaths) argumentInfo.ReferencedObjectPathIds = argPaths.map((p) => p.id);
  const info = {
    Id: id,
    ObjectPathType: 3,
    Name: pascal(name),
    ParentObjectPathId: parent.id,
    ArgumentInfo: argumentInfo,
  };
  return { id, info, parent, argPaths };
}

export function indexerPath(ids: WireIds, parent: WirePath, args: unknown[]): WirePath {
  const id = ids.next();
  const info = {
    Id: id,
    ObjectPathType: 5,
    Name: '',
    ParentObjectPathId: parent.id,
    ArgumentInfo: { Arguments: args },
  };
  return { id, info, parent };
}

/** The cells past which Office.js slices a grid write (setRangePropertiesInBulk's maxCellCount). */
const BULK_CELLS = 1500;

interface Sent {
  info: Record<string, unknown>;
  path: WirePath;
}

/** One sync's body, built the way Office.js builds it. */
export class WireRequest {
  private readonly actions: Sent[] = [];
  private readonly paths = new Map<number, WirePath>();
  private readonly made = new Set<number>();

  constructor(
    private readonly ids: WireIds,
    /** ExcelApi 1.3 or later: big grids are sliced */
    private readonly slicesGrids: boolean,
  ) {}

  add(path: WirePath, call: WireCall): void {
    if (call.kind === 'set' && call.bulk && this.slicesGrids && isBigGrid(call.value)) {
      this.addSlices(path, call.name, call.value);
      return;
    }
    this.instantiate(path);
    if (call.kind === 'make') return;
    const info: Record<string, unknown> = { Id: this.ids.next() };
    if (call.kind === 'query')
      Object.assign(info, {
        ActionType: 2,
        Name: '',
        ObjectPathId: path.id,
        QueryInfo: { Select: call.select },
      });
    else {
      const args = call.kind === 'set' ? [call.value] : call.args;
      const type = call.kind === 'set' ? 4 : 3;
      Object.assign(info, {
        ActionType: type,
        Name: pascal(call.name),
        ObjectPathId: path.id,
        ArgumentInfo: { Arguments: args },
      });
    }
    this.push(info, path);
  }

  /** UTF-8 bytes of the body, with each action's "L" list filled in. */
  bytes(): number {
    const last = new Set<number>();
    for (let i = this.actions.length - 1; i >= 0; i--) {
      const ids: number[] = [];
      markLastUse(this.actions[i].path, last, ids);
      if (ids.length > 0) this.actions[i].info.L = ids;
    }
    const objectPaths: Record<number, unknown> = {};
    for (const [id, p] of this.paths) objectPaths[id] = p.info;
    const body = {
      AutoKeepReference: false,
      Actions: this.actions.map((a) => a.info),
      ObjectPaths: objectPaths,
    };
    return Buffer.byteLength(JSON.stringify(body), 'utf8');
  }

  private instantiate(path: WirePath): void {
    if (this.made.has(path.id)) return;
    if (path.parent) this.instantiate(path.parent);
    for (const a of path.argPaths ?? []) this.instantiate(a);
    this.made.add(path.id);
    this.push({ Id: this.ids.next(), ActionType: 1, Name: '', ObjectPathId: path.id }, path);
  }

  private push(info: Record<string, unknown>, path: WirePath): void {
    this.actions.push({ info, path });
    for (let p: WirePath | null = path; p && !this.paths.has(p.id); p = p.parent) {
      this.paths.set(p.id, p);
      for (const a of p.argPaths ?? []) this.paths.set(a.id, a);
    }
  }

  private addSlices(range: WirePath, name: string, grid: unknown[][]): void {
    const step = Math.max(1, Math.round(BULK_CELLS / grid[0].length));
    for (let start = 0; start < grid.length; start += step) {
      const end = Math.min(grid.length, start + step) - 1;
      const first = methodPath(this.ids, range, 'getRow', [start]);
      const lastRow = methodPath(this.ids, range, 'getRow', [end]);
      const slice = methodPath(this.ids, first, 'getBoundingRect', [lastRow.id], [lastRow]);
      this.add(slice, { kind: 'set', name, value: grid.slice(start, end + 1) });
    }
  }
}

function isBigGrid(v: unknown): v is unknown[][] {
  return Array.isArray(v) && Array.isArray(v[0]) && v.length * (v[0] as unknown[]).length > BULK_CELLS;
}

/** Walks a path's chain as _updateLastUsedActionIdOfObjectPathId does, collecting ids not yet claimed. */
function markLastUse(path: WirePath | null, claimed: Set<number>, out: number[]): void {
  for (let p = path; p && !claimed.has(p.id); p = p.parent) {
    claimed.add(p.id);
    out.push(p.id);
    for (const a of p.argPaths ?? []) markLastUse(a, claimed, out);
  }
}
