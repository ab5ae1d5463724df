/**
 * The case from the sheet: an NI 48 target of 16 against a baseline of 9 in a
 * column headed "Baseline or current performance". Needs recognition to hand the
 * yearless baseline column on (role 'baseline', its cells in each row's values).
 */
import type { CellSpec } from '../../fixtures/spec';
import { check } from './officer-sheets';

const NI_48 = 'Children killed or seriously injured in road traffic accidents';

function laaTable(header: string): CellSpec[][] {
  return [
    ['LAA improvement targets 2008-2011'],
    [],
    ['NI', 'Indicator', header, 'Target 2009/10', 'Target 2010/11', 'Lead partner'],
    ['NI 48', NI_48, 9, 16, 8, 'Road Safety Partnership'],
    ['NI 111', 'First time entrants to the Youth Justice System aged 10-17', 523, 500, 480, 'YOT'],
    [
      'NI 117',
      '16 to 18 year olds who are not in education, employment or training (NEET)',
      '7.1%',
      '6.5%',
      '6%',
      'Connexions',
    ],
  ];
}

describe('NI-TARGET-POLARITY against a yearless baseline column on the sheet', () => {
  it.each(['Baseline or current performance', 'Baseline', 'Current performance'])(
    "warns at the NI 48 target of 16 above a baseline of 9 headed '%s'",
    (header) => {
      const c = check([{ name: 'LAA', rows: laaTable(header) }]);
      const named = header === 'Baseline' ? 'baseline' : `baseline ('${header}')`;
      expect(c.of('NI-TARGET-POLARITY')).toEqual([
        [
          'D4',
          `NI 48 (${NI_48}): the 2009/10 target of '16' is above the ${named} of '9', though lower is better.`,
        ],
      ]);
      expect(c.tables[0].columns.find((col) => col.col === 2)).toMatchObject({ role: 'baseline', header });
    },
  );

  it('keeps reading a baseline with a year as that year', () => {
    const c = check([{ name: 'LAA', rows: laaTable('Baseline 2008/09') }]);
    expect(
      c.of('NI-TARGET-POLARITY').map(([cell, m]) => [cell, m.includes("2008/09 baseline of '9'")]),
    ).toEqual([['D4', true]]);
  });
});
