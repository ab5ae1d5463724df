/**
 * Regenerates docs/images/table-a-docx.png and table-b-docx.png: the first page
 * of each table as Word prints it, so the README shows what a board member gets.
 *
 *   npx tsx scripts/render-report-images.ts [--out DIR] [--keep] [--hand-built]
 *
 * The models come from the bundled sample workbook through the whole pipeline
 * (--hand-built: Bromley's tables as built by hand in test/export).
 *
 * Needs LibreOffice Writer and poppler (Debian: apt-get install -y
 * libreoffice-writer-nogui poppler-utils). --keep leaves the .docx, .pdf and
 * every page's PNG in a temporary folder for a closer look.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TableAModel, TableBModel } from '../src/engine/report/types';
import { toDocx } from '../src/export/docx';
import { readWorkbookFile } from '../src/gateways/xlsx/read';
import { analyse } from '../src/pipeline/analyse';
import { reportPlan } from '../src/pipeline/report-plan';
import { bromleyTableAModel, bromleyTableBModel } from '../test/export/bromley-models';

interface Models {
  a: TableAModel;
  b: TableBModel;
}

/** A fixed report date, so the pictures change only when the code or the sample does. */
const AS_OF = '2010-04-12';

/** The bundled sample workbook read through the whole pipeline, as an officer's export would be. */
export async function sampleModels(): Promise<Models> {
  const { snapshot } = await readWorkbookFile(resolve(__dirname, '../samples/sample-plan.xlsx'));
  const report = reportPlan(analyse(snapshot, { settings: { asOf: AS_OF } }));
  if (!report.tableA || !report.tableB) throw new Error('the sample workbook gave no Table A or no Table B');
  return { a: report.tableA, b: report.tableB };
}

/** Bromley's Table A and B built by hand (the export tests' models), for when the pipeline is mid-change. */
export async function handBuiltModels(): Promise<Models> {
  return { a: bromleyTableAModel(), b: bromleyTableBModel() };
}

/** Where the pictured models come from: switch here (or with --hand-built). */
export function loadModels(handBuilt: boolean): Promise<Models> {
  return handBuilt ? handBuiltModels() : sampleModels();
}

const TITLE = "Children's Trust board: performance report";
/** dots per inch for the README pictures: legible, and ~100-200 KB a page */
const DPI = 60;

async function renderFirstPage(
  name: string,
  docx: Uint8Array,
  work: string,
  outDir: string,
): Promise<string> {
  const docxPath = join(work, `${name}.docx`);
  writeFileSync(docxPath, docx);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, docxPath], {
    stdio: 'ignore',
  });
  const pdf = join(work, `${name}.pdf`);
  execFileSync('pdftoppm', ['-png', '-r', String(DPI), pdf, join(work, name)]);
  const pages = readdirSync(work)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort();
  if (pages.length === 0) throw new Error(`pdftoppm made no pages for ${name}`);
  const target = join(outDir, `${name}.png`);
  copyFileSync(join(work, pages[0]), target);
  return `${target} (page 1 of ${pages.length})`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outDir = resolve(outIndex >= 0 ? args[outIndex + 1] : 'docs/images');
  const keep = args.includes('--keep');
  const work = mkdtempSync(join(tmpdir(), 'ni-report-images-'));
  const { a, b } = await loadModels(args.includes('--hand-built'));
  try {
    const made = [
      await renderFirstPage('table-a-docx', await toDocx(a, null, { title: TITLE }), work, outDir),
      await renderFirstPage('table-b-docx', await toDocx(null, b, { title: TITLE }), work, outDir),
    ];
    for (const line of made) console.log(`wrote ${line}`);
  } finally {
    if (keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
