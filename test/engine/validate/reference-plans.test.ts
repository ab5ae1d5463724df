/**
 * The rules that judge codes and titles, run with the built-in catalogue over every
 * NI row of the two reference plans: officers' abbreviated titles must not be
 * mistaken for other indicators.
 */
import { builtInCatalogue } from '../../../src/engine/catalogue/catalogue';
import { codeFormat } from '../../../src/engine/validate/rules/code-format';
import { codeTypo } from '../../../src/engine/validate/rules/code-typo';
import { codeUnknown } from '../../../src/engine/validate/rules/code-unknown';
import { titleMismatch } from '../../../src/engine/validate/rules/title-mismatch';
import { context, targetsTable } from './build';
import { REFERENCE_TITLES } from './reference-titles';

const catalogue = builtInCatalogue();
const table = (rows: { code: string; title: string }[]) =>
  targetsTable({ years: [], rows: rows.map((r) => ({ code: r.code, title: r.title, values: [] })) });

describe('code and title rules on the reference plans', () => {
  it('encodes both plans', () => {
    expect(REFERENCE_TITLES.filter((r) => r.plan === 'bromley').length).toBeGreaterThan(20);
    expect(REFERENCE_TITLES.filter((r) => r.plan === 'oxfordshire').length).toBeGreaterThan(80);
  });

  it.each(['bromley', 'oxfordshire'] as const)('find nothing wrong with any %s row', (plan) => {
    const ctx = context([table(REFERENCE_TITLES.filter((r) => r.plan === plan))], { catalogue });
    const found = [codeUnknown, codeTypo, codeFormat, titleMismatch].flatMap((rule) => rule.check(ctx));
    expect(found).toEqual([]);
  });

  it('still catches a title under the wrong code, and suggests the code for an unknown one', () => {
    const ctx = context(
      [
        table([
          { code: 'NI 55', title: 'Under 18 conception rate' },
          { code: 'NI 250', title: 'Under 18 conception rate' },
        ]),
      ],
      { catalogue },
    );
    const mismatch = titleMismatch.check(ctx);
    expect(mismatch.map((f) => f.cell)).toEqual(['B3']);
    expect(mismatch[0].message).toContain('fits NI 112');
    expect(codeUnknown.check(ctx)[0].message).toContain('The title fits NI 112');
  });
});
