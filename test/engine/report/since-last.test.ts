/**
 * Since last time: each report records every indicator's RAG in the add-in's record,
 * and the next report shows whether it moved and what it was then. The record goes
 * through the registry's own rows (written, then read back as a workbook holds them).
 */
import {
  emptyRegistry,
  readRegistry,
  registryOps,
  type Registry,
} from '../../../src/engine/ownership/registry';
import { REGISTRY_SHEET } from '../../../src/engine/model/plan';
import { readHistory, withRatingRecords, parseRecords } from '../../../src/engine/report/report-history';
import { sinceText } from '../../../src/engine/report/since-last';
import { buildTableA } from '../../../src/engine/report/table-a';
import type { TableAModel, TableARow } from '../../../src/engine/report/types';
import type { SheetSpec } from '../../fixtures/spec';
import { toSnapshot } from '../../fixtures/spec';
import { pct } from '../../fixtures/typed';
import { inputsFor } from './helpers';

const rows = (m: TableAModel): TableARow[] => m.groups.flatMap((g) => g.rows);

function under(m: TableAModel, code: string, header: string): string {
  const col = m.columns.find((c) => c.header === header);
  if (!col) throw new Error(`no column ${header}`);
  return rows(m).find((r) => r.code === code)!.cells[col.key] ?? '';
}

/** NI 59's 2009/10 actual is `ni59`; NI 60 stays Green; the extra row appears only when given. */
function plan(ni59: number, extra = false): SheetSpec[] {
  return [
    {
      name: 'Plan',
      rows: [
        ['NI', 'Indicator', '2008/09 Actual', '2009/10 Actual', '2009/10 Target'],
        ['NI 59', 'Initial assessments within 7 working days', pct(0.6), pct(ni59), pct(0.75, 0)],
        ['NI 60', 'Core assessments within 35 days', pct(0.7), pct(0.85), pct(0.8, 0)],
        ...(extra ? [['NI 62', 'Stability of placements', pct(0.1), pct(0.09), pct(0.1, 0)]] : []),
      ],
    },
  ];
}

/** The registry as a workbook holds it after the report's write: rows on the hidden sheet, read back. */
function storedAfter(registry: Registry): Registry {
  const op = registryOps(registry).find((o) => o.op === 'values');
  if (!op || op.op !== 'values') throw new Error('no registry write');
  return readRegistry(
    toSnapshot({ name: 'x', sheets: [{ name: REGISTRY_SHEET, rows: op.values as string[][] }] }),
  );
}

function report(
  sheets: SheetSpec[],
  asOf: string,
  before: Registry,
): { model: TableAModel; after: Registry } {
  const model = buildTableA({ ...inputsFor(sheets, { asOf }), history: readHistory(before) });
  return { model, after: storedAfter(withRatingRecords(before, model.records ?? [], asOf)) };
}

describe('the first report', () => {
  const { model, after } = report(plan(0.7), '2010-03-31', emptyRegistry());

  it('says there is no earlier one and shows no empty columns', () => {
    expect(model.columns.some((c) => c.kind === 'movement')).toBe(false);
    expect(model.legend).toContain(
      'This is the first report made from this workbook: there is no earlier report to compare ratings with.',
    );
  });

  it("records each indicator's RAG and the report date in the add-in's record", () => {
    const recorded = after.entries.filter((e) => e.kind === 'rating');
    expect(recorded.map((e) => [e.sheet, e.range, e.detail])).toEqual([
      ['Plan', 'NI 59', '2010-03-31: Red'],
      ['Plan', 'NI 60', '2010-03-31: Green'],
    ]);
  });
});

describe('the next report, after an actual changed', () => {
  const first = report(plan(0.7), '2010-03-31', emptyRegistry());
  // NI 59 reaches 74%: inside 5% of its 75% target, so Amber; NI 62 is new to the plan
  const second = report(plan(0.74, true), '2010-06-30', first.after);

  it('shows the movement and the RAG then in one last column, "Since last report"', () => {
    expect(second.model.columns.at(-1)).toMatchObject({ header: 'Since last report', kind: 'movement' });
    expect(under(second.model, 'NI 59', 'RAG')).toBe('Amber');
    expect(under(second.model, 'NI 59', 'Since last report')).toBe('▲ Improved from Red');
    expect(under(second.model, 'NI 60', 'Since last report')).toBe('► Same');
  });

  it('says a row the last report did not have was not in it', () => {
    expect(under(second.model, 'NI 62', 'Since last report')).toBe('Not in last report');
  });

  it('names the last report in the key', () => {
    expect(second.model.legend.join('\n')).toContain('as at 31 March 2010');
  });

  it('made again the same day, still compares with the report before, and records the same', () => {
    const again = report(plan(0.74, true), '2010-06-30', second.after);
    expect(under(again.model, 'NI 59', 'Since last report')).toBe('▲ Improved from Red');
    expect(again.after.entries).toEqual(second.after.entries);
  });

  it('a later report compares with the second, and a fall reads Declined', () => {
    const third = report(plan(0.5, true), '2010-09-30', second.after);
    expect(under(third.model, 'NI 59', 'Since last report')).toBe('▼ Declined from Amber');
    const ni59 = third.after.entries.find((e) => e.kind === 'rating' && e.range === 'NI 59');
    expect(ni59?.detail).toBe('2010-09-30: Red; 2010-06-30: Amber');
  });
});

it('says what the RAG was where a report could not rate the row', () => {
  expect(sinceText('Red', null)).toBe('Was Red');
  expect(sinceText('Not rated', 'Green')).toBe('Was not rated');
});

it('reads only well-formed records: a hand-edited detail is skipped, not misread', () => {
  expect(
    parseRecords('2010-03-31: Green; 31/03/2010: Red; 2010-06-30: Purple; 2010-06-30: Not rated'),
  ).toEqual([
    { date: '2010-03-31', rag: 'Green' },
    { date: '2010-06-30', rag: 'Not rated' },
  ]);
});
