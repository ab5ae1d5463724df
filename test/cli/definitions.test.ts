/**
 * `--definitions <file>` as an officer runs it: a team's local indicator definitions shared in a CSV or an
 * .xlsx. The plan has CSC 014 (74% in 2009/10 against a target of 80%), which the workbook does not
 * define: without the file it is NI-LOCAL-UNDEFINED and not rated; with the file (lower is better) it is
 * Green. The definitions are kept in the workbook's record, so a rated copy needs the file no more; the
 * workbook's own sheet wins over the file, with NI-DEFINITION-CONFLICT; a bad file is one line, exit 2.
 */
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { toXlsx, type SheetSpec, type WorkbookSpec } from '../fixtures/spec';
import type { AnalysisJson } from '../../src/pipeline/analysis-json';
import { tempDir } from '../support/temp-dir';

jest.setTimeout(60_000);

const CONFERENCES = 'Initial child protection conferences, held within 15 days';

const localPis: SheetSpec = {
  name: 'Local PIs',
  rows: [
    ['Code', 'Indicator', '2008/09 Actual', '2009/10 Actual', '2009/10 Target', '2010/11 Target'],
    ['CSC 014', CONFERENCES, '71%', '74%', '80%', '85%'],
    ['NI 112', 'Under 18 conception rate', '40.1', '38.2', '37', '35'],
  ],
};

const ownSheet = (polarity: string): SheetSpec => ({
  name: 'Our definitions',
  rows: [
    ['Code', 'Title', 'Polarity', 'Unit'],
    ['CSC 014', CONFERENCES, polarity, '%'],
  ],
});

const plan = (...more: SheetSpec[]): WorkbookSpec => ({ name: 'plan', sheets: [localPis, ...more] });

const CSV =
  '\uFEFFCode,Title,Polarity,Unit,Tolerance\r\n' +
  `CSC 014,"${CONFERENCES}",Lower is better,%,5%\r\n` +
  'CSC 020,"Reviews held ""on time""",Higher is better,%,2pp\r\n';

let dir: string;
const at = (name: string) => path.join(dir, name);

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['node', 'ni-targets', ...args, '--as-of', '2010-06-30'], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join('\n'), err };
}

async function write(name: string, spec: WorkbookSpec): Promise<string> {
  fs.writeFileSync(at(name), await toXlsx(spec));
  return at(name);
}

/** validate --json on the workbook, with any more options; the CSC 014 row and the findings. */
async function analysed(workbook: string, ...more: string[]) {
  const json = at(`${path.basename(workbook)}-${more.length}.json`);
  const r = await run('validate', workbook, '--json', json, ...more);
  const a = JSON.parse(fs.readFileSync(json, 'utf8')) as AnalysisJson;
  const row = a.tables.flatMap((t) => t.rows).find((x) => x.code === 'CSC 014');
  return { r, row, findings: a.findings };
}

beforeAll(() => {
  dir = tempDir('ni-definitions-');
  fs.writeFileSync(at('team-defs.csv'), CSV);
});

describe('--definitions', () => {
  it('without it, the local code is NI-LOCAL-UNDEFINED and not rated', async () => {
    const { row, findings } = await analysed(await write('plain.xlsx', plan()));
    expect(
      findings.filter((f) => f.rule === 'NI-LOCAL-UNDEFINED').map((f) => `${f.sheet}!${f.cell}`),
    ).toEqual(['Local PIs!A2']);
    expect(row?.rag).toBeNull();
  });

  it('with a CSV, the row is rated with the file’s polarity and the warning is gone', async () => {
    const wb = await write('plain-csv.xlsx', plan());
    const { r, row, findings } = await analysed(wb, '--definitions', at('team-defs.csv'));
    expect(r.code).toBe(0);
    expect(findings.map((f) => f.rule)).not.toContain('NI-LOCAL-UNDEFINED');
    expect(row).toMatchObject({ rag: 'Green', direction: 'Worsening', actual: 74, target: 80 });
  });

  it('rate records them in the copy it writes: validating the copy alone still rates the row', async () => {
    const wb = await write('to-rate.xlsx', plan());
    const rated = at('rated.xlsx');
    const r = await run('rate', wb, '-o', rated, '--definitions', at('team-defs.csv'));
    expect(r.code).toBe(0);
    const { row, findings } = await analysed(rated);
    expect(row?.rag).toBe('Green');
    expect(findings.map((f) => f.rule)).not.toContain('NI-LOCAL-UNDEFINED');
    // the workbook read is left as it was
    expect((await analysed(wb)).row?.rag).toBeNull();
  });

  it('a second file defining a code the record already holds from another file is refused in one line', async () => {
    const wb = await write('twice.xlsx', plan());
    const rated = at('twice-rated.xlsx');
    expect((await run('rate', wb, '-o', rated, '--definitions', at('team-defs.csv'))).code).toBe(0);
    fs.writeFileSync(at('other.csv'), 'Code,Title,Polarity\r\nCSC 014,Conferences,Higher is better\r\n');
    const r = await run('validate', rated, '--definitions', at('other.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      'ni-targets: --definitions: other.csv: CSC 014 is already defined by the imported team-defs.csv: ' +
        'remove team-defs.csv first, or keep each code in one file',
    ]);
    // the same file again replaces itself
    expect((await run('validate', rated, '--definitions', at('team-defs.csv'))).code).toBe(0);
  });

  it('reads the first definitions sheet of an .xlsx, whatever other sheets it has', async () => {
    const defs = await write('team-defs.xlsx', {
      name: 'team-defs',
      sheets: [
        { name: 'Read me', rows: [['Definitions agreed by the Performance Board, May 2010']] },
        {
          name: 'Local',
          rows: [
            ['Code', 'Title', 'Higher is better?', 'Unit'],
            ['CSC 014', CONFERENCES, 'No', '%'],
          ],
        },
      ],
    });
    const { row } = await analysed(await write('plain-xlsx.xlsx', plan()), '--definitions', defs);
    expect(row?.rag).toBe('Green');
  });

  it('the workbook’s own definitions sheet wins, and a finding names both', async () => {
    const wb = await write('own.xlsx', plan(ownSheet('Higher is better')));
    const { row, findings } = await analysed(wb, '--definitions', at('team-defs.csv'));
    expect(row?.rag).toBe('Red');
    const conflict = findings.filter((f) => f.rule === 'NI-DEFINITION-CONFLICT');
    expect(conflict).toEqual([
      {
        rule: 'NI-DEFINITION-CONFLICT',
        severity: 'warning',
        sheet: 'Our definitions',
        cell: 'B2',
        message:
          'CSC 014 is defined here and in the imported file team-defs.csv (B2) differently: polarity higher is ' +
          "better here, lower is better in the file. This sheet's definition is used.",
        fix:
          'Make the two agree: correct this row, or correct team-defs.csv and import it again (the pane: ' +
          'Settings, Import definitions; the command line: --definitions).',
      },
    ]);
  });

  it('says which definitions it used: the workbook’s sheet and each imported file with its codes', async () => {
    const wb = await write('says.xlsx', plan(ownSheet('Lower is better')));
    const { out } = await run('validate', wb, '--definitions', at('team-defs.csv'));
    const lines = out.split('\n');
    const from = lines.indexOf('Local indicator definitions:');
    expect(lines.slice(from, from + 4)).toEqual([
      'Local indicator definitions:',
      "  sheet 'Our definitions' in the workbook",
      "  team-defs.csv, imported into the workbook's record: 2 codes (CSC 014, CSC 020)",
      "  Where both define a code, the workbook's own sheet is used (NI-DEFINITION-CONFLICT says where).",
    ]);
    // a workbook with neither says nothing of them
    expect((await run('validate', await write('none.xlsx', plan()))).out).not.toContain('definitions:');
  });

  it('the same definition in both is no conflict', async () => {
    const wb = await write('agree.xlsx', plan(ownSheet('Lower is better')));
    const { row, findings } = await analysed(wb, '--definitions', at('team-defs.csv'));
    expect(row?.rag).toBe('Green');
    expect(findings.map((f) => f.rule)).not.toContain('NI-DEFINITION-CONFLICT');
  });

  const bad: [string, string, string][] = [
    [
      'a cell it cannot read',
      'Code,Title,Polarity\r\nCSC 014,Conferences,Sideways\r\nCSC 020,Reviews,Upwards\r\n',
      '--definitions: bad.csv: C2: Polarity "Sideways" is not understood: write Higher is better, Lower is better, a band such as Band 10-15%, or None (and 1 more)',
    ],
    [
      'no definitions header',
      'Indicator,2009/10 Target\r\nCSC 014,80%\r\n',
      '--definitions: bad.csv has no definitions table: its first rows need a header such as Code | Title | Polarity | Unit | Tolerance (a code, a title, and a polarity, unit, tolerance, period or outcome)',
    ],
    [
      'a code twice',
      'Code,Title,Polarity\r\nCSC 014,Conferences,Lower is better\r\nCSC014,Conferences,Higher is better\r\n',
      '--definitions: bad.csv: CSC 014 is defined twice (B2 and B3): keep one row for it',
    ],
    [
      'fields separated by semicolons',
      'Code;Title;Polarity\r\nCSC 014;Conferences;Lower is better\r\n',
      '--definitions: bad.csv separates its fields with semicolons, not commas: save it from Excel as CSV (Comma delimited) or as .xlsx',
    ],
    [
      'an unclosed quote',
      'Code,Title,Polarity\r\nCSC 014,"Conferences,Lower is better\r\n',
      '--definitions: bad.csv cannot be read as CSV: a quote opened on line 2 is never closed',
    ],
  ];

  it.each(bad)('a file with %s is one line, exit 2, and nothing is written', async (_, text, line) => {
    fs.writeFileSync(at('bad.csv'), text);
    const out = at('not-written.xlsx');
    const r = await run(
      'rate',
      await write('for-bad.xlsx', plan()),
      '-o',
      out,
      '--definitions',
      at('bad.csv'),
    );
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`ni-targets: ${line}`]);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a missing file, or one neither CSV nor .xlsx, is one line and exit 2', async () => {
    const wb = await write('for-missing.xlsx', plan());
    const missing = await run('validate', wb, '--definitions', at('nope.csv'));
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual([
      `ni-targets: --definitions ${at('nope.csv')} was not found: check the folder and file name`,
    ]);
    fs.writeFileSync(at('defs.pdf'), '%PDF-1.4');
    const pdf = await run('validate', wb, '--definitions', at('defs.pdf'));
    expect(pdf.code).toBe(2);
    expect(pdf.err).toEqual([
      'ni-targets: --definitions: defs.pdf is neither a .csv nor an .xlsx file: save the definitions as CSV or as an Excel workbook',
    ]);
  });
});

describe('--definitions on many workbooks', () => {
  it('each workbook of a batch is rated with the file: the rated copies are Green', async () => {
    const plans = path.join(dir, 'plans');
    fs.mkdirSync(plans);
    fs.writeFileSync(path.join(plans, 'east.xlsx'), await toXlsx(plan()));
    fs.writeFileSync(path.join(plans, 'west.xlsx'), await toXlsx(plan()));
    const rated = at('rated');
    const r = await run(
      'rate',
      plans,
      '--out-dir',
      rated,
      '--jobs',
      '1',
      '--definitions',
      at('team-defs.csv'),
    );
    expect(r.code).toBe(0);
    for (const name of ['east.xlsx', 'west.xlsx']) {
      expect((await analysed(path.join(rated, name))).row?.rag).toBe('Green');
    }
  });

  it('a bad file stops the batch before any workbook, in one line', async () => {
    fs.writeFileSync(at('bad-batch.csv'), 'Code,Title,Polarity\r\nCSC 014,Conferences,Sideways\r\n');
    const r = await run('validate', at('plans'), '--definitions', at('bad-batch.csv'));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toEqual([
      'ni-targets: --definitions: bad-batch.csv: C2: Polarity "Sideways" is not understood: write Higher is ' +
        'better, Lower is better, a band such as Band 10-15%, or None',
    ]);
  });
});
