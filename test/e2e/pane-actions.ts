/**
 * What the officer does in the workbench page and what the page then shows, as Playwright steps. Waits
 * are on what the officer would wait for (the progress bar going, an outcome announced), never on time.
 */
import type { Download, Page } from 'playwright-core';

const RUN_TIMEOUT = 60_000;

/** Polls `check` until it stops throwing; the last failure is the one reported. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Does `act` and waits for the run it starts to end; returns the outcome the pane announced. The message
 * already on screen is marked first, so a stale outcome is never taken for the new one. An error outcome
 * ("... failed: ...") throws, with the pane's own words.
 */
export async function runAndWait(page: Page, act: () => Promise<void>): Promise<string> {
  const announcer = page.getByTestId('announcer');
  await announcer.evaluate((el) => {
    for (const child of Array.from(el.children)) child.setAttribute('data-e2e-stale', '');
  });
  await act();
  const fresh = announcer.locator(':scope > :not([data-e2e-stale])').first();
  await fresh.waitFor({ timeout: RUN_TIMEOUT });
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: RUN_TIMEOUT });
  const text = (await fresh.innerText()).trim();
  if (/failed:/.test(text)) throw new Error(`the pane reported: ${text}`);
  return text;
}

/** The pane's view tabs, by role and accessible name (Fluent repeats the text of unselected tabs). */
export function paneTab(page: Page, name: RegExp) {
  return page.getByTestId('pane').getByRole('tab', { name });
}

export async function openView(page: Page, view: 'tables' | 'findings' | 'settings' | 'reports') {
  await page.getByTestId(`tab-${view}`).click();
  await page.getByTestId(`${view}-view`).waitFor();
}

/** The number in "Findings (197)", once validation has run. */
export async function findingsCount(page: Page): Promise<number> {
  const name = (await paneTab(page, /^Findings \(\d+\)$/).innerText()).trim();
  return Number(/\((\d+)\)/.exec(name)?.[1]);
}

/** The findings listed, as their titles: "Select <sheet>!<cell>". */
export function findingTitles(page: Page): Promise<string[]> {
  return page.getByTestId('finding').evaluateAll((list) => list.map((b) => b.getAttribute('title') ?? ''));
}

export async function sheetTabNames(page: Page): Promise<string[]> {
  return (await page.getByTestId('sheet-tab').allInnerTexts()).map((t) => t.trim());
}

export async function showSheet(page: Page, name: string) {
  await page.getByTestId('sheet-tabs').getByRole('tab', { name, exact: true }).click();
  await page
    .getByTestId('sheet-grid')
    .and(page.getByLabel(`Sheet ${name}`))
    .waitFor();
}

/** The texts of the shown sheet's cells, by A1 address. */
export async function gridTexts(page: Page): Promise<Map<string, string>> {
  const pairs = await page
    .locator('[data-testid="sheet-grid"] td[data-cell]')
    .evaluateAll((cells) => cells.map((c) => [c.getAttribute('data-cell') ?? '', c.textContent ?? '']));
  return new Map(pairs as [string, string][]);
}

/** Runs `act` and collects every download it starts until the pane announces the outcome. */
export async function downloadsFrom(page: Page, act: () => Promise<void>): Promise<Download[]> {
  const got: Download[] = [];
  const onDownload = (d: Download) => got.push(d);
  page.on('download', onDownload);
  try {
    const first = page.waitForEvent('download', { timeout: RUN_TIMEOUT });
    first.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
    await runAndWait(page, act);
    await first;
  } finally {
    page.off('download', onDownload);
  }
  return got;
}

/** Presses Tab until the focused element is `testId`: proves it is reachable by keyboard alone. */
export async function tabTo(page: Page, testId: string, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    if (focused === testId) return;
  }
  throw new Error(`${testId} was not reached in ${maxPresses} presses of Tab`);
}
