/** Small edits several families share. */
import type { ColSpec, TableSpec } from '../spec';

/** Insert columns right after the last year column. */
export function afterYears(spec: TableSpec, cols: ColSpec[]): void {
  let last = -1;
  spec.columns.forEach((c, i) => {
    if (c.kind === 'year') last = i;
  });
  spec.columns.splice(last + 1, 0, ...cols);
}

/** Insert columns before the first year column. */
export function beforeYears(spec: TableSpec, cols: ColSpec[]): void {
  const first = spec.columns.findIndex((c) => c.kind === 'year');
  spec.columns.splice(first < 0 ? spec.columns.length : first, 0, ...cols);
}

export function codeColumn(spec: TableSpec): Extract<ColSpec, { kind: 'code' }> | null {
  return (
    (spec.columns.find((c) => c.kind === 'code') as Extract<ColSpec, { kind: 'code' }> | undefined) ?? null
  );
}

export function titleColumn(spec: TableSpec): Extract<ColSpec, { kind: 'title' }> | null {
  return (
    (spec.columns.find((c) => c.kind === 'title') as Extract<ColSpec, { kind: 'title' }> | undefined) ?? null
  );
}

/** Headers made unique and non-empty, as an Excel table's columns must be. */
export function uniqueHeaders(spec: TableSpec): void {
  const seen = new Set<string>();
  spec.columns.forEach((c, i) => {
    if (!('header' in c)) return;
    let h = c.header === '' ? `Column${i + 1}` : c.header;
    while (seen.has(h)) h = `${h} 2`;
    seen.add(h);
    c.header = h;
  });
}
