/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../../src/surfaces/taskpane/App';
import type { Session } from '../../../src/session/session';
import type { WatchTheme } from '../../../src/surfaces/taskpane/theme';
import { catchDownloads, fakeSession, installDomStubs } from './fake-session';

beforeAll(installDomStubs);
// jsdom renders Fluent slowly, and the suite shares its machine with other test runs
jest.setTimeout(30_000);
let downloads: string[] = [];
beforeEach(() => (downloads = catchDownloads()));
afterEach(() => jest.restoreAllMocks());

const click = async (name: string | RegExp) =>
  act(async () => fireEvent.click(screen.getByRole('button', { name })));
const tab = async (name: RegExp) => act(async () => fireEvent.click(screen.getByRole('tab', { name })));

describe('task pane', () => {
  it('shows the product name, the main actions and the four views', () => {
    render(<App connect={async () => fakeSession()} />);
    expect(screen.getByRole('heading', { name: 'NI Targets' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Validate workbook' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fill RAG & trajectory' })).toBeTruthy();
    for (const name of ['Tables', 'Findings', 'Settings', 'Reports']) {
      expect(screen.getByRole('tab', { name })).toBeTruthy();
    }
  });

  it('after validating, shows the tables, counts in the tab labels, and announces the result', async () => {
    render(<App connect={async () => fakeSession()} />);
    await click('Validate workbook');
    expect(screen.getByRole('tab', { name: 'Tables (2)' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Findings (4)' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Tables found' }).textContent).toContain('Targets!A3:I40');
    expect(screen.getByTestId('announcer').textContent).toBe('Found 2 tables: 1 error, 2 warnings, 1 note.');
  });

  it('shows progress with Cancel while running, and Cancel stops the run', async () => {
    const session = fakeSession();
    let release: () => void = () => undefined;
    session.rate.mockImplementation(
      ({ signal }: { signal?: AbortSignal } = {}) =>
        new Promise((_, reject) => {
          release = () => undefined;
          signal?.addEventListener('abort', () => {
            const e = new Error('Cancelled: nothing more was changed');
            e.name = 'AbortError';
            reject(e);
          });
        }),
    );
    render(<App connect={async () => session} />);
    await click('Fill RAG & trajectory');
    expect(screen.getByRole('progressbar')).toBeTruthy();
    // still focusable while busy, so focus is not lost from the control that started the run
    expect(screen.getByRole('button', { name: 'Validate workbook' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    await click('Cancel');
    release();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByTestId('announcer').textContent).toBe('Cancelled: nothing more was changed');
  });

  it('says what Fill RAG changed', async () => {
    render(<App connect={async () => fakeSession()} />);
    await click('Fill RAG & trajectory');
    expect(screen.getByTestId('announcer').textContent).toBe(
      'Rated 52 indicator row(s) in 2 table(s). 20 Green, 5 Amber, 7 Red, 20 not rated.',
    );
  });

  it('turns a failure into a message rather than a blank pane', async () => {
    const session = fakeSession();
    session.validate.mockRejectedValue(new Error('The workbook is busy'));
    render(<App connect={async () => session} />);
    await click('Validate workbook');
    expect(screen.getByTestId('announcer').textContent).toBe('Validate failed: The workbook is busy');
    expect(
      screen.getByRole('button', { name: 'Validate workbook' }).getAttribute('aria-disabled'),
    ).toBeNull();
  });

  it('clicking a finding selects its cell in the workbook', async () => {
    const session = fakeSession();
    render(<App connect={async () => session} />);
    await click('Validate workbook');
    await tab(/^Findings/);
    await act(async () =>
      fireEvent.click(screen.getByRole('option', { name: /NI 999 is not a National Indicator/ })),
    );
    expect(session.showFinding).toHaveBeenCalledWith(
      expect.objectContaining({ sheet: 'Targets', cell: 'C7' }),
    );
  });

  it('excludes a table and adds the selection as a table', async () => {
    const session = fakeSession();
    render(<App connect={async () => session} />);
    await click('Validate workbook');
    await click('Exclude NIS!A5:I20');
    expect(session.excludeTable).toHaveBeenCalledWith(
      session.lastSummary()!.tables[1].ref,
      expect.anything(),
    );
    await click('Use selection as a table');
    expect(session.useSelectionAsTable).toHaveBeenCalledTimes(1);
  });

  it('exports a Word file and leaves a download link for it', async () => {
    const session = fakeSession();
    render(<App connect={async () => session} />);
    await tab(/^Reports/);
    await click('Export Word');
    expect(session.exportDocx).toHaveBeenCalledTimes(1);
    expect(downloads).toEqual(['plan - NI Targets report.docx']);
    const link = within(screen.getByRole('list', { name: 'Downloads' })).getByRole('link', {
      name: 'plan - NI Targets report.docx',
    });
    expect(link.getAttribute('download')).toBe('plan - NI Targets report.docx');
    expect(link.getAttribute('href')).toMatch(/^blob:/);
  });

  it('exports CSV as one link per table, and builds the report sheets', async () => {
    const session = fakeSession();
    render(<App connect={async () => session} />);
    await tab(/^Reports/);
    await click('Export CSV');
    const links = within(screen.getByRole('list', { name: 'Downloads' })).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['table-a.csv', 'table-b.csv']);
    await click('Build Table A & B');
    expect(screen.getByTestId('announcer').textContent).toBe(
      "Table A (52 indicators) on 'Table A'. No action plan was found, so Table B was not made.",
    );
  });

  it('follows a change of Office theme while open: the pane turns dark without reopening', async () => {
    let change: Parameters<WatchTheme>[0] = () => undefined;
    const stop = jest.fn();
    const { unmount } = render(
      <App
        officeTheme={{ bodyBackgroundColor: '#FFFFFF' }}
        watchTheme={(onChange) => {
          change = onChange;
          return stop;
        }}
        connect={async () => fakeSession()}
      />,
    );
    // Fluent writes the provider's tokens as CSS variables on a class of its own, as CSSOM rules
    const background = () => {
      const cls = [...screen.getByTestId('pane').classList].find((c) => /^fui-FluentProvider\w/.test(c))!;
      const rule = [...document.querySelectorAll('style')]
        .flatMap((st) => [...(st.sheet?.cssRules ?? [])].map((r) => r.cssText))
        .find((t) => t.startsWith(`.${cls} {`) && t.includes('--colorNeutralBackground1:'));
      return /--colorNeutralBackground1:\s*([^;]+);/.exec(rule ?? '')?.[1];
    };
    expect(background()).toBe('#ffffff');
    await act(async () => change({ bodyBackgroundColor: '#1F1F1F' }));
    expect(background()).toBe('#292929');
    unmount();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('loads the session after the pane is drawn, never with it, and once for every action', async () => {
    const connect = jest.fn(async (): Promise<Session> => fakeSession());
    render(<App connect={connect} />);
    expect(connect).not.toHaveBeenCalled();
    // then, to read the workbook's record of the last run
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(connect).toHaveBeenCalledTimes(1);
    await click('Validate workbook');
    await click('Validate workbook');
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('Run all fills the ratings and builds both reports in one run, and says what it did', async () => {
    const session = fakeSession();
    render(<App connect={async () => session} />);
    await click('Run all');
    expect(session.runAll).toHaveBeenCalledTimes(1);
    expect(session.rate).not.toHaveBeenCalled();
    expect(session.buildReports).not.toHaveBeenCalled();
    expect(screen.getByTestId('announcer').textContent).toBe(
      "Rated 52 indicator row(s) in 2 table(s); Table A (52 indicators) on 'Table A'. " +
        '20 Green, 5 Amber, 7 Red, 20 not rated.',
    );
    expect(screen.getByRole('tab', { name: 'Tables (2)' })).toBeTruthy();
  });

  it('marks where the engine runs once connected, and ends the engine when the pane goes', async () => {
    const session = { ...fakeSession(), engine: 'worker' as const };
    const { unmount } = render(<App connect={async () => session} />);
    expect(screen.getByTestId('pane').getAttribute('data-engine')).toBeNull();
    await click('Validate workbook');
    expect(screen.getByTestId('pane').getAttribute('data-engine')).toBe('worker');
    expect(session.dispose).not.toHaveBeenCalled();
    await act(async () => unmount());
    expect(session.dispose).toHaveBeenCalledTimes(1);
  });
});
