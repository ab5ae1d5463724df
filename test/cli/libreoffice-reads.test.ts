/**
 * Another program's eyes on what `rate` writes: LibreOffice (headless) opens the rated workbook and
 * exports every sheet as CSV. For each way other tools write the same workbook (a namespace prefix,
 * Strict Open XML, UTF-16 parts) it must see exactly what it sees in the rated plain file, rating words
 * included. Before the fixes it saw one empty sheet for the first and an empty rated sheet for the last.
 * Skipped where LibreOffice is not installed (.ci/run installs it).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { zipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { tempDir } from '../support/temp-dir';
import { baseFiles } from '../gateways/xlsx-package/corpus';
import { OTHER_TOOLS } from '../gateways/xlsx-package/other-tools';

function soffice(): string | null {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return 'soffice';
  } catch {
    return null;
  }
}

const quiet = { out: () => undefined, err: (l: string) => process.stderr.write(l + '\n') };
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Every sheet as LibreOffice exports it, by sheet name. */
function sheetsAsLibreOfficeSees(file: string, dir: string): Record<string, string> {
  const out = path.join(dir, 'csv');
  fs.mkdirSync(out, { recursive: true });
  // its own profile: jest runs files side by side, and two soffice on one profile wait on each other
  const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
  execFileSync('soffice', [profile, '--headless', '--convert-to', CSV_ALL_SHEETS, '--outdir', out, file], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  const stem = path.basename(file, '.xlsx');
  const sheets: Record<string, string> = {};
  for (const f of fs.readdirSync(out)) {
    if (f.startsWith(`${stem}-`))
      sheets[f.slice(stem.length + 1, -4)] = fs.readFileSync(path.join(out, f), 'utf8');
  }
  return sheets;
}

async function rated(bytes: Uint8Array, dir: string, name: string): Promise<string> {
  const input = path.join(dir, `${name}.xlsx`);
  const output = path.join(dir, `${name}-rated.xlsx`);
  fs.writeFileSync(input, bytes);
  expect(
    await main(['node', 'ni-targets', 'rate', input, '-o', output, '--as-of', '2010-06-30'], quiet),
  ).toBe(0);
  return output;
}

const maybe = soffice() ? describe : describe.skip;

maybe('LibreOffice reads a rated workbook from another tool as it reads the plain one', () => {
  const root = tempDir('ni-lo-');
  let plain: Record<string, string>;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(root, 'plain-'));
    plain = sheetsAsLibreOfficeSees(await rated(zipSync(await baseFiles()), dir, 'plain'), dir);
  }, 180_000);

  it('sees the rating columns in the plain file (the comparison means something)', () => {
    expect(Object.keys(plain).length).toBeGreaterThan(1);
    expect(Object.values(plain).join('\n')).toMatch(/\b(Green|Amber|Red)\b/);
  });

  for (const tool of OTHER_TOOLS) {
    it(
      tool.name,
      async () => {
        const dir = fs.mkdtempSync(path.join(root, 'variant-'));
        const file = await rated(zipSync(tool.make(await baseFiles())), dir, 'variant');
        expect(sheetsAsLibreOfficeSees(file, dir)).toEqual(plain);
      },
      180_000,
    );
  }
});
