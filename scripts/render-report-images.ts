/**
 * Regenerates the README's pictures of the board paper, so it shows what a board
 * member gets: as Word prints it, the summary page (summary-docx.png), the first
 * page of Table A (table-a-docx.png) and of Table B (table-b-docx.png); as headless
 * Chromium shows the HTML export at least 1,400 px wide (all of Table A's columns), its summary (summary-html.png) and
 * the top of Table A (table-a-html.png).
 *
 *   npx tsx scripts/render-report-images.ts [--out DIR] [--keep] [--hand-built]
 *
 * The models come from the bundled sample workbook through the whole pipeline
 * (--hand-built: Bromley's tables as built by hand in test/export).
 *
 * Needs LibreOffice Writer, poppler and Chromium (Debian: apt-get install -y
 * libreoffice-writer-nogui poppler-utils chromium). --keep leaves the .docx, .pdf,
 * .html and every page's PNG in a temporary folder for a closer look.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TableAModel, TableBModel } from '../src/engine/report/types';
import { toDocx } from '../src/export/docx';
import { toHtml } from '../src/export/html';
import { launchChromium } from '../test/e2e/browser';
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
/** CSS px: Table A's columns side by side without scrolling */
const WIDTH = 1400;

/** The .docx as LibreOffice prints it, one PNG per page, in page order. */
function printedPages(name: string, docx: Uint8Array, work: string): string[] {
  const docxPath = join(work, `${name}.docx`);
  writeFileSync(docxPath, docx);
  // a profile of its own: a LibreOffice already running (someone's desktop) would refuse the job
  const profile = `-env:UserInstallation=file://${join(work, 'lo-profile')}`;
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', work, docxPath], {
    stdio: 'ignore',
  });
  const pdf = join(work, `${name}.pdf`);
  execFileSync('pdftoppm', ['-png', '-r', String(DPI), pdf, join(work, name)]);
  const pages = readdirSync(work)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort();
  if (pages.length === 0) throw new Error(`pdftoppm made no pages for ${name}`);
  return pages.map((p) => join(work, p));
}

/** Page `page` (1-based) of the printed .docx, copied to outDir as `as`.png. */
function keepPage(pages: string[], page: number, as: string, outDir: string): string {
  if (page > pages.length) throw new Error(`${as}: the paper has ${pages.length} page(s), not ${page}`);
  const target = join(outDir, `${as}.png`);
  copyFileSync(pages[page - 1], target);
  return `${target} (page ${page} of ${pages.length})`;
}

/** The HTML export in headless Chromium, WIDTH px wide or Table A's width: its summary and the top of Table A. */
async function htmlPictures(html: string, work: string, outDir: string): Promise<string[]> {
  const file = join(work, 'board-paper.html');
  writeFileSync(file, html);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: 900 } });
    await page.goto(`file://${file}`);
    // Table A's least width (it scrolls sideways below it): the picture shows every column
    const tableWidth = await page.locator('section.table-a table').evaluate((t) => t.scrollWidth);
    const wide = Math.max(WIDTH, Math.ceil(tableWidth) + 32);
    await page.setViewportSize({ width: wide, height: 900 });
    const made: string[] = [];
    // the summary's charts are at most 640 px wide: its picture needs no more than 1,000
    for (const [selector, name, width, height] of [
      ['section.summary', 'summary-html', 1000, null],
      ['section.table-a', 'table-a-html', wide, 900],
    ] as const) {
      const box = (await page.locator(selector).boundingBox())!;
      const target = join(outDir, `${name}.png`);
      const clip = { x: 0, y: Math.max(0, box.y - 8), width, height: height ?? box.height + 16 };
      await page.screenshot({ path: target, clip, fullPage: true });
      made.push(target);
    }
    return made;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outDir = resolve(outIndex >= 0 ? args[outIndex + 1] : 'docs/images');
  const keep = args.includes('--keep');
  const work = mkdtempSync(join(tmpdir(), 'ni-report-images-'));
  const { a, b } = await loadModels(args.includes('--hand-built'));
  try {
    const a1 = printedPages('table-a', await toDocx(a, null, { title: TITLE }), work);
    const b1 = printedPages('table-b', await toDocx(null, b, { title: TITLE }), work);
    const made = [
      // the Table A paper opens with its summary page; Table A itself starts on page 2
      keepPage(a1, 1, 'summary-docx', outDir),
      keepPage(a1, 2, 'table-a-docx', outDir),
      keepPage(b1, 1, 'table-b-docx', outDir),
      ...(await htmlPictures(toHtml(a, b, { title: TITLE }), work, outDir)),
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
