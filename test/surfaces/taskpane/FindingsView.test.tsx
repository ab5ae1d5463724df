/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FindingsView } from '../../../src/surfaces/taskpane/FindingsView';
import { mergeMessages } from '../../../src/surfaces/taskpane/finding-groups';
import type { Finding } from '../../../src/engine/model/findings';
import { SAMPLE_SUMMARY, finding, installDomStubs, summaryOf, table } from './fake-session';

beforeAll(installDomStubs);

function show(summary = SAMPLE_SUMMARY, onSelect = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsView summary={summary} onSelect={onSelect} />
    </FluentProvider>,
  );
  return onSelect;
}

const items = () => screen.queryAllByTestId('finding');
const itemTexts = () => items().map((b) => b.textContent);
const status = () => screen.getByRole('status').textContent;

const unitless = (cell: string, year: string): Finding => ({
  rule: 'NI-UNIT-MISMATCH',
  severity: 'warning',
  sheet: 'Targets',
  cell,
  message: `NI 55 (Obesity), ${year} target: '8' has no unit beside percentages; read as 8%.`,
  fix: 'Type 8% if that is what you mean.',
});

/** the sample's shape: a warning for each year cell of one row, listed before an error further down */
const REPEATED = summaryOf(
  [table('Targets', 'A3:I40', 2, 39, 37)],
  [
    unitless('H6', '2008/09'),
    unitless('I6', '2009/10'),
    unitless('J6', '2010/11'),
    finding('Targets', 'C7', 'error', 'NI 999 is not a National Indicator'),
    finding('Targets', 'D20', 'info', 'A note'),
  ],
);

describe('findings view', () => {
  it('lists errors first, then warnings, then notes, each saying its severity in words', () => {
    show();
    expect(items().map((i) => i.getAttribute('data-severity'))).toEqual([
      'error',
      'warning',
      'warning',
      'info',
    ]);
    expect(itemTexts()[0]).toBe('Error · Targets!C7NI 999 is not a National IndicatorFix it.');
    expect(status()).toBe('Showing 4 of 4 findings, at 4 cells.');
  });

  it('gives one finding per row and rule, naming every cell, in one sentence', () => {
    show(REPEATED);
    expect(itemTexts()).toEqual([
      'Error · Targets!C7NI 999 is not a National IndicatorFix it.',
      'Warning · Targets!H6, I6 and J6' +
        "NI 55 (Obesity), 2008/09, 2009/10 and 2010/11 target: '8' has no unit beside percentages; read as 8%." +
        'Type 8% if that is what you mean.',
      'Note · Targets!D20A noteFix it.',
    ]);
    expect(status()).toBe('Showing 3 of 3 findings, at 5 cells.');
    expect(screen.getByRole('button', { name: 'Warnings (1)' })).toBeTruthy();
  });

  it('keeps the first message when the cells differ in more than a few words', () => {
    expect(mergeMessages(['a b c', 'x y z'])).toBe('a b c');
    const polarity = (year: string, value: string) =>
      `NI 61 (Timeliness of placements): the ${year} target of '${value}' is below the 2007/08 actual of '87%', though higher is better.`;
    expect(mergeMessages([polarity('2008/09', '78%'), polarity('2009/10', '80%')])).toBe(
      "NI 61 (Timeliness of placements): the 2008/09 target of '78%' and 2009/10 target of '80%' is below the 2007/08 actual of '87%', though higher is better.",
    );
  });

  it('hides a severity when its toggle is switched off, showing the counts on the toggles', () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Warnings (2)' }));
    expect(items().map((i) => i.getAttribute('data-severity'))).toEqual(['error', 'info']);
    expect(status()).toBe('Showing 2 of 4 findings, at 2 cells.');
  });

  it('filters by rule, each rule with its count', () => {
    show(REPEATED);
    const rule = screen.getByRole('combobox', { name: 'Show rule' });
    const options = [...(rule as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toEqual(['Every rule (3)', 'NI-TEST (2)', 'NI-UNIT-MISMATCH (1)']);
    fireEvent.change(rule, { target: { value: 'NI-UNIT-MISMATCH' } });
    expect(items()).toHaveLength(1);
    expect(items()[0].getAttribute('title')).toBe('Select Targets!H6');
  });

  it('filters by the words typed, across every cell, sheet and message of a row', () => {
    show(REPEATED);
    fireEvent.change(screen.getByRole('textbox', { name: 'Filter findings' }), { target: { value: 'j6' } });
    expect(items().map((i) => i.getAttribute('title'))).toEqual(['Select Targets!H6']);
    fireEvent.change(screen.getByRole('textbox', { name: 'Filter findings' }), {
      target: { value: 'budget' },
    });
    expect(items()).toHaveLength(0);
    expect(status()).toBe('Showing 0 of 3 findings, at 0 cells.');
  });

  it('is one Tab stop: arrows, Home and End move inside, Enter selects the cell, plain text', () => {
    const onSelect = show();
    const list = screen.getByRole('listbox', { name: 'Findings' });
    expect(items().map((i) => i.tabIndex)).toEqual([0, -1, -1, -1]);
    items()[0].focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items()[1]);
    expect(items().map((i) => i.tabIndex)).toEqual([-1, 0, -1, -1]);
    fireEvent.keyDown(list, { key: 'End' });
    expect(document.activeElement).toBe(items()[3]);
    fireEvent.keyDown(list, { key: 'ArrowDown' }); // stays on the last
    expect(document.activeElement).toBe(items()[3]);
    fireEvent.keyDown(list, { key: 'Home' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ sheet: 'Targets', cell: 'E9' }));
    expect(items()[1].getAttribute('aria-selected')).toBe('true');
    expect(list.querySelector('strong, b')).toBeNull();
  });

  it('a click selects the row’s first cell', () => {
    const onSelect = show(REPEATED);
    fireEvent.click(items()[1]);
    expect(onSelect).toHaveBeenLastCalledWith(
      expect.objectContaining({ cell: 'H6', rule: 'NI-UNIT-MISMATCH' }),
    );
  });

  it('asks for a validation first when there is nothing yet', () => {
    render(<FindingsView summary={null} onSelect={jest.fn()} />);
    expect(screen.getByText('Validate the workbook to see what needs checking.')).toBeTruthy();
  });
});
