/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../src/surfaces/taskpane/App';
import type { CellChange } from '../../../src/session/live-rerate';
import type { LiveSession } from '../../../src/surfaces/taskpane/use-live';
import { fakeSession, installDomStubs } from './fake-session';

beforeAll(installDomStubs);
jest.setTimeout(30_000);

const click = async (name: string | RegExp) =>
  act(async () => fireEvent.click(screen.getByRole('button', { name })));
const said = () => screen.getByTestId('announcer').textContent;

type Reporter = Parameters<LiveSession['watchChanges'] & object>[0];

/** the fake session, with a host that reports edits through the callback the pane registers */
function liveSession() {
  let report: Reporter = () => undefined;
  const session = {
    ...fakeSession(),
    watchChanges: jest.fn(async (onChange: typeof report) => {
      report = onChange;
      return async () => undefined;
    }),
  };
  return { session, edit: (c: CellChange) => act(async () => report(c)) };
}

describe('live re-rating in the pane', () => {
  it('watches only once the officer has filled RAG, then re-rates after an edit in a table and says so', async () => {
    const { session, edit } = liveSession();
    render(<App connect={async () => session} />);
    await click('Validate workbook');
    expect(session.watchChanges).not.toHaveBeenCalled();
    await click('Fill RAG & trajectory');
    expect(session.watchChanges).toHaveBeenCalledTimes(1);
    expect(session.rate).toHaveBeenCalledTimes(1);
    await edit({ sheet: 'Targets', address: 'E9' });
    await waitFor(() =>
      expect(said()).toMatch(
        /^Re-rated after your edit to 'Targets'!E9 \(\d+ ms\)\. Row 7 of 'Targets' written again\. In the workbook: 19 Green, 5 Amber, 8 Red, 20 not rated\.$/,
      ),
    );
    // the edited rows only: no second Fill RAG over the workbook
    expect(session.rerateRows).toHaveBeenCalledWith([{ sheet: 'Targets', address: 'E9' }]);
    expect(session.rate).toHaveBeenCalledTimes(1);
    await click('Fill RAG & trajectory');
    expect(session.watchChanges).toHaveBeenCalledTimes(1); // one watcher, however many runs
  });

  it('says "out of date: run again" after a header edit, and rates nothing', async () => {
    const { session, edit } = liveSession();
    render(<App connect={async () => session} />);
    await click('Fill RAG & trajectory');
    await edit({ sheet: 'Targets', address: 'C3' });
    await waitFor(() =>
      expect(said()).toMatch(/^Results out of date: run again\. A table's header changed at 'Targets'!C3/),
    );
    expect(session.rate).toHaveBeenCalledTimes(1);
    expect(session.rerateRows).not.toHaveBeenCalled();
  });
});

describe('a pane opened on a workbook rated before', () => {
  const lastRun = {
    summary: {
      when: '2026-12-01',
      tables: 3,
      indicators: 52,
      rag: { Green: 20, Amber: 5, Red: 7, 'Not rated': 20 },
      findings: { error: 1, warning: 2, info: 1 },
      digests: true,
    },
    stale: [] as { sheet: string; range: string; rows: number[] }[],
  };

  it('shows the last run from the workbook’s record, with the Tables count, before anything is run', async () => {
    const session = fakeSession();
    session.lastRun.mockResolvedValue(lastRun);
    render(<App connect={async () => session} />);
    await waitFor(() =>
      expect(said()).toBe(
        'Last Fill RAG (2026-12-01): 3 tables, 52 indicators: 20 Green, 5 Amber, 7 Red, 20 not rated.',
      ),
    );
    expect(screen.getByRole('tab', { name: 'Tables (3)' })).toBeTruthy();
    expect(session.validate).not.toHaveBeenCalled();
  });

  it('marks the rated rows edited while no pane was open as out of date', async () => {
    const session = fakeSession();
    const stale = [{ sheet: 'Targets', range: 'A3:I40', rows: [7, 9] }];
    session.lastRun.mockResolvedValue({ ...lastRun, stale });
    render(<App connect={async () => session} />);
    await waitFor(() =>
      expect(said()).toMatch(
        /Out of date: 2 rated rows changed since, at 'Targets' rows 7 and 9\. Their RAG, direction and trajectory may no longer hold: Fill RAG again\.$/,
      ),
    );
  });

  it('keeps the recorded ratings live from the start: an edit re-rates its rows without a Fill RAG first', async () => {
    const { session, edit } = liveSession();
    session.lastRun.mockResolvedValue(lastRun);
    render(<App connect={async () => session} />);
    await waitFor(() => expect(session.watchChanges).toHaveBeenCalledTimes(1));
    await edit({ sheet: 'Targets', address: 'E9' });
    await waitFor(() => expect(said()).toMatch(/^Re-rated after your edit to 'Targets'!E9/));
    // the tables are read once, to know the edit is inside one; nothing is rated over the whole workbook
    expect(session.validate).toHaveBeenCalledTimes(1);
    expect(session.rerateRows).toHaveBeenCalledTimes(1);
    expect(session.rate).not.toHaveBeenCalled();
  });

  it('says nothing of a last run when the workbook has none', async () => {
    const session = fakeSession();
    render(<App connect={async () => session} />);
    await waitFor(() => expect(session.lastRun).toHaveBeenCalled());
    expect(said()).toBe('');
    expect(screen.getByRole('tab', { name: 'Tables' })).toBeTruthy();
  });
});
