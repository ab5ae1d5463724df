/**
 * Phase 3 of a read in pieces: row blocks of the used ranges (and hidden-row probes),
 * sized to stay under Excel's request limit. The first answer shows what this
 * workbook's cells weigh and the rest is cut to that; a batch Excel still refuses as
 * too big is read again in halves.
 */
import type { RangeRef } from '../../engine/model/snapshot';
import { blockReadBytes, type Budget, PROBE_BYTES, rowBlocks } from './budget';

/** A piece of phase 3: one row block of a used range, or one row's hidden flag. */
export type Piece =
  | { kind: 'block'; sheet: number; area: RangeRef; range?: Excel.Range }
  | { kind: 'probe'; sheet: number; row: number; range?: Excel.Range };

export function pieceBytes(p: Piece, budget: Budget): number {
  return p.kind === 'block' ? blockReadBytes(p.area, budget) : PROBE_BYTES;
}

const TOO_BIG = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

export function isTooBig(e: unknown): boolean {
  return typeof e === 'object' && e !== null && TOO_BIG.has((e as { code?: string }).code ?? '');
}

/**
 * A refused batch in two: its pieces in two runs, or a lone block in two row
 * blocks. Null when a single row of one block is already too big to read.
 */
export function halve(items: Piece[]): Piece[][] | null {
  if (items.length > 1) {
    const mid = Math.ceil(items.length / 2);
    return [items.slice(0, mid), items.slice(mid)];
  }
  const p = items[0];
  if (p.kind !== 'block' || p.area.r0 === p.area.r1) return null;
  const mid = p.area.r0 + Math.floor((p.area.r1 - p.area.r0 + 1) / 2);
  return [
    [{ kind: 'block', sheet: p.sheet, area: { ...p.area, r1: mid - 1 } }],
    [{ kind: 'block', sheet: p.sheet, area: { ...p.area, r0: mid } }],
  ];
}

/** Cells a first answer must hold before its weight per cell is trusted. */
export const LEARN_FROM_CELLS = 10_000;
/**
 * Headroom over the weight measured: later rows may hold longer texts. Small, because
 * the 4 MB budget already leaves a fifth under Excel's 5 MB, and a block that still
 * comes back too big is read again in halves.
 */
export const MARGIN = 1.1;
/** An empty cell still answers "","General" and two commas. */
export const MIN_CELL_BYTES = 13;

/** JSON bytes of a value in an answer, with its comma. */
function jsonBytes(v: unknown): number {
  if (typeof v === 'string') return v.length + 3;
  if (typeof v === 'number') return String(v).length + 1;
  return 6;
}

/** What the blocks read so far answered, in cells and bytes of values and number formats. */
export function answered(pieces: Piece[]): { cells: number; bytes: number } {
  let n = 0;
  let bytes = 0;
  for (const p of pieces) {
    if (p.kind !== 'block' || !p.range) continue;
    const vs = p.range.values as unknown[][];
    const fs = p.range.numberFormat as unknown[][];
    for (let i = 0; i < vs.length; i++) {
      const row = vs[i];
      n += row.length;
      for (let j = 0; j < row.length; j++) bytes += jsonBytes(row[j]) + jsonBytes(fs[i][j]);
    }
  }
  return { cells: n, bytes };
}

/** Unread pieces with each sheet's unread rows cut again into blocks of a new size; probes as they were. */
export function recut(items: Piece[], budget: Budget): Piece[] {
  const out: Piece[] = [];
  let run: { sheet: number; area: RangeRef } | null = null;
  const flush = (): void => {
    if (run)
      for (const a of rowBlocks(run.area, budget)) out.push({ kind: 'block', sheet: run.sheet, area: a });
    run = null;
  };
  for (const p of items) {
    if (p.kind === 'block') {
      const joins = run !== null && run.sheet === p.sheet && run.area.r1 + 1 === p.area.r0;
      if (joins) run!.area = { ...run!.area, r1: p.area.r1 };
      else {
        flush();
        run = { sheet: p.sheet, area: { ...p.area } };
      }
      continue;
    }
    flush();
    out.push(p);
  }
  flush();
  return out;
}
