/**
 * Where the command line writes: the officer's workbook is never overwritten by accident, and a bad
 * destination is one line and exit 2 before any work, never a hang or a stack trace.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../support/run-cli';
import { tempDir } from '../support/temp-dir';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'sample-plan.xlsx');

const cli = runCli;

describe('output paths', () => {
  const root = tempDir('ni-out-');
  let here = root;
  const dir = () => here;
  let input: string;
  beforeEach(() => {
    here = fs.mkdtempSync(path.join(root, 'case-'));
    input = path.join(dir(), 'plan.xlsx');
    fs.copyFileSync(SAMPLE, input);
  });

  it('refuses -o onto the workbook being read, and leaves it as it was', async () => {
    const before = fs.readFileSync(input);
    const r = await cli('rate', input, '-o', input);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/is the workbook being read: add --in-place/)]);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('replaces the workbook with --in-place, leaving no temporary file behind', async () => {
    const r = await cli('rate', input, '-o', input, '--in-place');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(dir()).filter((f) => f !== 'plan.xlsx')).toEqual([]);
    const again = await cli('validate', input);
    expect(again.out.join('\n')).toMatch(/Tables found: 4/);
  });

  it.each([
    ['a folder', (d: string) => d, /is a folder: give a file name/],
    ['a missing folder', (d: string) => path.join(d, 'nope', 'out.xlsx'), /folder .*nope does not exist/],
    ['a path under /proc', () => '/proc/nope/out.xlsx', /does not exist/],
  ])('answers -o onto %s with one line and exit 2', async (_name, to, says) => {
    const r = await cli('report', input, '-o', to(dir()));
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(says);
    expect(r.err[0]).not.toMatch(/\n\s+at /);
  });

  it('checks export destinations before reading the workbook', async () => {
    const r = await cli(
      'report',
      input,
      '-o',
      path.join(dir(), 'out.xlsx'),
      '--docx',
      path.join(dir(), 'x', 'p.docx'),
    );
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(fs.existsSync(path.join(dir(), 'out.xlsx'))).toBe(false);
  });

  it('keeps a macro workbook macro-enabled: refuses a plain .xlsx name for an .xlsm', async () => {
    const xlsm = path.join(dir(), 'plan.xlsm');
    fs.copyFileSync(SAMPLE, xlsm);
    const r = await cli('rate', xlsm, '-o', path.join(dir(), 'rated.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/holds macros: give the output the \.xlsm extension/);
  });
});
