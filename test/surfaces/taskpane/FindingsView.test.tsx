/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FindingsView } from '../../../src/surfaces/taskpane/FindingsView';
import { SAMPLE_SUMMARY, installDomStubs } from './fake-session';

beforeAll(installDomStubs);

function show(onSelect = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsView summary={SAMPLE_SUMMARY} onSelect={onSelect} />
    </FluentProvider>,
  );
  return onSelect;
}

const groupTitles = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);
const findingTexts = () => screen.queryAllByTestId('finding').map((b) => b.textContent);

describe('findings view', () => {
  it('groups findings by table, then by severity, with findings outside tables by sheet', () => {
    show();
    expect(groupTitles()).toEqual(['Targets!A3:I40', 'NIS!A5:I20', 'Budget (outside any table)']);
    const targets = screen.getByRole('region', { name: 'Targets!A3:I40' });
    expect(
      within(targets)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Errors (1)', 'Warnings (1)']);
    expect(screen.getByRole('status').textContent).toBe('Showing 4 of 4 findings.');
  });

  it('hides a severity when its toggle is switched off, showing the counts on the toggles', () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Warnings (2)' }));
    expect(findingTexts().some((t) => t?.includes('missing'))).toBe(false);
    expect(groupTitles()).toEqual(['Targets!A3:I40', 'Budget (outside any table)']);
    expect(screen.getByRole('status').textContent).toBe('Showing 2 of 4 findings.');
  });

  it('filters by the words typed, across cell, sheet and message', () => {
    show();
    fireEvent.change(screen.getByRole('textbox', { name: 'Filter findings' }), {
      target: { value: 'ni 55' },
    });
    expect(findingTexts()).toEqual(['B6 NI 55: percent above 100Fix it.']);
    fireEvent.change(screen.getByRole('textbox', { name: 'Filter findings' }), {
      target: { value: 'budget' },
    });
    expect(groupTitles()).toEqual(['Budget (outside any table)']);
  });

  it('each finding is a button that selects its cell, by mouse or keyboard', () => {
    const onSelect = show();
    const button = screen.getByRole('button', { name: /C7 NI 999/ });
    fireEvent.click(button);
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ sheet: 'Targets', cell: 'C7' }));
    expect(button.tagName).toBe('BUTTON'); // Enter and Space then press it natively
  });

  it('asks for a validation first when there is nothing yet', () => {
    render(<FindingsView summary={null} onSelect={jest.fn()} />);
    expect(screen.getByText('Validate the workbook to see what needs checking.')).toBeTruthy();
  });
});
