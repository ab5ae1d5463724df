/**
 * A workbook whose structure is protected (Review > Protect Workbook): no sheet may be added, deleted,
 * hidden or shown, so a report (new sheets) is refused in one line before anything is written; rating a
 * workbook that already has its record sheet writes into existing sheets only, and goes ahead.
 */
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { runCli } from '../support/run-cli';
import { tempDir } from '../support/temp-dir';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'sample-plan.xlsx');

const cli = runCli;

/** The workbook with its structure locked, as Excel writes it. */
function lockStructure(from: string, to: string): void {
  const files = unzipSync(new Uint8Array(fs.readFileSync(from)));
  const wb = strFromU8(files['xl/workbook.xml']);
  expect(wb).toContain('<sheets>');
  files['xl/workbook.xml'] = strToU8(
    wb.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'),
  );
  fs.writeFileSync(to, zipSync(files));
}

describe('a workbook with a protected structure', () => {
  const dir = tempDir('ni-lock-');
  const locked = path.join(dir, 'locked.xlsx');
  beforeAll(() => lockStructure(SAMPLE, locked));

  it('is not given report sheets: one line naming them, exit 2, no file', async () => {
    const out = path.join(dir, 'report.xlsx');
    const r = await cli('report', locked, '-o', out, '--as-of', '2010-06-30');
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      expect.stringMatching(
        /^ni-targets: nothing was written: the workbook's structure is protected \(Review > Protect Workbook\).*"Table A".*unprotect the workbook/,
      ),
    ]);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('is rated when its record sheet is already there: only existing sheets are written', async () => {
    const rated = path.join(dir, 'rated.xlsx');
    expect((await cli('rate', SAMPLE, '-o', rated, '--as-of', '2010-06-30')).code).toBe(0);
    const relocked = path.join(dir, 'rated-locked.xlsx');
    lockStructure(rated, relocked);
    const again = path.join(dir, 'again.xlsx');
    const r = await cli('rate', relocked, '-o', again, '--as-of', '2010-06-30');
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const wb = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(again)))['xl/workbook.xml']);
    expect(wb).toContain('<workbookProtection lockStructure="1"/>');
    expect((await cli('validate', again)).out.join('\n')).toMatch(/Tables found: 4/);
  });
});
