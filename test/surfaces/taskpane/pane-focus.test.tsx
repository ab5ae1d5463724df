/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../src/surfaces/taskpane/App';
import { fakeSession, installDomStubs } from './fake-session';

beforeAll(installDomStubs);
jest.setTimeout(30_000);

const button = (name: string | RegExp) => screen.getByRole('button', { name });
/** presses a button as a keyboard user does: focus it, then activate it */
const press = async (name: string | RegExp) =>
  act(async () => {
    button(name).focus();
    fireEvent.click(button(name));
  });
const tab = async (name: RegExp) => act(async () => fireEvent.click(screen.getByRole('tab', { name })));

describe('task pane focus after each action', () => {
  it('stays on the button that started a run, which stays focusable while busy', async () => {
    let finish: () => void = () => undefined;
    const session = fakeSession();
    session.rate.mockImplementation(
      () =>
        new Promise((resolve) => {
          finish = () =>
            resolve({
              summary: 'Rated 1 indicator row(s) in 1 table(s)',
              notices: [],
              firstCell: null,
              addedSheets: [],
              rag: { Green: 1, Amber: 0, Red: 0, 'Not rated': 0 },
            } as never);
        }),
    );
    render(<App connect={async () => session} />);
    await press('Fill RAG & trajectory');
    expect(document.activeElement).toBe(button('Fill RAG & trajectory'));
    expect(button('Fill RAG & trajectory').getAttribute('aria-disabled')).toBe('true');
    await act(async () => finish());
    expect(document.activeElement).toBe(button('Fill RAG & trajectory'));
    expect(screen.getByTestId('announcer').textContent).toMatch(/^Rated 1 indicator/);
  });

  it('moves to the outcome when the control that started the run has gone (Cancel)', async () => {
    const session = fakeSession();
    session.validate.mockImplementation(
      ({ signal }: { signal?: AbortSignal } = {}) =>
        new Promise((_, reject) =>
          signal?.addEventListener('abort', () =>
            reject(Object.assign(new Error('Cancelled: nothing was changed'), { name: 'AbortError' })),
          ),
        ),
    );
    render(<App connect={async () => session} />);
    await press('Validate workbook');
    await press('Cancel');
    const outcome = screen.getByTestId('outcome');
    expect(document.activeElement).toBe(outcome);
    expect(outcome.textContent).toBe('Cancelled: nothing was changed');
    expect(outcome.tabIndex).toBe(-1); // reachable by script, not an extra Tab stop
  });

  it('takes the officer to the first bad setting when Save finds invalid values', async () => {
    const session = fakeSession();
    render(<App connect={async () => session} />);
    await tab(/^Settings/);
    await screen.findByRole('textbox', { name: /Tolerance \(Amber band\)/ });
    fireEvent.change(screen.getByRole('textbox', { name: /No-change band/ }), { target: { value: 'x' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Tolerance \(Amber band\)/ }), {
      target: { value: 'five' },
    });
    await press('Save settings');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Tolerance \(Amber band\)/ }));
    expect(session.saveSettings).not.toHaveBeenCalled();
  });

  it('opening Settings keeps the last outcome on screen', async () => {
    const session = fakeSession();
    render(<App connect={async () => session} />);
    await press('Validate workbook');
    const said = screen.getByTestId('announcer').textContent;
    await tab(/^Settings/);
    await screen.findByRole('textbox', { name: /Reporting year/ });
    expect(session.settings).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('announcer').textContent).toBe(said);
  });

  it('after building the reports, shows Table A in the workbook', async () => {
    const session = fakeSession();
    render(<App connect={async () => session} />);
    await tab(/^Reports/);
    await press('Build Table A & B');
    expect(session.showFinding).toHaveBeenLastCalledWith({ sheet: 'Table A', cell: 'A1' });
    expect(document.activeElement).toBe(button('Build Table A & B'));
  });
});
