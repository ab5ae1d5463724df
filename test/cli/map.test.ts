/**
 * `ni-targets map` as an officer runs it on a scorecard laid out
 * `Ref | Code | <measure> | Baseline | Actual | Target | Target | RAG | Delivery Board`:
 * corrections saved in the workbook, then honoured by `validate --json`; bad corrections are one line, exit 2.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { toXlsx } from '../fixtures/spec';
import type { AnalysisJson } from '../../src/pipeline/analysis-json';
import { scorecard, SCORECARD_ROWS } from './map-fixture';

jest.setTimeout(60_000);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

let dir: string;
let file: string;
const at = (name: string) => path.join(dir, name);

async function run(...args: string[]) {
  const c = capture();
  const code = await main(['node', 'ni-targets', ...args], c.io);
  return { code, out: c.out.join('\n'), err: c.err.join('\n') };
}

async function analysis(workbook: string): Promise<AnalysisJson> {
  const json = at(`${path.basename(workbook)}.json`);
  await run('validate', workbook, '--json', json, '--as-of', '2010-06-30');
  return JSON.parse(fs.readFileSync(json, 'utf8')) as AnalysisJson;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ni-map-'));
  file = at('scorecard.xlsx');
  fs.writeFileSync(file, await toXlsx(scorecard()));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('ni-targets map', () => {
  it('--show prints each table’s map, marking the columns to check', async () => {
    const r = await run('map', file, '--show');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Scorecard!B4:J8  targets, header rows 4');
    expect(r.out).toMatch(/ {2}C {3}code +0\.95 +Code/);
    expect(r.out).toMatch(/ {2}J {3}ignore +0\.40 check Delivery Board/);
  });

  it('C=code and D=title, then J=title: validate reads every code and takes every title from the corrected column', async () => {
    const first = await run(
      'map',
      file,
      '-o',
      at('m1.xlsx'),
      '--table',
      'Scorecard!B4',
      '--column',
      'C=code',
      '--column',
      'D=title',
    );
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/ {2}C {3}code +1\.00 yours Code/);
    const a1 = (await analysis(at('m1.xlsx'))).tables[0];
    expect(a1.rows.map((r) => r.code)).toEqual(SCORECARD_ROWS.map((r) => `NI ${r.code}`));
    expect(a1.rows.map((r) => r.title)).toEqual(SCORECARD_ROWS.map((r) => r.measure));

    const second = await run(
      'map',
      at('m1.xlsx'),
      '-o',
      at('m2.xlsx'),
      '--table',
      'Scorecard!D6',
      '--column',
      'J=title',
    );
    expect(second.code).toBe(0);
    const a2 = await analysis(at('m2.xlsx'));
    expect(a2.tables[0].rows.map((r) => r.title)).toEqual(SCORECARD_ROWS.map((r) => r.board));
    expect(a2.tables[0].columns.find((c) => c.column === 'J')).toMatchObject({
      role: 'title',
      corrected: true,
    });
    expect(a2.findings.find((f) => f.rule === 'NI-CORRECTED')!.message).toContain('column J as title');

    // the rate pass keeps the record it did not write and reads with it too
    expect((await run('rate', at('m2.xlsx'), '-o', at('m3.xlsx'))).code).toBe(0);
    expect((await analysis(at('m3.xlsx'))).tables[0].rows.map((r) => r.title)).toEqual(
      SCORECARD_ROWS.map((r) => r.board),
    );

    // --reset forgets them
    expect(
      (await run('map', at('m2.xlsx'), '-o', at('m4.xlsx'), '--table', 'Scorecard!B4', '--reset')).code,
    ).toBe(0);
    expect((await analysis(at('m4.xlsx'))).tables[0].columns.every((c) => !c.corrected)).toBe(true);
  });

  it.each([
    [['--column', 'C=cod'], /Unknown role "cod" for column C: use one of code, title/],
    [['--column', 'L=code'], /Column L is outside the table B4:J8/],
    [['--column', 'H=target:2010/1x'], /"2010\/1x" is not a year/],
    [['--column', 'J=target'], /Column J needs a year to be read as target: write J=target:2010\/11/],
    [['--exclude-row', '40'], /Row 40 is not a row under the header/],
  ])('%j is one clear line and exit 2, nothing written', async (extra, line) => {
    const out = at(`bad-${extra.join('')}.xlsx`.replace(/[^\w.-]/g, '_'));
    const r = await run('map', file, '-o', out, '--table', 'Scorecard!B4', ...extra);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(line);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a sheet that does not exist, or a cell outside every table, is one line and exit 2', async () => {
    const gone = await run('map', file, '-o', at('x.xlsx'), '--table', "'No Such'!B4", '--column', 'C=code');
    expect(gone).toMatchObject({ code: 2, err: 'ni-targets: No sheet "No Such" in the workbook.' });
    const off = await run('map', file, '-o', at('x.xlsx'), '--table', 'Scorecard!Z99', '--column', 'C=code');
    expect(off.code).toBe(2);
    expect(off.err).toContain('No targets table at Scorecard!Z99: the tables on that sheet are B4:J8.');
  });
});
