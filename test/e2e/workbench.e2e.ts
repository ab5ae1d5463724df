/**
 * The workbench in headless Chromium, as an officer would use it: open the sample plan, validate, go to
 * findings, fill RAG, build Table A and B, export, download the workbook; then the pane's four views in
 * light and dark for the README. Run with `npm run test:e2e` (node's test runner through tsx).
 *
 * The pages are built once with webpack into a temporary directory and served by ./serve.ts (set
 * E2E_BUILD_DIR to reuse a build). Every request outside this machine is aborted and fails the run.
 */
import { after, before, describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { buildWorkbench } from './build-workbench';
import { guardNetwork, launchChromium } from './browser';
import { serveDirectory, type StaticServer } from './serve';
import {
  downloadsFrom,
  eventually,
  findingTitles,
  findingsCount,
  gridTexts,
  openView,
  paneTab,
  runAndWait,
  sheetTabNames,
  showSheet,
  tabTo,
} from './pane-actions';
import { cellTexts, filledCells, loadWorkbook } from './workbook-cells';
import { auditPane, type AxeProblem } from './axe';
import { readWorkbook } from '../../src/gateways/xlsx/read';
import { createXlsxGateway } from '../../src/gateways/xlsx/gateway';
import { createSession } from '../../src/session/session';
import type { AnalysisSummary } from '../../src/session/summary';
import { summaryText } from '../../src/surfaces/taskpane/outcome-text';
import { findingRows } from '../../src/surfaces/taskpane/finding-groups';

const ROOT = join(__dirname, '..', '..');
const RESULTS = join(ROOT, 'test-results', 'e2e');
// the README's images are rewritten only when asked (UPDATE_README_IMAGES=1), so an
// ordinary run never changes tracked files; otherwise they go with the run's results
const IMAGES = process.env.UPDATE_README_IMAGES
  ? join(ROOT, 'docs', 'images')
  : join(ROOT, 'test-results', 'e2e', 'pane');
const SAMPLE = join(ROOT, 'samples', 'sample-plan.xlsx');
const SAMPLE_TABLE_SHEETS = ['CYPP Targets', 'NIS 2010-11', 'Action Plan', 'Quarterly 2009-10'];
const RATINGS = /^(Green|Amber|Red|Not rated)\b/;
const VIEWS = ['tables', 'findings', 'settings', 'reports'] as const;
const IMAGE_LIMIT = 80 * 1024;
/** the README images' height: the pane's visible height in a 664 px high window */
const PANE_HEIGHT = 640;

let server: StaticServer | undefined;
let browser: Browser | undefined;
let ownBuild: string | undefined;

before(
  async () => {
    await mkdir(join(RESULTS, 'downloads'), { recursive: true });
    await mkdir(IMAGES, { recursive: true });
    let dir = process.env.E2E_BUILD_DIR;
    if (!dir) {
      dir = ownBuild = await mkdtemp(join(tmpdir(), 'ni-targets-e2e-'));
      await buildWorkbench(dir);
    }
    server = await serveDirectory(dir);
    browser = await launchChromium();
  },
  { timeout: 240_000 },
);

after(async () => {
  await browser?.close().catch(() => undefined);
  await server?.close();
  if (ownBuild) await rm(ownBuild, { recursive: true, force: true });
});

interface Workbench {
  page: Page;
  context: BrowserContext;
  /** requests to anywhere but this machine, aborted */
  outside: string[];
  /** uncaught errors in the page */
  errors: string[];
}

async function openWorkbench(query: string, viewport = { width: 1280, height: 800 }): Promise<Workbench> {
  if (!browser || !server) throw new Error('the browser or the server did not start');
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, acceptDownloads: true });
  const outside = await guardNetwork(context);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/workbench.html?${query}`);
  await eventually(async () =>
    assert.equal((await page.getByTestId('workbook-name').innerText()).trim(), 'sample-plan.xlsx'),
  );
  return { page, context, outside, errors };
}

/** "Select NIS 2010-11!C8" -> sheet and cell */
function findingTarget(title: string | null): { sheet: string; cell: string } {
  const ref = (title ?? '').replace(/^Select /, '');
  const bang = ref.lastIndexOf('!');
  assert.ok(bang > 0, `a finding's title names its cell: ${title}`);
  return { sheet: ref.slice(0, bang), cell: ref.slice(bang + 1) };
}

async function assertSelected(page: Page, sheet: string, cell: string) {
  await eventually(async () =>
    assert.equal((await page.getByTestId('selection').innerText()).trim(), `Selected: ${sheet}!${cell}`),
  );
  const tab = page.getByTestId('sheet-tabs').getByRole('tab', { name: sheet, exact: true });
  assert.equal(await tab.getAttribute('aria-selected'), 'true', `sheet tab ${sheet} is the one shown`);
  assert.equal(await page.getByTestId('sheet-grid').getAttribute('aria-label'), `Sheet ${sheet}`);
  const td = page.locator(`[data-testid="sheet-grid"] td[data-cell="${cell}"]`);
  assert.equal(await td.getAttribute('aria-selected'), 'true', `${sheet}!${cell} is selected in the grid`);
  const inView = await td.evaluate((el) => {
    const grid = el.closest('[data-testid="sheet-grid"]')?.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return (
      !!grid && r.top >= grid.top && r.bottom <= grid.bottom && r.left >= grid.left && r.right <= grid.right
    );
  });
  assert.ok(inView, `${sheet}!${cell} is scrolled into view in the grid`);
}

/**
 * A screenshot taken again until two in a row agree: buttons fade back from disabled after a run, and an
 * image caught mid-fade would change the README's PNGs on every run for nothing.
 */
async function stableScreenshot(page: Page, clip: { x: number; y: number; width: number; height: number }) {
  let last = await page.screenshot({ clip, caret: 'hide' });
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const next = await page.screenshot({ clip, caret: 'hide' });
    if (next.equals(last)) return next;
    last = next;
  }
  throw new Error('the pane kept changing: no two screenshots in a row were the same');
}

/** The sample validated by the engine in this (Node) thread: what the page's worker must agree with. */
async function inThreadSummary(): Promise<AnalysisSummary> {
  const { workbook } = await readWorkbook(await readFile(SAMPLE), 'sample-plan.xlsx');
  const session = createSession(createXlsxGateway(workbook, 'sample-plan.xlsx'), {
    selectCell: async () => undefined,
    getSelection: async () => null,
  });
  return session.validate();
}

/** Starts recording the page's long tasks (main-thread work over 50 ms), by duration in ms. */
async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { e2eLongTasks: number[] }).e2eLongTasks = seen;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { e2eLongTasks: number[] }).e2eLongTasks);
}

/** Presses Tab until `target` has focus: reachable by keyboard alone. */
async function tabToLocator(page: Page, target: Locator, what: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${what} was not reached in ${maxPresses} presses of Tab`);
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(RESULTS, `${name}.png`) });

/** the pane's part of the page at 320 px, as Excel opens a task pane */
async function paneShot(page: Page, name: string): Promise<void> {
  const box = await page.getByTestId('pane').boundingBox();
  assert.ok(box && box.width === 320, `the pane is 320 px wide: ${box?.width}`);
  await page.mouse.move(0, 0);
  // the pane as it opens: its top in view, as the officer sees it after each action
  await page.getByTestId('pane-frame').evaluate((el) => el.scrollTo(0, 0));
  const top = await page.getByTestId('pane').boundingBox();
  assert.ok(top);
  box.y = top.y;
  const clip = { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, PANE_HEIGHT) };
  await writeFile(join(RESULTS, `${name}.png`), await page.screenshot({ clip, caret: 'hide' }));
}

/** the data-testid of the focused element, or of the nearest ancestor that has one */
const focusedId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null);

/** Presses Shift+Tab until `testId` has focus: reachable backwards by keyboard alone. */
async function shiftTabTo(page: Page, testId: string, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Shift+Tab');
    const at = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    if (at === testId) return;
  }
  throw new Error(`${testId} was not reached in ${maxPresses} presses of Shift+Tab`);
}

/** Types into the workbench's cell editor (Excel's formula bar) and presses Enter; returns when Enter went. */
async function typeInCell(page: Page, sheet: string, cell: string, text: string): Promise<number> {
  await showSheet(page, sheet);
  await page.locator(`[data-testid="sheet-grid"] td[data-cell="${cell}"]`).click();
  await assertSelected(page, sheet, cell);
  const editor = page.getByTestId('cell-editor');
  await editor.fill(text);
  const entered = Date.now();
  await editor.press('Enter');
  return entered;
}

const gridCell = async (page: Page, cell: string) =>
  ((await page.locator(`[data-testid="sheet-grid"] td[data-cell="${cell}"]`).textContent()) ?? '').trim();

/**
 * The officer's path through the pane, every action by keyboard with focus checked after it; the grid's
 * cell editor stands in for typing in Excel. `audit` is called in each state of the pane.
 */
async function livePanePath(
  { page }: Workbench,
  theme: 'light' | 'dark',
  audit: (state: string) => Promise<void>,
): Promise<void> {
  // first run: the welcome says what each button writes
  await page.getByTestId('welcome').waitFor();
  await audit('welcome');
  await paneShot(page, `welcome-320-${theme}`);
  // "Got it" by keyboard: the welcome goes, and stays reachable from its link
  await tabTo(page, 'welcome-close');
  await page.keyboard.press('Enter');
  await page.getByTestId('welcome').waitFor({ state: 'detached' });
  await audit('welcome closed');

  await tabTo(page, 'validate');
  const said = await runAndWait(page, () => page.keyboard.press('Enter'));
  assert.match(said, /^Found 4 tables/);
  assert.equal(await focusedId(page), 'validate', 'focus stays on Validate after the run');
  // the four view tabs, counts and all, fit the 320 px pane: none is cut off or scrolled away
  const pane = await page.getByTestId('pane').boundingBox();
  const reportsTab = await page.getByTestId('tab-reports').boundingBox();
  const tabBoxes = await page
    .getByTestId('pane')
    .getByRole('tab')
    .evaluateAll((ts) =>
      ts.map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.textContent} ${Math.round(r.x)}+${Math.round(r.width)}`;
      }),
    );
  assert.ok(
    pane && reportsTab && reportsTab.x + reportsTab.width <= pane.x + pane.width,
    `the Reports tab is in view: pane ${pane?.x}+${pane?.width}, tabs ${tabBoxes.join(', ')}`,
  );
  await audit('validated, Tables view');

  // the view tabs are one Tab stop (the selected tab); arrows move between them, Enter picks one
  await tabTo(page, 'tab-tables');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByTestId('findings-view').waitFor();
  assert.equal(await focusedId(page), 'tab-findings');
  await audit('Findings view');
  await paneShot(page, `findings-320-${theme}`);

  // the list is one Tab stop; arrows move inside it; Enter opens the finding's cell, focus stays
  await tabTo(page, 'finding');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = page.getByTestId('finding').nth(2);
  assert.ok(
    await third.evaluate((el) => el === document.activeElement),
    'ArrowDown twice: the third finding',
  );
  const { sheet, cell } = findingTarget(await third.getAttribute('title'));
  await page.keyboard.press('Enter');
  await assertSelected(page, sheet, cell);
  assert.ok(await third.evaluate((el) => el === document.activeElement), 'focus stays on the finding');
  await audit('a finding opened');

  await shiftTabTo(page, 'rate');
  const rated = await runAndWait(page, () => page.keyboard.press('Enter'));
  assert.match(rated, /^Rated \d+ indicator row\(s\) in 3 table\(s\)\./);
  assert.equal(await focusedId(page), 'rate', 'focus stays on Fill RAG after the run');
  await audit('rated');

  // live: the officer types a new actual for NI 55 (row 6: 7.3% against 8%, lower is better: Green)
  await showSheet(page, 'CYPP Targets');
  assert.match(await gridCell(page, 'K6'), /^Green\b/);
  const started = await typeInCell(page, 'CYPP Targets', 'G6', '9.5%');
  // watched in the page (each animation frame), so the time is the re-rate's, not a poll's
  await page.waitForFunction(
    () =>
      /^Red\b/.test(
        document.querySelector('[data-testid="sheet-grid"] td[data-cell="K6"]')?.textContent ?? '',
      ),
    undefined,
    { timeout: 10_000 },
  );
  const ms = Date.now() - started;
  console.log(
    `live re-rate: ${ms} ms (${theme}: typed in G6 to K6 reading Red, headless Chromium, engine in a worker)`,
  );
  const live = await eventually(async () => {
    const text = (await page.getByTestId('announcer').innerText()).trim();
    assert.match(
      text,
      /^Re-rated after your edit to 'CYPP Targets'!G6 \(\d+ ms\)\. Row 6 of 'CYPP Targets' written again\./,
    );
    return text;
  });
  // the aim is under a second (0.75-0.95 s here on a quiet machine, in a development build); the bound
  // leaves room for a CI machine shared with other work (1.1-1.3 s seen under load)
  assert.ok(ms < 2000, `re-rated in ${ms} ms: ${live}`);
  await audit('re-rated live');
  await paneShot(page, `live-rerate-320-${theme}`);

  // a header edit: the table may read differently, so nothing is re-rated, and the pane says so
  await typeInCell(page, 'CYPP Targets', 'G4', '2009/10');
  await eventually(async () =>
    assert.match(
      (await page.getByTestId('announcer').innerText()).trim(),
      /^Results out of date: run again\. A table's header changed at 'CYPP Targets'!G4/,
    ),
  );
  assert.match(await gridCell(page, 'K6'), /^Red\b/);
  await audit('out of date');
  await typeInCell(page, 'CYPP Targets', 'G4', '2008/09');

  await page.getByTestId('rate').focus();
  await tabTo(page, 'tab-findings');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByTestId('reports-view').waitFor();
  await audit('Reports view');
  await tabTo(page, 'build-reports');
  const built = await runAndWait(page, () => page.keyboard.press('Enter'));
  assert.match(built, /Table A/);
  assert.equal(await focusedId(page), 'build-reports', 'focus stays on Build after the run');
  await eventually(async () =>
    assert.equal((await page.getByTestId('selection').innerText()).trim(), 'Selected: Table A!A1'),
  );
  await audit('reports built');

  // restore: the confirmation says what will go; Remove takes it; focus stays in the pane
  await tabTo(page, 'remove-output-ask');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  assert.match(
    await dialog.innerText(),
    /This removes the sheets Table A, Table B, and the cells NI Targets wrote at/,
  );
  assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus moves into the dialog');
  await audit('remove confirmation');
  await tabTo(page, 'remove-output-confirm', 5);
  const removed = await runAndWait(page, () => page.keyboard.press('Enter'));
  assert.match(removed, /^Removed the sheets Table A, Table B/);
  // audited once the dialog has finished fading out, not mid-fade
  await page.waitForFunction(() => !document.querySelector('[role="dialog"]'));
  const after = await focusedId(page);
  assert.ok(after === 'remove-output-ask' || after === 'outcome', `focus after removing: ${after}`);
  await eventually(async () => assert.ok(!(await sheetTabNames(page)).includes('Table A')));
  await audit('output removed');
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('setting-year').waitFor();
  await audit('Settings view');
}

describe('the workbench with the sample plan', () => {
  // without this, "no request outside this machine" below could pass because nothing was watched
  test('the network guard aborts and records requests that leave the machine', async () => {
    const { page, context, outside } = await openWorkbench('sample=1');
    try {
      const reached = await page.evaluate(async () => {
        const tries = [
          'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
          'http://example.com/x.png',
        ];
        return Promise.all(
          tries.map((url) =>
            fetch(url, { mode: 'no-cors' }).then(
              () => true,
              () => false,
            ),
          ),
        );
      });
      assert.deepEqual(reached, [false, false], 'both requests were refused');
      assert.deepEqual(outside, [
        'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
        'http://example.com/x.png',
      ]);
    } finally {
      await context.close();
    }
  });

  test(
    'validate, go to findings, fill RAG, build Table A and B, export, download',
    { timeout: 120_000 },
    async (t: TestContext) => {
      const { page, context, outside, errors } = await openWorkbench('sample=1');
      // each step builds on the last: after a failure the rest are skipped, not left to time out one by one
      let broken = false;
      const step = (name: string, body: () => Promise<void>) =>
        t.test(name, async (st) => {
          if (broken) return st.skip('an earlier step failed');
          try {
            await body();
          } catch (e) {
            broken = true;
            throw e;
          }
        });
      try {
        await step('opens the sample with its sheets', async () => {
          const tabs = await sheetTabNames(page);
          for (const name of SAMPLE_TABLE_SHEETS) assert.ok(tabs.includes(name), `sheet tab ${name}`);
          const cells = await gridTexts(page);
          assert.equal(cells.get('B1'), 'Targets for Children and Young People Services');
          await shot(page, '01-opened');
        });

        await step('validates from the keyboard: Tab to Validate, Enter', async () => {
          const longTasks = await watchLongTasks(page);
          await tabTo(page, 'validate');
          const said = await runAndWait(page, () => page.keyboard.press('Enter'));
          assert.match(said, /4 tables?/i, `the outcome counts the tables: ${said}`);
          const items = page.getByTestId('table-item');
          assert.equal(await items.count(), 4);
          const listed = (await items.allInnerTexts()).join('\n');
          for (const name of SAMPLE_TABLE_SHEETS) assert.ok(listed.includes(`${name}!`), `${name} listed`);
          assert.ok(await paneTab(page, /^Tables \(4\)$/).isVisible());
          assert.ok((await findingsCount(page)) > 0, 'the sample has findings');

          // the engine ran in a Web Worker, and said what the engine says in this thread
          assert.equal(await page.getByTestId('pane').getAttribute('data-engine'), 'worker');
          const workers = page.workers().map((w) => w.url());
          assert.ok(
            workers.some((url) => /engine-worker/.test(url)),
            `the engine's worker is running: ${workers.join(', ') || 'no workers'}`,
          );
          const expected = await inThreadSummary();
          assert.equal(said, summaryText(expected));
          // one finding per row and rule: the sample's 197 cell findings read as about half as many
          const rows = findingRows(expected.findings);
          assert.equal(await findingsCount(page), rows.length);
          assert.ok(
            rows.length < expected.findings.length,
            `${rows.length} rows for ${expected.findings.length}`,
          );
          const longest = Math.max(0, ...(await longTasks()));
          assert.ok(longest < 1000, `no task blocked the page for a second or more: longest ${longest} ms`);
          await shot(page, '02-validated');
        });

        await step('lists every finding, and the filter narrows them', async () => {
          const total = await findingsCount(page);
          await openView(page, 'findings');
          assert.equal(await page.getByTestId('finding').count(), total);
          const status = page.getByTestId('findings-view').getByRole('status');
          assert.match(
            (await status.innerText()).trim(),
            new RegExp(`^Showing ${total} of ${total} findings, at \\d+ cells\\.$`),
          );
          const severities = await page
            .getByTestId('finding')
            .evaluateAll((l) => l.map((i) => i.getAttribute('data-severity')));
          const order = severities.map((s) => ['error', 'warning', 'info'].indexOf(s ?? ''));
          assert.deepEqual(
            order,
            [...order].sort((a, b) => a - b),
            'errors first, then warnings, then notes',
          );
          await page.getByTestId('findings-filter').fill('Quarterly 2009-10');
          await eventually(async () => {
            const titles = await findingTitles(page);
            assert.ok(titles.length > 0 && titles.length < total, `filtered to ${titles.length} of ${total}`);
            for (const title of titles) assert.match(title, /^Select Quarterly 2009-10!/);
            assert.match(
              (await status.innerText()).trim(),
              new RegExp(`^Showing ${titles.length} of ${total} findings`),
            );
          });
          await page.getByTestId('findings-filter').fill('');
          await eventually(async () => assert.equal(await page.getByTestId('finding').count(), total));
        });

        await step('a finding is reached and opened by keyboard: Enter selects its cell', async () => {
          await page.getByTestId('findings-filter').focus();
          await page.keyboard.press('Tab');
          const focused = page.locator(':focus');
          assert.equal(
            await focused.getAttribute('data-testid'),
            'finding',
            'Tab from the filter reaches a finding',
          );
          // the list is one Tab stop: arrows move inside it, Tab leaves it
          await page.keyboard.press('ArrowDown');
          assert.equal(
            await page
              .getByTestId('finding')
              .nth(1)
              .evaluate((el) => el === document.activeElement),
            true,
          );
          await page.keyboard.press('Tab');
          const after = await page.evaluate(
            () => document.activeElement?.getAttribute('data-testid') ?? null,
          );
          assert.notEqual(after, 'finding', 'Tab leaves the list');
          await page.getByTestId('finding').nth(1).focus();
          const { sheet, cell } = findingTarget(await focused.getAttribute('title'));
          await page.keyboard.press('Enter');
          await assertSelected(page, sheet, cell);
          await shot(page, '03-finding-by-keyboard');
        });

        await step(
          'clicking a finding on another sheet shows that sheet with the cell selected',
          async () => {
            const shown = (await page.getByTestId('sheet-grid').getAttribute('aria-label'))?.replace(
              /^Sheet /,
              '',
            );
            const titles = await findingTitles(page);
            const index = titles.findIndex((title) => findingTarget(title).sheet !== shown);
            assert.ok(index >= 0, `some finding is on a sheet other than ${shown}`);
            const { sheet, cell } = findingTarget(titles[index]);
            await page.getByTestId('finding').nth(index).click();
            await assertSelected(page, sheet, cell);
            await shot(page, '04-finding-clicked');
          },
        );

        await step('Fill RAG writes the RAG column on CYPP Targets', async () => {
          await runAndWait(page, () => page.getByTestId('rate').click());
          await showSheet(page, 'CYPP Targets');
          const cells = await eventually(async () => {
            const c = await gridTexts(page);
            assert.ok(
              [...c.values()].some((v) => v.startsWith('RAG')),
              'a RAG header on CYPP Targets',
            );
            return c;
          });
          const header = [...cells].find(([, v]) => v.startsWith('RAG'))?.[0] ?? '';
          const column = header.replace(/\d+$/, '');
          const headerRow = Number(header.slice(column.length));
          // under the header: a rating per indicator row, the header again over each section of the
          // table, and the note that says how the ratings were made
          const ratings = [...cells]
            .filter(
              ([ref, v]) =>
                v && ref.replace(/\d+$/, '') === column && Number(ref.slice(column.length)) > headerRow,
            )
            .map(([, v]) => v)
            .filter((v) => !v.startsWith('RAG') && !v.startsWith('NI Targets ratings:'));
          assert.ok(ratings.length >= 10, `ratings under ${header}: ${ratings.length}`);
          for (const r of ratings) assert.match(r, RATINGS);
          assert.ok(ratings.includes('Green'), 'at least one indicator is Green');
          // the officer's own cells are still there beside the new column
          assert.equal(cells.get('C6'), 'Obesity in primary school age children in Reception Year');
          await page.locator(`[data-testid="sheet-grid"] td[data-cell="${header}"]`).scrollIntoViewIfNeeded();
          await shot(page, '05-rated');
        });

        await step('Build Table A & B adds both report sheets', async () => {
          await openView(page, 'reports');
          await runAndWait(page, () => page.getByTestId('build-reports').click());
          await eventually(async () => {
            const tabs = await sheetTabNames(page);
            assert.ok(tabs.includes('Table A') && tabs.includes('Table B'), `sheet tabs: ${tabs.join(', ')}`);
          });
          await showSheet(page, 'Table A');
          const a = [...(await gridTexts(page)).values()];
          assert.ok(
            a.some((v) => /^NI \d+$/.test(v)),
            'Table A lists NI codes',
          );
          assert.ok(
            a.some((v) => RATINGS.test(v)),
            'Table A shows ratings',
          );
          await shot(page, '06-table-a');
          await showSheet(page, 'Table B');
          const b = [...(await gridTexts(page)).values()];
          assert.ok(
            b.some((v) => v.includes('Maternity Strategy')),
            'Table B lists the action plan tasks',
          );
          await shot(page, '07-table-b');
        });

        await step('Run all rates and rebuilds both reports in one pass, over the same sheets', async () => {
          const said = await runAndWait(page, () => page.getByTestId('run-all').click());
          assert.match(said, /^Rated \d+ indicator row\(s\) in 3 table\(s\); Table A/, said);
          assert.match(said, /\bGreen\b.*\bnot rated\b/, `the ratings are counted: ${said}`);
          const tabs = await sheetTabNames(page);
          assert.equal(
            tabs
              .filter((n) => /^Table [AB]/.test(n))
              .sort()
              .join(', '),
            'Table A, Table B',
          );
        });

        await step('exports Word, HTML and CSV as downloads', async () => {
          const saved: string[] = [];
          for (const kind of ['docx', 'html', 'csv'] as const) {
            const got = await downloadsFrom(page, () => page.getByTestId(`export-${kind}`).click());
            assert.ok(got.length >= 1, `${kind}: a download started`);
            for (const d of got) {
              const name = d.suggestedFilename();
              assert.ok(name.endsWith(`.${kind}`), `${name} is a .${kind}`);
              const path = join(RESULTS, 'downloads', name);
              await d.saveAs(path);
              saved.push(name);
              const bytes = await readFile(path);
              if (kind === 'docx') {
                assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a Word file is a zip');
                assert.ok(bytes.length > 5_000, `${name}: ${bytes.length} bytes`);
              } else if (kind === 'html') {
                const html = bytes.toString('utf8');
                assert.ok(html.includes('<table'), `${name} has a table`);
                assert.ok(html.includes('NI '), `${name} names indicators`);
              } else {
                assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${name} starts with a BOM`);
                assert.ok(
                  bytes.toString('utf8').split(/\r?\n/).filter(Boolean).length > 2,
                  `${name} has rows`,
                );
              }
            }
          }
          const links = await page.getByTestId('downloads').getByRole('link').allInnerTexts();
          assert.deepEqual(links.map((l) => l.trim()).sort(), [...saved].sort(), 'each file has a link too');
          await shot(page, '08-exported');
        });

        await step(
          'the downloaded workbook holds the reports, the ratings and every original cell',
          async () => {
            const download = page.waitForEvent('download');
            await page.getByTestId('download-workbook').click();
            const d = await download;
            const path = join(RESULTS, 'downloads', d.suggestedFilename());
            await d.saveAs(path);
            assert.match(d.suggestedFilename(), /\.xlsx$/);
            const [got, original] = await Promise.all([loadWorkbook(path), loadWorkbook(SAMPLE)]);
            const names = got.worksheets.map((w) => w.name);
            assert.ok(names.includes('Table A') && names.includes('Table B'), `sheets: ${names.join(', ')}`);
            const cypp = got.getWorksheet('CYPP Targets');
            assert.ok(cypp, 'CYPP Targets is still there');
            assert.ok(
              cellTexts(cypp).some((v) => v.startsWith('RAG')),
              'CYPP Targets has the RAG header',
            );
            assert.equal(cypp.getCell('C6').text, 'Obesity in primary school age children in Reception Year');
            for (const ws of original.worksheets) {
              const after = got.getWorksheet(ws.name);
              assert.ok(after, `${ws.name} is still there`);
              const now = filledCells(after);
              for (const [ref, value] of filledCells(ws)) {
                assert.equal(now.get(ref), value, `${ws.name}!${ref} is unchanged`);
              }
            }
          },
        );

        await t.test('made no request outside this machine and raised no page error', () => {
          assert.deepEqual(outside, []);
          assert.deepEqual(errors, []);
        });
      } catch (e) {
        await shot(page, 'failed').catch(() => undefined);
        throw e;
      } finally {
        await context.close();
      }
    },
  );

  test(
    'the pane views at 320 px in light and dark, for the README',
    { timeout: 90_000 },
    async (t: TestContext) => {
      for (const theme of ['light', 'dark'] as const) {
        await t.test(`${theme} theme`, async () => {
          const query = theme === 'dark' ? 'sample=1&theme=dark' : 'sample=1';
          const { page, context, outside, errors } = await openWorkbench(query, {
            width: 1100,
            height: PANE_HEIGHT + 24,
          });
          try {
            await runAndWait(page, () => page.getByTestId('validate').click());
            // the README shows the bundled sample: never overwrite the images with any other workbook
            const listed = (await page.getByTestId('table-item').allInnerTexts()).join('\n');
            for (const name of SAMPLE_TABLE_SHEETS) assert.ok(listed.includes(`${name}!`), `${name} listed`);
            // the pane's own box, inside the frame's 1 px border: as wide as Excel opens a task pane
            const box = await page.getByTestId('pane').boundingBox();
            assert.ok(box && box.width === 320, `the pane is 320 px wide: ${box?.width}`);
            const background = await page
              .getByTestId('pane')
              .evaluate((el) => getComputedStyle(el).backgroundColor);
            const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
            const light = (r + g + b) / 3 > 128;
            assert.equal(light, theme === 'light', `pane background ${background} for the ${theme} theme`);
            for (const view of VIEWS) {
              await openView(page, view);
              if (view === 'settings') await page.getByTestId('setting-year').waitFor();
              // no hover or focus styles on the tab just clicked: the same pane gives the same image
              await page.mouse.move(0, 0);
              await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
              const path = join(IMAGES, `pane-${view}-${theme}.png`);
              // the part of the pane on screen (a long findings list scrolls inside the frame)
              const clip = {
                x: box.x,
                y: box.y,
                width: box.width,
                height: Math.min(box.height, PANE_HEIGHT),
              };
              await writeFile(path, await stableScreenshot(page, clip));
              const size = (await stat(path)).size;
              assert.ok(size < IMAGE_LIMIT, `${path}: ${size} bytes`);
            }
            assert.deepEqual(outside, []);
            assert.deepEqual(errors, []);
          } finally {
            await context.close();
          }
        });
      }
    },
  );
  test(
    'a pane that stays live and trustworthy, by keyboard alone, light and dark, audited by axe in every state',
    { timeout: 300_000 },
    async (t: TestContext) => {
      const audited = { states: [] as string[] };
      const problems: AxeProblem[] = [];
      for (const theme of ['light', 'dark'] as const) {
        await t.test(`${theme} theme`, async () => {
          const query = theme === 'dark' ? 'sample=1&theme=dark' : 'sample=1';
          const wb = await openWorkbench(query, { width: 1100, height: PANE_HEIGHT + 24 });
          try {
            await livePanePath(wb, theme, async (state) => {
              problems.push(...(await auditPane(wb.page, `${state} (${theme})`, audited)));
            });
            assert.deepEqual(wb.outside, []);
            assert.deepEqual(wb.errors, []);
          } catch (e) {
            await shot(wb.page, `live-failed-${theme}`).catch(() => undefined);
            throw e;
          } finally {
            await wb.context.close();
          }
        });
      }
      await t.test('axe finds nothing serious or critical in any state', () => {
        console.log(`axe: ${audited.states.length} states, ${problems.length} serious or critical`);
        for (const p of problems)
          console.log(`axe: ${p.state}: ${p.rule} (${p.impact}) ${p.help} at ${p.targets.join(', ')}`);
        assert.ok(audited.states.length >= 20, `states audited: ${audited.states.length}`);
        assert.deepEqual(problems, []);
      });
    },
  );

  test(
    'the table map at 320 px: a role changed by keyboard alone is saved, and the re-run reads with it',
    { timeout: 90_000 },
    async () => {
      const { page, context, outside, errors } = await openWorkbench('sample=1', {
        width: 1100,
        height: 900,
      });
      try {
        await runAndWait(page, () => page.getByTestId('validate').click());
        await openView(page, 'tables');
        const item = page.getByTestId('table-item').filter({ hasText: 'NIS 2010-11!A5:K123' });
        const map = item.getByTestId('table-map');
        // open the map from the keyboard: its disclosure is reached by Tab and opened with Enter
        await tabToLocator(page, map.locator('summary'), 'the NIS map');
        await page.keyboard.press('Enter');
        await eventually(async () =>
          assert.equal(await map.evaluate((d) => (d as HTMLDetailsElement).open), true),
        );
        assert.match(
          await map.locator('summary').innerText(),
          /^Map of NIS 2010-11!A5:K123: header rows 5:6$/,
        );
        const d = map.getByTestId('map-column').filter({ hasText: 'Baseline / 2009/10' });
        // the recogniser's unsure reading says so in words: the column headed Baseline read as an actual
        assert.match(await d.innerText(), /^D Baseline \/ 2009\/10 \(check\)/);
        const role = map.getByRole('combobox', { name: 'Role of column D (Baseline / 2009/10)' });
        assert.equal(await role.inputValue(), 'actual');

        // keyboard only: Tab to the select, step with the arrows (each step is only a step), Enter saves
        await tabToLocator(page, role, 'the role of D');
        await page.keyboard.press('ArrowDown');
        assert.equal(await role.inputValue(), 'target');
        // Escape takes a step back before it is saved
        await page.keyboard.press('Escape');
        assert.equal(await role.inputValue(), 'actual');
        for (const key of ['ArrowUp', 'ArrowUp', 'ArrowDown']) await page.keyboard.press(key);
        assert.equal(await role.inputValue(), 'baseline');
        assert.equal(await page.getByTestId('progress').count(), 0, 'no run started while stepping');
        assert.equal(await role.isDisabled(), false, 'the select stays usable while stepping');
        const said = await runAndWait(page, () => page.keyboard.press('Enter'));
        assert.match(
          said,
          /^Saved your correction \(column D as baseline 2009\/10\); the workbook was read again/,
        );

        // the re-run read with it: the map shows it as the officer's, the select holds it
        await eventually(async () => assert.match(await d.innerText(), /^D Baseline \/ 2009\/10 \(yours\)/));
        assert.equal(await role.inputValue(), 'baseline');
        assert.match(await map.locator('summary').innerText(), /, corrected by you$/);

        // the map fits the 320 px pane: nothing cut off or scrolled sideways
        const pane = await page.getByTestId('pane').boundingBox();
        const box = await map.boundingBox();
        assert.ok(pane && pane.width === 320, `the pane is 320 px wide: ${pane?.width}`);
        assert.ok(
          box && box.x >= pane.x && box.x + box.width <= pane.x + pane.width,
          `map box ${JSON.stringify(box)}`,
        );
        const overflow = await map.evaluate((el) => el.scrollWidth - el.clientWidth);
        assert.equal(overflow, 0, 'the map does not scroll sideways');
        await map.scrollIntoViewIfNeeded();
        await page.mouse.move(0, 0);
        await map.screenshot({ path: join(RESULTS, 'table-map-320.png') });

        // the correction is in the workbook itself: the download, validated here, reads D as the officer said
        const download = page.waitForEvent('download');
        await page.getByTestId('download-workbook').click();
        const file = join(RESULTS, 'downloads', 'table-map-corrected.xlsx');
        await (await download).saveAs(file);
        const { workbook } = await readWorkbook(await readFile(file), 'table-map-corrected.xlsx');
        const again = await createSession(createXlsxGateway(workbook, 'table-map-corrected.xlsx'), {
          selectCell: async () => undefined,
          getSelection: async () => null,
        }).validate();
        const nis = again.tables.find((t) => t.sheet === 'NIS 2010-11')!;
        const col = nis.map!.columns.find((c) => c.column === 'D')!;
        assert.deepEqual([col.role, col.year, col.corrected], ['baseline', '2009/10', true]);
        const told = again.findings.filter((f) => f.rule === 'NI-CORRECTED').map((f) => f.message);
        assert.equal(told.length, 1, told.join(' | '));
        assert.match(told[0], /column D as baseline/);

        assert.deepEqual(outside, []);
        assert.deepEqual(errors, []);
      } catch (e) {
        await shot(page, 'table-map-failed').catch(() => undefined);
        throw e;
      } finally {
        await context.close();
      }
    },
  );
});
