/**
 * Each family makes what it says, and every layout's truth agrees with its grid:
 * codes are in the row's cells, the RAG is what the rated year's cells give, rows
 * sit inside their table below its header, tables do not overlap.
 */
import { generateCorpus } from '../../corpus/generate';
import { FAMILIES } from '../../corpus/families';
import type { Layout, TruthTable } from '../../corpus/model';
import { cellAt } from '../../src/engine/model/snapshot';
import type { SheetSnapshot } from '../../src/engine/model/snapshot';
import { codesIn, ragFromGrid, rowTexts } from './truth-check';

const PER_FAMILY = 24;
const byFamily = new Map<string, Layout[]>(
  FAMILIES.map((f) => [f.name, [...generateCorpus({ seed: 3, count: PER_FAMILY, family: f.name })]]),
);
const all = [...byFamily.values()].flat();

function sheetOf(l: Layout, t: TruthTable): SheetSnapshot {
  const s = l.snapshot.sheets.find((x) => x.name === t.sheet);
  if (!s) throw new Error(`${l.id}: no sheet ${t.sheet}`);
  return s;
}

function tables(name: string): [Layout, TruthTable][] {
  return (byFamily.get(name) ?? []).flatMap((l) => l.truth.tables.map((t): [Layout, TruthTable] => [l, t]));
}

function codeForm(v: unknown): string {
  if (typeof v === 'number') return 'number';
  const t = String(v);
  if (/^NI 0\d/.test(t)) return 'NI 056';
  if (/^NI \d/.test(t)) return 'NI 112';
  if (/^NI\d/.test(t)) return 'NI112';
  if (/^N1? ?\d/.test(t)) return 'N1 117';
  if (/^\d/.test(t)) return 'text 112';
  return t;
}

function text(s: SheetSnapshot, excelRow: number, col: number): string {
  const v = cellAt(s, excelRow - 1, col);
  return v === null ? '' : String(v);
}

describe('every layout: the truth agrees with the grid', () => {
  it('has a code in each coded row (sub-rows: the parent above has it)', () => {
    for (const l of all) {
      for (const t of l.truth.tables) {
        const s = sheetOf(l, t);
        for (const r of t.rows) {
          if (r.code === null) {
            expect(['item', 'local']).toContain(r.kind);
            continue;
          }
          if (r.kind === 'sub') continue;
          const want = r.kind === 'parent' ? r.code.replace(/[a-h]$/, '') : r.code;
          const found = rowTexts(s, r.row - 1, t.range.c0, t.range.c1).flatMap(codesIn);
          if (!found.includes(want))
            throw new Error(`${l.id} row ${r.row}: ${want} not in ${found.join(', ')}`);
        }
      }
    }
  });

  it('has sub-rows right under their parent, with its code and their own letter', () => {
    for (const l of all) {
      for (const t of l.truth.tables) {
        t.rows.forEach((r, i) => {
          if (r.kind !== 'sub') return;
          const above = t.rows[i - 1];
          expect(above.row).toBe(r.row - 1);
          expect(['parent', 'sub']).toContain(above.kind);
          expect(r.code?.slice(0, -1)).toBe(above.code?.slice(0, -1));
          expect(r.code).not.toBe(above.code);
        });
      }
    }
  });

  it('gives each rated row the RAG its actual and target cells give', () => {
    let checked = 0;
    for (const l of all) {
      for (const t of l.truth.tables) {
        for (const r of t.rows) {
          if (!r.rag) continue;
          const rag = ragFromGrid(l, t, r);
          if (rag !== r.rag) throw new Error(`${l.id} ${t.sheet} row ${r.row}: truth ${r.rag}, grid ${rag}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1500);
  });

  it('keeps rows inside their table, below its header, and tables apart', () => {
    for (const l of all) {
      for (const t of l.truth.tables) {
        const top = Math.min(...t.headerRows);
        for (const r of t.rows) {
          expect(r.row - 1).toBeGreaterThanOrEqual(t.range.r0);
          expect(r.row - 1).toBeLessThanOrEqual(t.range.r1);
          expect(r.row).toBeGreaterThan(top);
          expect(t.headerRows).not.toContain(r.row);
        }
      }
      const ts = l.truth.tables;
      for (let i = 0; i < ts.length; i++)
        for (let j = i + 1; j < ts.length; j++) {
          const [a, b] = [ts[i].range, ts[j].range];
          const apart =
            ts[i].sheet !== ts[j].sheet || a.r1 < b.r0 || b.r1 < a.r0 || a.c1 < b.c0 || b.c1 < a.c0;
          expect(apart).toBe(true);
        }
    }
  });
});

describe('each family makes what it says', () => {
  it('leading-columns: ignored columns before the code, holding 1.1.1 or priority numbers', () => {
    for (const [l, t] of tables('leading-columns')) {
      const code = t.columns.findIndex((c) => c.role === 'code');
      expect(code).toBeGreaterThan(0);
      expect(t.columns.slice(0, code).every((c) => c.role === 'ignore')).toBe(true);
      const first = t.rows[0].row;
      const lead = t.columns.slice(0, code).map((c) => text(sheetOf(l, t), first, c.col));
      expect(lead.every((v) => v === '' || /^\d+(\.\d+)*$/.test(v))).toBe(true);
    }
  });

  it('code-columns: the code column is headed Code / Ref / PI / NI... or a title word, and holds every form', () => {
    const forms = new Set<string>();
    const headers = new Set<string>();
    const places = new Set<string>();
    for (const [l, t] of tables('code-columns')) {
      const col = t.columns.find((c) => c.role === 'code');
      expect(col?.header).toMatch(
        /^(Code|Ref\.?|PI|NI|Indicator ref|NI No\.|PI Ref|Indicator|National Indicator|Measure ID)$/,
      );
      headers.add(
        /^(Indicator|National Indicator|Measure ID)$/.test(col?.header ?? '') ? 'title word' : 'code word',
      );
      const years = t.columns
        .filter((c) => ['actual', 'baseline', 'target'].includes(c.role))
        .map((c) => c.col);
      places.add((col?.col ?? 0) > Math.max(...years) ? 'after the figures' : 'before the figures');
      for (const r of t.rows) {
        const v = cellAt(sheetOf(l, t), r.row - 1, col?.col ?? -1);
        forms.add(codeForm(v));
      }
    }
    expect([...forms].sort()).toEqual(['N1 117', 'NI 056', 'NI 112', 'NI112', 'number', 'text 112']);
    expect([...headers].sort()).toEqual(['code word', 'title word']);
    expect([...places].sort()).toEqual(['after the figures', 'before the figures']);
  });

  it('codes-in-titles: no code column, the code inside the title cell, at every position', () => {
    const where = new Set<string>();
    for (const [l, t] of tables('codes-in-titles')) {
      expect(t.columns.some((c) => c.role === 'code')).toBe(false);
      const title = t.columns.find((c) => c.role === 'title');
      for (const r of t.rows.filter((x) => x.kind === 'indicator')) {
        const cell = text(sheetOf(l, t), r.row, title?.col ?? -1);
        expect(codesIn(cell)).toContain(r.code);
        const at = cell.search(/N[I1]?\s?\d/);
        where.add(at <= 1 ? 'start' : at + 12 >= cell.length ? 'end' : 'middle');
        if (cell.includes('(N')) where.add('brackets');
      }
    }
    expect([...where].sort()).toEqual(['brackets', 'end', 'middle', 'start']);
  });

  it('text-columns: two or more text columns besides the title, the title not always first', () => {
    let titleNotFirst = 0;
    for (const [, t] of tables('text-columns')) {
      const texts = t.columns.filter((c) => c.role === 'ignore' || c.role === 'notes');
      expect(texts.length).toBeGreaterThanOrEqual(2);
      const firstText = t.columns.find((c) => ['title', 'ignore', 'notes'].includes(c.role));
      if (firstText?.role !== 'title') titleNotFirst++;
    }
    expect(titleNotFirst).toBeGreaterThan(0);
  });

  it('header-rows: one-, two- and three-row headers', () => {
    const depths = new Set(tables('header-rows').map(([, t]) => t.headerRows.length));
    expect([...depths].sort()).toEqual([1, 2, 3]);
  });

  it('bands: a band merged across years in the top header row, some years merged down through it', () => {
    let down = 0;
    for (const [l, t] of tables('bands')) {
      const s = sheetOf(l, t);
      const top = t.headerRows[0] - 1;
      const across = s.merges.filter((m) => m.r0 === top && m.r1 === top && m.c1 > m.c0);
      const bandText = across.map((m) => text(s, top + 1, m.c0));
      expect(across.length + s.merges.filter((m) => m.r0 === top && m.r1 > top).length).toBeGreaterThan(0);
      for (const b of bandText) expect(b).toMatch(/actual|outturn|performance|target|trajectory|baseline/i);
      if (s.merges.some((m) => m.r0 === top && m.r1 > top && t.columns.some((c) => c.col === m.c0 && c.year)))
        down++;
    }
    expect(down).toBeGreaterThan(0);
  });

  it('year-labels: the spellings officers use', () => {
    const headers = tables('year-labels').flatMap(([, t]) => t.columns.map((c) => c.header));
    for (const re of [
      /\b20\d\d\/\d\d\b/,
      /\b20\d\d-\d\d\b/,
      /(^|\s)\d\d\/\d\d\b/,
      /20\d\d\/20\d\d/,
      /FY 20/,
      /Ac Yr 20/,
      /Q1 /,
      /Outturn/,
    ])
      expect(headers.some((h) => re.test(h))).toBe(true);
  });

  it('status-columns and comparators: their columns after the years', () => {
    for (const [, t] of tables('status-columns'))
      expect(t.columns.some((c) => c.role === 'status')).toBe(true);
    for (const [, t] of tables('comparators'))
      expect(t.columns.some((c) => c.role === 'comparator')).toBe(true);
  });

  it('typed-values: values typed as text with comparators, marks and statuses', () => {
    const cells = tables('typed-values').flatMap(([l, t]) => {
      const s = sheetOf(l, t);
      return t.rows.flatMap((r) => t.columns.filter((c) => c.year).map((c) => text(s, r.row, c.col)));
    });
    for (const re of [/%\s\(\d/, /prov'l/, /^(nya|N\/A|TBC|New|Not|No target|ceased)/, /^\d+(\.\d+)?$/])
      expect(cells.some((c) => re.test(c))).toBe(true);
  });

  it('key-tokens: a key on the sheet, X for a new indicator (no RAG), * for provisional', () => {
    for (const l of byFamily.get('key-tokens') ?? []) {
      const cells = l.snapshot.sheets.flatMap((s) => s.values.flat()).map(String);
      expect(cells).toContain('Key');
      expect(cells.some((c) => /^X( = |$)/.test(c))).toBe(true);
    }
    for (const [l, t] of tables('key-tokens')) {
      const actual = t.columns.find((c) => c.role === 'actual' && c.year === t.ratedYear && !c.quarter);
      for (const r of t.rows)
        if (actual && text(sheetOf(l, t), r.row, actual.col) === 'X') expect(r.rag).toBeNull();
    }
  });

  it('sub-rows: coded parents with lettered sub-rows, and lettered lists with no code', () => {
    const kinds = new Set(tables('sub-rows').flatMap(([, t]) => t.rows.map((r) => r.kind)));
    expect([...kinds]).toEqual(expect.arrayContaining(['parent', 'sub', 'item']));
    for (const [l, t] of tables('sub-rows')) {
      const title = t.columns.find((c) => c.role === 'title');
      for (const r of t.rows.filter((x) => x.kind === 'item')) {
        expect(text(sheetOf(l, t), r.row, title?.col ?? -1)).toMatch(/^\(?[a-h][.)]\s/);
      }
    }
  });

  it('outcome-groups: rows under outcome headings, some headers repeated', () => {
    const grouped = tables('outcome-groups').filter(([, t]) => t.rows.some((r) => r.group !== null));
    expect(grouped.length).toBeGreaterThan(PER_FAMILY / 2);
    expect(tables('outcome-groups').some(([, t]) => t.headerRows.length > 1)).toBe(true);
  });

  it('excel-tables: an Excel table over the header and rows; a totals row is no indicator', () => {
    let totals = 0;
    for (const [l, t] of tables('excel-tables')) {
      const s = sheetOf(l, t);
      const lo = s.tables.find((x) => x.name === t.listObject);
      expect(lo).toBeDefined();
      if (!lo) continue;
      expect(t.headerRows).toContain(lo.range.r0 + 1);
      const last = lo.range.r1 + 1;
      if (text(s, last, lo.range.c0) === 'Total') {
        totals++;
        expect(t.rows.some((r) => r.row === last)).toBe(false);
      }
    }
    expect(totals).toBeGreaterThan(0);
  });

  it('multi-table: two or three tables on a sheet, stacked or side by side', () => {
    let beside = 0;
    for (const l of byFamily.get('multi-table') ?? []) {
      const ts = l.truth.tables;
      expect(ts.length).toBeGreaterThanOrEqual(2);
      expect(new Set(ts.map((t) => t.sheet)).size).toBe(1);
      if (ts[1].range.r0 === ts[0].range.r0) beside++;
    }
    expect(beside).toBeGreaterThan(0);
  });

  it('notes-beside and distractors: cells outside every table (or a notes column in it)', () => {
    for (const name of ['notes-beside', 'distractors']) {
      for (const l of byFamily.get(name) ?? []) {
        if (l.truth.tables.some((t) => t.columns.some((c) => c.role === 'notes'))) continue;
        const inside = (sheet: string, r: number, c: number): boolean =>
          l.truth.tables.some(
            (t) =>
              t.sheet === sheet &&
              r >= t.range.r0 - 1 &&
              r <= t.range.r1 &&
              c >= t.range.c0 &&
              c <= t.range.c1,
          );
        const outside = l.snapshot.sheets.some((s) =>
          s.values.some((row, i) =>
            row.some((v, j) => v !== null && !inside(s.name, s.origin.row + i, s.origin.col + j)),
          ),
        );
        expect(outside).toBe(true);
      }
    }
  });

  it('local-codes: CSC codes, defined on a Definitions sheet in most layouts', () => {
    let defined = 0;
    for (const l of byFamily.get('local-codes') ?? []) {
      expect(l.truth.tables[0].rows.some((r) => r.code?.startsWith('CSC '))).toBe(true);
      if (l.snapshot.sheets.some((s) => s.name === 'Definitions')) defined++;
    }
    expect(defined).toBeGreaterThan(PER_FAMILY / 3);
  });

  it('combined: three to five families in one layout', () => {
    for (const l of byFamily.get('combined') ?? []) expect(l.features.length).toBeGreaterThanOrEqual(4);
  });
});
