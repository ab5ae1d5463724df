/** @jest-environment jsdom */
/**
 * The Tables view's map in Excel, on the recording fake of the Excel object model: the map shown with
 * "check" in words where unsure, a role changed from the keyboard, the correction saved in the very hidden
 * record, and the next validate reading every title from the corrected column.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { Dispatch } from 'react';
import { createOfficeGateway } from '../../../src/gateways/office/gateway';
import { createSession, type Session } from '../../../src/session/session';
import type { AnalysisSummary } from '../../../src/session/summary';
import { readRegistry } from '../../../src/engine/ownership/registry';
import { TablesView } from '../../../src/surfaces/taskpane/TablesView';
import { toSnapshot } from '../../fixtures/to-snapshot';
import { fakeExcelWith } from '../../support/excel-fake';
import { scorecard, SCORECARD_ROWS } from '../../cli/map-fixture';
import { toJson } from '../../../src/pipeline/analysis-json';
import { analyse } from '../../../src/pipeline/analyse';

jest.setTimeout(30_000);

function setUp() {
  const host = fakeExcelWith(toSnapshot(scorecard()));
  const gateway = createOfficeGateway(host.run, { requirement: host.isSetSupported, name: 'scorecard.xlsx' });
  const session = createSession(gateway, {
    selectCell: async () => undefined,
    getSelection: async () => ({ sheet: 'Scorecard', range: 'B4:J7' }),
    yieldToHost: async () => undefined,
  });
  return { host, gateway, session };
}

function Pane({
  session,
  summary,
  onChange,
}: {
  session: Session;
  summary: AnalysisSummary;
  onChange: Dispatch<AnalysisSummary>;
}) {
  return (
    <TablesView
      summary={summary}
      busy={false}
      onUseSelection={() => undefined}
      onExclude={() => undefined}
      onCorrect={(req) => void session.correctTable(req).then(onChange)}
    />
  );
}

describe('the table map in the pane', () => {
  it('shows each column’s reading, and a role changed by keyboard is saved and honoured', async () => {
    const { session, gateway } = setUp();
    let summary = await session.validate();
    const view = render(<Pane session={session} summary={summary} onChange={(s) => (summary = s)} />);
    const columns = screen.getAllByTestId('map-column');
    expect(columns).toHaveLength(9);
    // unsure readings say so in words, not colour alone
    expect(columns[8].textContent).toContain('Delivery Board (check)');
    const role = screen.getByRole('combobox', {
      name: 'Role of column J (Delivery Board)',
    }) as HTMLSelectElement;
    expect(role.value).toBe('ignore');

    // a native select: focus it and choose with the keyboard
    role.focus();
    await act(async () => {
      fireEvent.keyDown(role, { key: 'ArrowUp' });
      fireEvent.change(role, { target: { value: 'title' } });
      // a keyed step is only a step: Enter saves it
      fireEvent.keyDown(role, { key: 'Enter' });
      await new Promise((r) => setTimeout(r, 50));
    });
    await act(async () => {
      for (let i = 0; i < 20 && !summary.tables[0].map?.corrected; i++)
        await new Promise((r) => setTimeout(r, 50));
    });
    view.rerender(<Pane session={session} summary={summary} onChange={(s) => (summary = s)} />);

    const after = screen.getAllByTestId('map-column');
    expect(after[8].textContent).toContain('Delivery Board (yours)');
    expect(within(view.container).getByText(/corrected by you/)).toBeTruthy();

    // the record in the very hidden sheet, and every later pass reads the titles from J
    const snapshot = await gateway.readSnapshot();
    const entry = readRegistry(snapshot).entries.find((e) => e.kind === 'correction')!;
    expect(entry).toMatchObject({ sheet: 'Scorecard', range: 'B4' });
    expect(snapshot.sheets.find((s) => s.name === '_NITargets')!.visibility).toBe('veryHidden');
    const json = toJson(analyse(snapshot));
    expect(json.tables[0].rows.map((r) => r.title)).toEqual(SCORECARD_ROWS.map((r) => r.board));
  });

  it('a row left out by number and Enter is gone from the next reading, and Include puts it back', async () => {
    const { session } = setUp();
    let summary = await session.validate();
    const view = render(<Pane session={session} summary={summary} onChange={(s) => (summary = s)} />);
    const wait = async (done: () => boolean) =>
      act(async () => {
        for (let i = 0; i < 40 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
      });
    const input = screen.getByRole('textbox', { name: 'Exclude row of Scorecard!B4:J8: its number' });
    fireEvent.change(input, { target: { value: '6' } });
    await act(async () => fireEvent.submit(input.closest('form')!));
    await wait(() => summary.tables[0].count === 3);
    expect(summary.tables[0].map?.excludedRows).toEqual([6]);
    view.rerender(<Pane session={session} summary={summary} onChange={(s) => (summary = s)} />);
    expect(screen.getByText('Rows left out: 6')).toBeTruthy();

    const back = screen.getByRole('textbox', { name: 'Include row of Scorecard!B4:J8: its number' });
    fireEvent.change(back, { target: { value: '6' } });
    await act(async () => fireEvent.submit(back.closest('form')!));
    await wait(() => summary.tables[0].count === 4);
    expect(summary.tables[0].map?.excludedRows).toEqual([]);
  });

  it('"Use selection" sets the table’s range through the same record', async () => {
    const { session, gateway } = setUp();
    await session.validate();
    const s = await session.correctFromSelection('range', { sheet: 'Scorecard', cell: 'B4' });
    expect(s.tables[0].range).toBe('B4:J7');
    expect(s.tables[0].count).toBe(3);
    const detail = JSON.parse(
      readRegistry(await gateway.readSnapshot()).entries.find((e) => e.kind === 'correction')!.detail,
    );
    expect(detail.range).toBe('B4:J7');
  });
});
