/**
 * `ni-targets validate` as an officer runs it: one workbook holding Bromley's Table A,
 * Oxfordshire's NIS table and a finance sheet. Every indicator row must come back with
 * its code, nothing from the finance sheets, and the JSON must keep its public shape.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { fixtureWorkbook } from '../fixtures/build-fixtures';
import { toXlsx, type WorkbookSpec } from '../fixtures/spec';
import type { AnalysisJson } from '../../src/pipeline/analysis-json';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const combined: WorkbookSpec = {
  name: 'combined',
  sheets: [
    ...fixtureWorkbook('bromley-table-a').sheets,
    ...fixtureWorkbook('oxfordshire-nis').sheets,
    ...fixtureWorkbook('finance').sheets,
  ],
};

let dir: string;
let file: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ni-cli-'));
  file = path.join(dir, 'combined.xlsx');
  fs.writeFileSync(file, await toXlsx(combined));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('ni-targets validate', () => {
  it('finds every indicator row with its code, and nothing on the finance sheets', async () => {
    const json = path.join(dir, 'analysis.json');
    const c = capture();
    const code = await main(
      ['node', 'ni-targets', 'validate', file, '--json', json, '--as-of', '2010-06-30'],
      c.io,
    );
    const a = JSON.parse(fs.readFileSync(json, 'utf8')) as AnalysisJson;

    for (const sheet of combined.sheets) {
      const expected = sheet.expect?.tables ?? [];
      const found = a.tables.filter((t) => t.sheet === sheet.name);
      expect(found.map((t) => [t.kind, t.range])).toEqual(expected.map((t) => [t.kind, t.range]));
      expected.forEach((t, i) => {
        if (!t.rows) return;
        expect(found[i].rows.map((r) => [r.row, r.code])).toEqual(t.rows.map((r) => [r.row, r.code]));
      });
    }
    const finance = combined.sheets.filter((s) => /budget|staff/i.test(s.name)).map((s) => s.name);
    expect(finance.length).toBeGreaterThan(0);
    expect(a.tables.filter((t) => finance.includes(t.sheet))).toEqual([]);

    // the terminal lists each table and the findings by severity with Sheet!Cell
    expect(c.out.join('\n')).toMatch(/Tables found: 2/);
    expect(c.out.join('\n')).toMatch(
      /'NIS 2010-11'!E\d+ {2}\[NI-VALUE-UNREADABLE\]|NIS[^\n]*!E\d+ {2}\[NI-VALUE-UNREADABLE\]/,
    );
    // Oxfordshire's "2 hrs for 95% 5-16s by 2011" cannot be read: an error, so exit 1
    expect(a.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(code).toBe(1);
  });

  it('keeps the public JSON shape, with ratings filled', async () => {
    const json = path.join(dir, 'shape.json');
    await main(['node', 'ni-targets', 'validate', file, '--json', json, '--year', '2008/09'], capture().io);
    const a = JSON.parse(fs.readFileSync(json, 'utf8')) as AnalysisJson;
    expect(a.workbook).toBe('combined.xlsx');
    const t = a.tables[0];
    expect(Object.keys(t)).toEqual(expect.arrayContaining(['sheet', 'range', 'kind', 'rows']));
    const ni55 = t.rows.find((r) => r.code === 'NI 55');
    expect(ni55).toMatchObject({
      group: expect.stringMatching(/healthy/i),
      rag: 'Green',
      ratedYear: '2008/09',
    });
    expect(ni55?.actual).toBeCloseTo(7.3);
    expect(ni55?.target).toBeCloseTo(8);
    // obesity: lower is better, 7.3% after 8.4% the year before
    expect(ni55?.directionReason).toBe(
      'Improving: 7.3% in 2008/09 against 8.4% in 2007/08 (lower is better).',
    );
    expect(ni55?.trajectoryReason).toMatch(
      /^(On|Near|Off) track: expected [\d.]+% in 2008\/09 on the line from/,
    );
    for (const f of a.findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(['rule', 'severity', 'sheet', 'cell', 'message']),
      );
      expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
    }
  });

  it('exits 0 when the workbook has no errors', async () => {
    const clean = path.join(dir, 'clean.xlsx');
    fs.writeFileSync(clean, await toXlsx(fixtureWorkbook('finance')));
    const c = capture();
    expect(await main(['node', 'ni-targets', 'validate', clean], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/No indicator or action-plan tables were found/);
  });

  it('exits 2 with a one-line reason for unusable input', async () => {
    const notXlsx = path.join(dir, 'plan.csv');
    fs.writeFileSync(notXlsx, 'NI,Title\n55,Obesity\n');
    for (const f of [path.join(dir, 'missing.xlsx'), notXlsx]) {
      const c = capture();
      expect(await main(['node', 'ni-targets', 'validate', f], c.io)).toBe(2);
      expect(c.err).toHaveLength(1);
      expect(c.err[0]).toMatch(/^ni-targets: /);
      expect(c.err[0]).not.toMatch(/\n\s+at /);
    }
  });

  it('rejects a malformed option with exit 2 and says what to type', async () => {
    const c = capture();
    expect(await main(['node', 'ni-targets', 'validate', file, '--year', 'next year'], c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(/--year next year: give a year such as 2009\/10/);
  });
});
