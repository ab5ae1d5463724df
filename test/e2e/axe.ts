/**
 * axe-core over the task pane in the page, state by state. Only the pane is audited (and a dialog it
 * opens, which Fluent draws outside it): the workbench's grid stands in for Excel and is not the product.
 * Serious and critical violations fail; each is kept with the state it was found in, so one report
 * names every state at fault.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8',
);

export interface AxeProblem {
  state: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Audits the pane as it is now; returns its serious and critical violations, and counts the state. */
export async function auditPane(page: Page, state: string, log: { states: string[] }): Promise<AxeProblem[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    // audited as the officer sees the state once it has settled: Fluent eases a button's colours for
    // ~100-200 ms as it is enabled again after a run, and axe once read a colour half-way there
    // (color-contrast on the toolbar in 'rated (dark)', a contrast no one sees at rest). Endless
    // animations (a spinner) are not waited for, and nothing waits past two seconds.
    const easing = document
      .getAnimations()
      .filter((a) => a.effect?.getTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined));
    await Promise.race([Promise.all(easing), new Promise((r) => setTimeout(r, 2000))]);
    const include: string[][] = [['[data-testid="pane-frame"]']];
    if (document.querySelector('[role="dialog"], [role="alertdialog"]')) include.push(['[role="dialog"]']);
    const axe = (
      window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: unknown[] }> } }
    ).axe;
    // Tabster's dummy inputs (<i tabindex=0 aria-hidden data-tabster-dummy>), which Fluent's tab list and
    // focus groups place at their edges: focusing one moves focus on at once to a real control, so a
    // screen reader never rests there. axe's aria-hidden-focus cannot know that; they are left out, and
    // only they (the attribute is Tabster's own mark of them).
    const exclude = [['[data-tabster-dummy]']];
    const result = await axe.run({ include, exclude }, { resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  });
  log.states.push(state);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      state,
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
}
