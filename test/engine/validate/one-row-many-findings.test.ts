/**
 * When several checks fire on one row, the officer sees each at its own cell, in its
 * own words: the title at the title, the target at the target, the figure at the
 * figure, the missing definition at the code.
 */
import type { CellSpec, SheetSpec } from '../../fixtures/spec';
import { check } from './officer-sheets';

const RULES = new Set([
  'NI-TITLE-MISMATCH',
  'NI-TARGET-POLARITY',
  'NI-VALUE-UNREADABLE',
  'NI-LOCAL-UNDEFINED',
]);

const HEADER: CellSpec[] = [
  'Ref',
  'Code',
  'Measure',
  'Baseline 2008/09',
  'Actual 2009/10',
  'Target 2009/10',
  'Target 2010/11',
  'Lead officer',
];

const scorecard: SheetSpec = {
  name: 'Scorecard',
  rows: [
    HEADER,
    [
      '1.1',
      'NI 55',
      'Obesity among primary school age children in Reception Year',
      '9.6%',
      '9.4%',
      '9.0%',
      '8.8%',
      'Jane Smith',
    ],
    // titled as Year 6 obesity, a target above the baseline though lower is better, prose as a target
    ['1.2', 'NI 112', 'Year 6 obesity', 41.2, 40.3, 45, 'reduce further', 'Raj Patel'],
    // a local code the definitions sheet leaves out, with prose as its actual
    [
      '1.3',
      'CSC 014',
      'Initial child protection conferences held within 15 days',
      '71%',
      'see notes',
      '80%',
      '85%',
      'Claire Jones',
    ],
  ],
};

const definitions: SheetSpec = {
  name: 'Definitions',
  rows: [
    ['Code', 'Title', 'Polarity', 'Unit', 'Tolerance'],
    ['CSC 001', 'Children seen within 24 hours of referral', 'Higher is better', '%', '5%'],
  ],
};

describe('several findings on one row', () => {
  it('puts each at its own cell, with its own message, in reading order', () => {
    const c = check([scorecard, definitions]);
    const found = c.findings.filter((f) => RULES.has(f.rule)).map((f) => [f.cell, f.rule]);
    expect(found).toEqual([
      ['C3', 'NI-TITLE-MISMATCH'],
      ['F3', 'NI-TARGET-POLARITY'],
      ['G3', 'NI-VALUE-UNREADABLE'],
      ['B4', 'NI-LOCAL-UNDEFINED'],
      ['E4', 'NI-VALUE-UNREADABLE'],
    ]);
    const messages = c.findings.filter((f) => RULES.has(f.rule)).map((f) => f.message);
    expect(new Set(messages).size).toBe(messages.length);
    expect(messages).toEqual([
      "The title 'Year 6 obesity' fits NI 56 (Obesity among primary school age children in Year 6) rather than NI 112 (Under 18 conception rate).",
      "NI 112 (Year 6 obesity): the 2009/10 target of '45' is above the 2008/09 baseline of '41.2', though lower is better.",
      "Cannot read 'reduce further' as a value (NI 112 (Year 6 obesity), 2010/11 target).",
      'CSC 014 (Initial child protection conferences held within 15 days) is a local code with no definition: nothing says whether higher or lower is better, so it is not rated.',
      "Cannot read 'see notes' as a value (CSC 014 (Initial child protection conferences held within 15 days), 2009/10 actual).",
    ]);
  });
});
