import { validate } from '../../../src/engine/validate/validate';
import { rules } from '../../../src/engine/validate/rules';
import type { Rule } from '../../../src/engine/validate/types';
import { fakeCatalogue } from './fake-catalogue';
import { BROMLEY_YEARS, actionPlan, cell, context, targetsTable, type RowSpec } from './build';

const ni55: RowSpec = {
  code: 'NI 55',
  title: 'Obesity in primary school age children in Reception Year',
  values: [
    cell.status('new', 'new indicator'),
    cell.pct(6.94),
    cell.pct(8.4, '8.4% (9.9%)', 9.9),
    cell.pct(7.3, '7.3% (9.6%)', 9.6),
    cell.bare(8),
    cell.bare(8),
    cell.bare(8),
  ],
};

describe('rules registry', () => {
  it('has one rule per id, each with a title', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^NI-[A-Z-]+$/);
      expect(r.title.length).toBeGreaterThan(5);
    }
  });
});

describe('validate', () => {
  it('sorts by sheet (in table order), row, column, then severity', () => {
    const a = targetsTable({
      sheet: 'Table A',
      years: BROMLEY_YEARS,
      rows: [{ ...ni55, code: 'NI 250', title: 'Under 18 conception rate' }, ni55],
    });
    const b = actionPlan({ sheet: 'Action plan', tasks: [{ number: '1.1', text: 'x', deadline: 'TBC' }] });
    const f = validate(
      context([b, a], {
        asOf: '2009-06-01',
        notes: [{ sheet: 'Table A', cell: 'A1', message: 'Read the header from two rows.' }],
      }),
    );
    expect(f.map((x) => `${x.sheet}!${x.cell} ${x.rule}`)).toEqual([
      'Action plan!C2 NI-DEADLINE-UNREADABLE',
      'Table A!A1 NI-RECOGNITION',
      'Table A!A3 NI-CODE-UNKNOWN',
      // NI 250 has no definition: its bare 8s are read as % from the row, but no polarity is known
      'Table A!G3 NI-UNIT-MISMATCH',
      'Table A!H3 NI-UNIT-MISMATCH',
      'Table A!I3 NI-UNIT-MISMATCH',
      'Table A!G4 NI-UNIT-MISMATCH',
      'Table A!H4 NI-UNIT-MISMATCH',
      'Table A!H4 NI-TARGET-POLARITY',
      'Table A!I4 NI-UNIT-MISMATCH',
      'Table A!I4 NI-TARGET-POLARITY',
    ]);
    expect(f.find((x) => x.rule === 'NI-RECOGNITION')).toMatchObject({
      severity: 'info',
      message: 'Read the header from two rows.',
    });
  });

  it('turns a rule that throws into one NI-INTERNAL finding and still runs the others', () => {
    const broken: Rule = {
      id: 'NI-BROKEN',
      severity: 'error',
      title: 'A rule with a bug',
      check: () => {
        throw new Error('boom');
      },
    };
    const table = targetsTable({ sheet: 'Table A', years: BROMLEY_YEARS, rows: [ni55] });
    const f = validate(context([table], { asOf: '2009-06-01' }), [broken, ...rules]);
    const internal = f.filter((x) => x.rule === 'NI-INTERNAL');
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatchObject({ severity: 'error', sheet: 'Table A', cell: 'A1' });
    expect(internal[0].message).toContain('NI-BROKEN (A rule with a bug) failed and was skipped: boom');
    expect(f.filter((x) => x.rule === 'NI-UNIT-MISMATCH')).toHaveLength(3);
  });

  it('returns nothing for an empty workbook', () => {
    expect(validate(context([]))).toEqual([]);
  });

  it('gives the same answers at scale: 100k indicator rows on 100 sheets', () => {
    const defs = fakeCatalogue().national();
    const tables = [];
    for (let sheet = 0; sheet < 100; sheet++) {
      const rows: RowSpec[] = [];
      for (let r = 0; r < 1000; r++) {
        const i = sheet * 1000 + r;
        const d = defs[i % defs.length];
        const base = (i % defs.length) + 20;
        rows.push({
          code: r === 0 ? 'NI 250' : d.code,
          title: d.title,
          values: [
            cell.pct(base),
            cell.pct(base + 1),
            cell.empty(),
            cell.pct(base + 2),
            r % 10 === 0 ? cell.bare(base) : cell.pct(base),
            cell.pct(base + 3),
            r % 7 === 0 ? cell.text('see notes') : cell.empty(),
          ],
        });
      }
      tables.push(targetsTable({ sheet: `Sheet ${sheet}`, years: BROMLEY_YEARS, rows }));
    }
    const ctx = context(tables, { asOf: '2009-06-01' });
    // speed is measured by `npm run bench`, not here; this checks that scale changes no answer
    const f = validate(ctx);
    expect(f.filter((x) => x.rule === 'NI-CODE-UNKNOWN')).toHaveLength(100);
    expect(f.filter((x) => x.rule === 'NI-VALUE-UNREADABLE')).toHaveLength(100 * 143);
  });
});
