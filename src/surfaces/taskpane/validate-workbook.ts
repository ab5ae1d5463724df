import type { PaneMessage } from './messages';

/**
 * Placeholder for the engine run. The pane loads this module with import() on the first click, so the
 * engine (and the spreadsheet libraries it will pull in) stays out of the pane's first load.
 */
export async function validateWorkbook(): Promise<PaneMessage[]> {
  return [{ intent: 'info', text: 'NI Targets: Validate workbook is not wired yet.' }];
}
