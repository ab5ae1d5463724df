/**
 * "Import definitions" in the workbench in headless Chromium at the pane's 320 px: the officer reaches the
 * button by keyboard, chooses a CSV saved by Excel on Windows (Windows-1252: a curly apostrophe in a
 * title), and the file is listed with its codes, inside the pane; the downloaded workbook, read here in
 * Node, holds the definitions in its record. Run with `npx tsx --test test/e2e/definitions.e2e.ts`
 * (E2E_BUILD_DIR to reuse a workbench build).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildWorkbench } from './build-workbench';
import { guardNetwork, launchChromium } from './browser';
import { serveDirectory, type StaticServer } from './serve';
import { eventually, openView, runAndWait } from './pane-actions';
import { openPackage } from '../../src/gateways/xlsx-package/open-package';
import { readRegistry } from '../../src/engine/ownership/registry';
import { importedFiles } from '../../src/engine/catalogue/definitions-record';

const RESULTS = join(__dirname, '..', '..', 'test-results', 'e2e');

let server: StaticServer | undefined;
let browser: Browser | undefined;
let ownBuild: string | undefined;

before(
  async () => {
    await mkdir(join(RESULTS, 'downloads'), { recursive: true });
    let dir = process.env.E2E_BUILD_DIR;
    if (!dir) {
      dir = ownBuild = await mkdtemp(join(tmpdir(), 'ni-targets-e2e-'));
      await buildWorkbench(dir);
    }
    server = await serveDirectory(dir);
    browser = await launchChromium();
  },
  { timeout: 300_000 },
);

after(async () => {
  await browser?.close().catch(() => undefined);
  await server?.close();
  if (ownBuild) await rm(ownBuild, { recursive: true, force: true });
});

/** "Children’s centres" as Excel's "CSV (Comma delimited)" saves it on Windows: 0x92 for the apostrophe. */
const CSV = Buffer.concat([
  Buffer.from('Code,Title,Polarity,Unit\r\nCSC 001,Children', 'latin1'),
  Buffer.from([0x92]),
  Buffer.from(
    's centres reaching families,Higher is better,%\r\nCSC 002,"Reviews, on time",Higher is better,%\r\n',
  ),
]);

test(
  'Import definitions at 320 px: keyboard, Windows-1252 CSV, listed in the pane, kept in the workbook',
  { timeout: 120_000 },
  async () => {
    if (!browser || !server) throw new Error('the browser or the server did not start');
    const context = await browser.newContext({
      viewport: { width: 1100, height: 900 },
      acceptDownloads: true,
    });
    const outside = await guardNetwork(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${server.origin}/workbench.html?sample=1`);
      await eventually(async () =>
        assert.equal((await page.getByTestId('workbook-name').innerText()).trim(), 'sample-plan.xlsx'),
      );
      await openView(page, 'settings');
      await page.getByTestId('definitions-none').waitFor();

      // keyboard: Tab reaches the button (the native input is out of the Tab order), Enter opens the chooser
      const button = page.getByTestId('definitions-choose');
      let reached = false;
      for (let i = 0; i < 60 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await button.evaluate((el) => el === document.activeElement);
      }
      assert.ok(reached, 'Tab reaches Import definitions');
      const chooser = page.waitForEvent('filechooser');
      const said = await runAndWait(page, async () => {
        await page.keyboard.press('Enter');
        await (await chooser).setFiles({ name: 'team-defs.csv', mimeType: 'text/csv', buffer: CSV });
      });
      assert.match(said, /^2 indicators from team-defs\.csv saved in the workbook\. Found \d+ tables?:/);
      const list = page.getByTestId('definitions-list');
      assert.equal(
        (await list.innerText()).replace(/\s+/g, ' ').trim(),
        'team-defs.csv: 2 indicators (CSC 001, CSC 002) Remove',
      );

      // inside the 320 px pane, nothing cut off or scrolled sideways
      const pane = await page.getByTestId('pane').boundingBox();
      const box = await page.getByTestId('definitions-import').boundingBox();
      assert.ok(pane && pane.width === 320, `the pane is 320 px wide: ${pane?.width}`);
      assert.ok(box && box.x >= pane.x && box.x + box.width <= pane.x + pane.width, JSON.stringify(box));
      const overflow = await page
        .getByTestId('definitions-import')
        .evaluate((el) => el.scrollWidth - el.clientWidth);
      assert.equal(overflow, 0);
      await page.getByTestId('definitions-import').screenshot({ path: join(RESULTS, 'definitions-320.png') });

      // kept in the workbook's record: the download, read here, holds both, the apostrophe as typed
      const download = page.waitForEvent('download');
      await page.getByTestId('download-workbook').click();
      const file = join(RESULTS, 'downloads', 'definitions-imported.xlsx');
      await (await download).saveAs(file);
      const snapshot = await openPackage(
        await readFile(file),
        'definitions-imported.xlsx',
      ).gateway.readSnapshot();
      const [team] = importedFiles(readRegistry(snapshot));
      assert.deepEqual(
        team.definitions.map((d) => [d.definition.code, d.definition.title, d.definition.polarity]),
        [
          ['CSC 001', 'Children’s centres reaching families', 'higher'],
          ['CSC 002', 'Reviews, on time', 'higher'],
        ],
      );
      assert.deepEqual(outside, []);
      assert.deepEqual(errors, []);
    } catch (e) {
      await page.screenshot({ path: join(RESULTS, 'definitions-failed.png') }).catch(() => undefined);
      throw e;
    } finally {
      await context.close();
    }
  },
);
