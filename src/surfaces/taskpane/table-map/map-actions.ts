/** The pane's correction of a table's map: saved in the workbook through the session, then validated again. */
import type { CorrectionRequest } from '../../../session/corrections';
import type { Run } from '../use-run';
import { summaryText } from '../outcome-text';

function what(req: CorrectionRequest): string {
  const cols = (req.columns ?? []).map((c) => `column ${c.column} as ${c.role}${c.year ? ` ${c.year}` : ''}`);
  if (req.headerRows) cols.push(`header rows ${req.headerRows}`);
  if (req.range) cols.push(`range ${req.range}`);
  return cols.join(', ') || 'the table';
}

export function mapActions(run: Run) {
  return {
    correctTable: (req: CorrectionRequest) =>
      run(
        'Correct the table map',
        (s, signal, onStage) => s.correctTable(req, { signal, onStage }),
        (r) => ({
          intent: 'success',
          text: `Saved your correction (${what(req)}); the workbook was read again with it. ${summaryText(r)}`,
        }),
      ),
    correctFromSelection: (what: 'header' | 'range', table: { sheet: string; cell: string }) =>
      run(
        what === 'header' ? 'Use selection as header rows' : 'Use selection as the range',
        (s, signal, onStage) => s.correctFromSelection(what, table, { signal, onStage }),
        (r) => ({
          intent: 'success',
          text: `Saved the selection as the table’s ${what === 'header' ? 'header rows' : 'range'}. ${summaryText(r)}`,
        }),
      ),
  };
}
