/**
 * A plan cut into requests under the size budget. Most plans fit one request;
 * a very large values or number-format write is split by rows first, so no
 * single call is over the limit, then ops are packed in order.
 */
import { parseRangeA1, rangeA1 } from '../../engine/model/a1';
import type { WriteOp } from '../../engine/model/plan';
import { CALL_BYTES, cells, packBySize } from './budget';

type ValuesOp = Extract<WriteOp, { op: 'values' }>;
type StyleOp = Extract<WriteOp, { op: 'style' }>;

function valueBytes(op: ValuesOp): number {
  let n = CALL_BYTES;
  for (const row of op.values)
    for (const v of row) n += typeof v === 'string' ? v.length + 4 : v === null ? 3 : 8;
  return n;
}

function styleBytes(op: StyleOp): number {
  const { numberFormat: fmt, border, ...rest } = op.style;
  // one call per field that is set (getting the range is one more); borders are up to six
  // edges with a style and a weight each; the number format goes as a full grid
  let calls = 1;
  for (const v of Object.values(rest)) if (v !== undefined) calls++;
  if (border !== undefined) calls += 12;
  return CALL_BYTES * calls + (fmt === undefined ? 0 : cells(parseRangeA1(op.range)) * (fmt.length + 3));
}

/** Estimated bytes an op adds to a request. */
export function opBytes(op: WriteOp): number {
  if (op.op === 'values') return valueBytes(op);
  if (op.op === 'style') return styleBytes(op);
  if (op.op === 'columnWidths') return CALL_BYTES * (1 + op.widths.length);
  if (op.op === 'rowHeights') return CALL_BYTES * (1 + op.heights.length);
  return CALL_BYTES * 4;
}

/** Rows per piece so a piece of this op fits the limit. */
function rowsPerPiece(bytes: number, rows: number, limit: number): number {
  return Math.max(1, Math.floor((rows * limit) / bytes));
}

function splitRows(op: ValuesOp | StyleOp, limit: number): WriteOp[] {
  const bytes = opBytes(op);
  if (bytes <= limit) return [op];
  const r = parseRangeA1(op.range);
  const rows = r.r1 - r.r0 + 1;
  const step = rowsPerPiece(bytes, rows, limit);
  const out: WriteOp[] = [];
  for (let i = 0; i < rows; i += step) {
    const range = rangeA1({ r0: r.r0 + i, c0: r.c0, r1: Math.min(r.r1, r.r0 + i + step - 1), c1: r.c1 });
    out.push(op.op === 'values' ? { ...op, range, values: op.values.slice(i, i + step) } : { ...op, range });
  }
  return out;
}

type HeightsOp = Extract<WriteOp, { op: 'rowHeights' }>;

/** A long list of row heights (one per Table A row) in pieces that each fit a request. */
function splitHeights(op: HeightsOp, limit: number): WriteOp[] {
  const per = Math.max(1, Math.floor(limit / CALL_BYTES) - 1);
  if (op.heights.length <= per) return [op];
  const out: WriteOp[] = [];
  for (let i = 0; i < op.heights.length; i += per) out.push({ ...op, heights: op.heights.slice(i, i + per) });
  return out;
}

export function planBlocks(ops: WriteOp[], limit: number): { items: WriteOp[]; bytes: number }[] {
  const pieces = ops.flatMap((op) =>
    op.op === 'values' || op.op === 'style'
      ? splitRows(op, limit)
      : op.op === 'rowHeights'
        ? splitHeights(op, limit)
        : [op],
  );
  return packBySize(pieces, opBytes, limit);
}
