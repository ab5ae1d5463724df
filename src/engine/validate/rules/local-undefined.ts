import type { Finding } from '../../model/findings';
import { finding } from '../finding';
import { indicatorLabel } from '../message-words';
import { indicatorRows, type RowView } from '../rows';
import type { Rule, RuleContext } from '../types';

/** The columns a definitions sheet is read by (src/engine/catalogue/definitions-sheet.ts). */
export const DEFINITION_COLUMNS = 'Code | Title | Polarity | Unit | Tolerance';

/** A row coded with a council's own code (CSC 014, LPI 12), not an NI code. */
function hasLocalCode(v: RowView): v is RowView & { row: { code: string } } {
  return !!v.row.code && v.row.local && !/^NI\s/i.test(v.row.code);
}

/** Defined as rating finds it: by the code, else (as a local row) by its title. */
function isDefined(v: RowView, ctx: RuleContext): boolean {
  return !!v.definition || !!ctx.catalogue.lookupLocalByTitle(v.row.title);
}

/**
 * Where to define the code: the definitions sheet by name when the caller says
 * which sheets were read as definitions (none: add one); otherwise in words.
 */
function fixFor(code: string, sheets: readonly string[] | undefined): string {
  const until = 'the row cannot be rated until it is defined.';
  if (sheets === undefined)
    return `Add ${code} to the workbook's definitions sheet (columns ${DEFINITION_COLUMNS}; add such a sheet if there is none): ${until}`;
  if (sheets.length === 0)
    return `Add a definitions sheet with the columns ${DEFINITION_COLUMNS} and a row for ${code}: ${until}`;
  const named = sheets.map((s) => `'${s}'`).join(' or ');
  return `Add ${code} to the definitions sheet ${named} (columns ${DEFINITION_COLUMNS}): ${until}`;
}

/**
 * A local code the workbook does not define: it has no national definition, so
 * without a row on the definitions sheet nothing says whether higher or lower is
 * better, and the row is left unrated without a word unless this says so.
 */
export const localUndefined: Rule = {
  id: 'NI-LOCAL-UNDEFINED',
  severity: 'warning',
  title: 'Local code with no definition',
  check(ctx) {
    const out: Finding[] = [];
    const sheets = ctx.definitionSheets;
    for (const v of indicatorRows(ctx)) {
      if (!hasLocalCode(v) || isDefined(v, ctx)) continue;
      const code = v.row.code;
      const named = indicatorLabel(code, v.row.title);
      out.push(
        finding(
          this,
          { sheet: v.table.sheet, cell: v.anchor },
          `${named} is a local code with no definition: nothing says whether higher or lower is better, so it is not rated.`,
          fixFor(code, sheets),
        ),
      );
    }
    return out;
  },
};
