/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { SettingsView } from '../../../src/surfaces/taskpane/SettingsView';
import { installDomStubs } from './fake-session';

beforeAll(installDomStubs);

const SAVED = {
  year: 2009,
  tolerance: { kind: 'relative' as const, value: 5 },
  noChangePercent: 1,
  dueSoonDays: 30,
};

function show(settings: typeof SAVED | null = SAVED) {
  const onSave = jest.fn();
  const onLoad = jest.fn();
  render(<SettingsView settings={settings} busy={false} onLoad={onLoad} onSave={onSave} />);
  return { onSave, onLoad };
}

const box = (name: RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (name: RegExp, value: string) => fireEvent.change(box(name), { target: { value } });

describe('settings view', () => {
  it('shows the saved settings in labelled fields', () => {
    show();
    expect(box(/Reporting year/).value).toBe('2009/10');
    expect(box(/Tolerance \(Amber band\)/).value).toBe('5');
    expect(box(/No-change band/).value).toBe('1');
    expect(box(/due-soon window/).value).toBe('30');
  });

  it('reads the saved settings when it has none yet', () => {
    const { onLoad } = show(null);
    expect(onLoad).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Reading the settings saved in the workbook…')).toBeTruthy();
  });

  it('saves the values typed, parsed', () => {
    const { onSave } = show();
    type(/Reporting year/, '2010/11');
    fireEvent.change(screen.getByRole('combobox', { name: 'Tolerance is' }), {
      target: { value: 'absolute' },
    });
    type(/Tolerance \(Amber band\)/, '2.5');
    type(/due-soon window/, '14');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).toHaveBeenCalledWith({
      year: 2010,
      tolerance: { kind: 'absolute', value: 2.5 },
      noChangePercent: 1,
      dueSoonDays: 14,
    });
  });

  it('a blank year means the latest year with an actual', () => {
    const { onSave } = show();
    type(/Reporting year/, '');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ year: null }));
  });

  it('shows what is wrong beside each field and saves nothing', () => {
    const { onSave } = show();
    type(/Reporting year/, '2009/11');
    type(/Tolerance \(Amber band\)/, 'five');
    type(/due-soon window/, '7.5');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText(/Type a year such as 2009\/10/)).toBeTruthy();
    expect(screen.getByText('Type a number from 0 to 100.')).toBeTruthy();
    expect(screen.getByText('Type a whole number of days from 0 to 366.')).toBeTruthy();
    expect(box(/Reporting year/).getAttribute('aria-invalid')).toBe('true');
  });
});
