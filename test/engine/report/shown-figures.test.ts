/** Figures in the decimals a number format shows, rounded as Excel rounds them. */
import { fixedDigits, formatDecimals } from '../../../src/engine/report/shown-figures';

it.each([
  ['0.0%', 1],
  ['0%', 0],
  ['#,##0.00', 2],
  ['0.0" ppts"', 1],
  ['[Red]0.00;[Blue]-0.000', 2],
  ['0.0#', 1],
  ['General', null],
  ['@', null],
  ['d-mmm-yy', null],
])('format %s shows %s decimals', (format, decimals) => {
  expect(formatDecimals(format)).toBe(decimals);
});

it.each([
  [32.4667, 1, '32.5'],
  [1.005, 2, '1.01'],
  [67.45, 1, '67.5'],
  [-2.5, 0, '-3'],
  [-0.04, 1, '0.0'],
  [1234567.891, 2, '1,234,567.89'],
  [1e-7, 2, '0.00'],
  [999.995, 2, '1,000.00'],
  [-0.005, 2, '-0.01'],
  // 15 significant digits, as Excel keeps them: no binary noise after them, and never "NaN"
  [4459093526141.045, 10, '4,459,093,526,141.0400000000'],
  [-53623316930.24366, 11, '-53,623,316,930.2437000000'],
])('%s with %s decimals reads %s', (value, decimals, text) => {
  expect(fixedDigits(value, decimals)).toBe(text);
});
