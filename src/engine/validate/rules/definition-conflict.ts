import type { DefinitionConflict } from '../../catalogue/definitions-conflicts';
import { finding } from '../finding';
import type { Rule } from '../types';

/** "polarity: lower is better here, higher is better in the file; unit: % here, days in the file" */
function differencesText(c: DefinitionConflict): string {
  return c.differences.map((d) => `${d.field} ${d.sheet} here, ${d.file} in the file`).join('; ');
}

/**
 * A code the workbook's own definitions sheet and an imported definitions file (kept in the workbook's
 * record) define differently. The sheet wins, as the workbook's own word that the officer can see; without
 * this the file's polarity or unit would give way without a word, and rows rate other than the file says.
 */
export const definitionConflict: Rule = {
  id: 'NI-DEFINITION-CONFLICT',
  severity: 'warning',
  title: 'A definitions sheet and an imported definitions file disagree',
  check(ctx) {
    return (ctx.definitionConflicts ?? []).map((c) =>
      finding(
        this,
        { sheet: c.sheet, cell: c.cell },
        `${c.code} is defined here and in the imported file ${c.file} (${c.fileAt}) differently: ` +
          `${differencesText(c)}. This sheet's definition is used.`,
        `Make the two agree: correct this row, or correct ${c.file} and import it again ` +
          '(the pane: Settings, Import definitions; the command line: --definitions).',
      ),
    );
  },
};
