/**
 * A Table A too long for a board paper: the Word export lists the exceptions (Red,
 * then Amber) up to WORD_TABLE_A_ROWS, counts every rating by outcome, and says where
 * the full table is; the HTML keeps every row. And the trajectory's expected figure
 * stays on one line in both.
 */
import type { RagWord, TableAModel, TableARow } from '../../src/engine/report/types';
import { toDocx } from '../../src/export/docx';
import { toHtml } from '../../src/export/html';
import { WORD_TABLE_A_ROWS, tableAForWord } from '../../src/export/word-table-a';
import { bromleyTableAModel } from './bromley-models';
import { docxPart, first, kids, textOf } from './docx-xml';

const RAGS: (RagWord | null)[] = ['Green', 'Green', 'Amber', 'Red', null];

/** Bromley's columns with `n` generated rows over two outcome groups, RAG cycling through RAGS. */
function bigModel(n: number): TableAModel {
  const base = bromleyTableAModel();
  const template = base.groups[0].rows[0];
  const groups = [
    { title: 'Be Healthy', rows: [] as TableARow[] },
    { title: 'Stay Safe', rows: [] as TableARow[] },
  ];
  for (let i = 0; i < n; i++) {
    const rag = RAGS[i % RAGS.length];
    groups[i % 2].rows.push({
      ...template,
      code: `L ${i + 1}`,
      description: `Indicator ${i + 1}`,
      rag,
      cells: {
        ...template.cells,
        code: `L ${i + 1}`,
        description: `Indicator ${i + 1}`,
        rag: rag ?? 'Not rated: no target',
      },
    });
  }
  return { ...base, groups };
}

const codesOf = (m: TableAModel) => m.groups.flatMap((g) => g.rows.map((r) => r.code));

describe('Table A in Word past WORD_TABLE_A_ROWS', () => {
  it('keeps every row of a table that fits', () => {
    const m = bigModel(WORD_TABLE_A_ROWS);
    const w = tableAForWord(m);
    expect(w.model).toBe(m);
    expect(w.note).toBeNull();
  });

  it('lists the Red rows first, then Amber, up to the limit, in table order', () => {
    const m = bigModel(3000); // 600 Red, 600 Amber
    const w = tableAForWord(m);
    const shown = w.model.groups.flatMap((g) => g.rows);
    expect(shown).toHaveLength(WORD_TABLE_A_ROWS);
    expect(shown.every((r) => r.rag === 'Red')).toBe(true);
    expect(w.note).toContain('Table A has 3,000 indicators');
    expect(w.note).toContain('the first 500 indicators rated Red (of 600 Red and 600 Amber)');
    const all = w.counts!.find((c) => c.group === 'All indicators')!.count;
    expect(all).toEqual({ Green: 1200, Amber: 600, Red: 600, 'Not rated': 600, total: 3000 });
  });

  it('shows every exception when they fit, Red and Amber alike', () => {
    const m = bigModel(1000); // 200 Red, 200 Amber
    const w = tableAForWord(m);
    const shown = w.model.groups.flatMap((g) => g.rows);
    expect(shown).toHaveLength(400);
    expect(new Set(shown.map((r) => r.rag))).toEqual(new Set(['Red', 'Amber']));
    // the order within the table is the source's, not Red-then-Amber
    const order = codesOf(m).filter((c) => shown.some((r) => r.code === c));
    expect(codesOf(w.model)).toEqual(order.filter((c) => codesOf(w.model).includes(c)));
    expect(w.note).toContain('all 400 indicators rated Red or Amber');
  });

  it('the Word paper says so and prints the counts; the HTML keeps every row', async () => {
    const m = bigModel(700); // 140 Red, 140 Amber
    const doc = await docxPart(await toDocx(m, null, { title: 'Big' }), 'word/document.xml');
    const body = first(doc, 'w:body')!;
    const paragraphs = kids(body, 'w:p').map(textOf);
    expect(
      paragraphs.some((p) => p.startsWith('Table A has 700 indicators, more than a paper can list')),
    ).toBe(true);
    const [counts, table] = kids(body, 'w:tbl');
    const countRows = kids(counts, 'w:tr').map((tr) => kids(tr, 'w:tc').map(textOf));
    expect(countRows[0]).toEqual(['Outcome', 'Green', 'Amber', 'Red', 'Not rated', 'Total']);
    expect(countRows).toContainEqual(['All indicators', '280', '140', '140', '140', '700']);
    const text = textOf(table);
    expect(text).toContain('L 4'); // the first Red
    expect(text).not.toContain('Indicator 1I'); // guard against run-together text
    expect(text).not.toMatch(/\bL 1\b/); // a Green row is left out
    const html = toHtml(m, null);
    expect((html.match(/<tr>/g) ?? []).length).toBeGreaterThanOrEqual(700);
  }, 30_000);
});

// the line may end after "(expected" (a narrow column would otherwise break the figure), never inside it
describe('the expected figure stays on one line', () => {
  const m = bromleyTableAModel();
  const row = m.groups[0].rows[0];
  // Bromley's model has no trajectory column: its direction column carries the text here
  row.cells.dot = 'Off track (expected -18.73 ppts)';

  it('in HTML, inside a no-wrap span', () => {
    expect(toHtml(m, null)).toContain('Off track (expected <span class="keep">-18.73 ppts)</span>');
  });

  it('in Word, with no-break spaces and a minus sign', async () => {
    const doc = await docxPart(await toDocx(m, null), 'word/document.xml');
    expect(textOf(first(doc, 'w:body')!)).toContain('Off track (expected \u221218.73\u00a0ppts)');
  }, 30_000);
});
