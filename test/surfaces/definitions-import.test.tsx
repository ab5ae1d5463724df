/** @jest-environment jsdom */
/**
 * "Import definitions" in the pane, in Excel as the recording fake of the Excel object model plays it: the
 * officer opens Settings, chooses a team's CSV of local definitions with the keyboard-reachable button, and
 * the definitions are written to the very hidden record; a new session over the same workbook (the next
 * run, another day) reads them back and rates CSC 014 with the file's polarity. Remove takes them out.
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/surfaces/taskpane/App';
import { createOfficeGateway } from '../../src/gateways/office/gateway';
import { createSession, type Session } from '../../src/session/session';
import { readRegistry } from '../../src/engine/ownership/registry';
import { REGISTRY_SHEET } from '../../src/engine/model/plan';
import { toSnapshot } from '../fixtures/to-snapshot';
import type { WorkbookSpec } from '../fixtures/spec';
import { fakeExcelWith } from '../support/excel-fake';
import { installDomStubs } from './taskpane/fake-session';

// jsdom has no TextDecoder; Excel's webviews all do
Object.assign(globalThis, { TextDecoder, TextEncoder });
beforeAll(installDomStubs);
jest.setTimeout(30_000);

const PLAN: WorkbookSpec = {
  name: 'plan',
  sheets: [
    {
      name: 'Local PIs',
      rows: [
        ['Code', 'Indicator', '2008/09 Actual', '2009/10 Actual', '2009/10 Target', '2010/11 Target'],
        ['CSC 014', 'Initial child protection conferences held within 15 days', '71%', '74%', '80%', '85%'],
        ['NI 112', 'Under 18 conception rate', '40.1', '38.2', '37', '35'],
      ],
    },
  ],
};

const CSV =
  'Code,Title,Polarity,Unit\r\n' +
  'CSC 014,Initial child protection conferences held within 15 days,Lower is better,%\r\n' +
  'CSC 020,"Reviews held ""on time""",Higher is better,%\r\n';

const NO_HOST = {
  selectCell: async () => undefined,
  getSelection: async () => null,
  yieldToHost: async () => undefined,
};

function workbook() {
  const host = fakeExcelWith(toSnapshot(PLAN));
  const gateway = createOfficeGateway(host.run, { requirement: host.isSetSupported, name: 'plan.xlsx' });
  return { host, gateway, session: () => createSession(gateway, NO_HOST) };
}

/** CSC 014's RAG as a session rates it (the analysis JSON, as `--json` writes it). */
async function ragOf(session: Session): Promise<string | null> {
  await session.validate();
  const file = await session.exportJson();
  const json = JSON.parse(String(file.data)) as {
    tables: { rows: { code: string; rag: string | null }[] }[];
  };
  return json.tables.flatMap((t) => t.rows).find((r) => r.code === 'CSC 014')?.rag ?? null;
}

async function openSettings(session: Session) {
  render(<App connect={async () => session} />);
  await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'Settings' })));
  await screen.findByTestId('definitions-none');
}

async function choose(name: string, text: string) {
  const file = new File([text], name, { type: 'text/csv' });
  await act(async () =>
    fireEvent.change(screen.getByTestId('definitions-file'), { target: { files: [file] } }),
  );
}

const outcome = () => screen.getByTestId('announcer').textContent ?? '';

describe('Import definitions in the pane', () => {
  it('records the file in the workbook, the next session rates with it, and Remove takes it out', async () => {
    const { gateway, host, session } = workbook();
    expect(await ragOf(session())).toBeNull();
    await openSettings(session());

    // reached with the keyboard: the button takes focus; the native input stays out of the Tab order
    const button = screen.getByRole('button', { name: 'Import definitions…' });
    button.focus();
    expect(document.activeElement).toBe(button);
    expect(screen.getByTestId('definitions-file').getAttribute('tabindex')).toBe('-1');

    await choose('team-defs.csv', CSV);
    await waitFor(() =>
      expect(outcome()).toContain('2 indicators from team-defs.csv saved in the workbook.'),
    );
    expect(screen.getByRole('list', { name: 'Imported definitions' }).textContent).toBe(
      'team-defs.csv: 2 indicators (CSC 014, CSC 020)Remove',
    );

    // written to the very hidden record, one row per definition
    const snapshot = await gateway.readSnapshot();
    const rows = readRegistry(snapshot).entries.filter((e) => e.kind === 'definition');
    expect(rows.map((e) => [e.sheet, e.range])).toEqual([
      ['team-defs.csv', 'CSC 014'],
      ['team-defs.csv', 'CSC 020'],
    ]);
    expect(JSON.parse(rows[0].detail)).toMatchObject({ polarity: 'lower', unit: 'percent', at: 'B2' });
    expect(snapshot.sheets.find((s) => s.name === REGISTRY_SHEET)?.visibility).toBe('veryHidden');
    expect(host.state.sheets.find((s) => s.name === REGISTRY_SHEET)).toBeDefined();

    // the next run, a new session over the same workbook, reads them back
    expect(await ragOf(session())).toBe('Green');

    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Remove the definitions from team-defs.csv' })),
    );
    await screen.findByTestId('definitions-none');
    expect(outcome()).toContain('Definitions from team-defs.csv removed.');
    const after = readRegistry(await gateway.readSnapshot());
    expect(after.entries.filter((e) => e.kind === 'definition')).toEqual([]);
    expect(await ragOf(session())).toBeNull();
  });

  it('a file it cannot read is told in one line, and nothing is recorded', async () => {
    const { gateway, session } = workbook();
    await openSettings(session());
    await choose('bad.csv', 'Code,Title,Polarity\r\nCSC 014,Conferences,Sideways\r\n');
    await waitFor(() =>
      expect(outcome()).toBe(
        'Import definitions failed: bad.csv: C2: Polarity "Sideways" is not understood: write Higher is better, ' +
          'Lower is better, a band such as Band 10-15%, or None',
      ),
    );
    expect(screen.getByTestId('definitions-none')).toBeTruthy();
    expect(readRegistry(await gateway.readSnapshot()).entries.filter((e) => e.kind === 'definition')).toEqual(
      [],
    );
  });
});
