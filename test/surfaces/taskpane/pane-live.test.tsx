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
      expect(said()).toMatch(/^Re-rated after your edit to 'Targets'!E9 \(\d+ ms\)\. Rated 52/),
    );
    expect(session.rate).toHaveBeenCalledTimes(2);
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
  });
});
