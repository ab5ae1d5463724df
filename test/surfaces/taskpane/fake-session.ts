/** A session the pane tests drive by hand: canned results, every call recorded. */
import type { Finding } from '../../../src/engine/model/findings';
import type { Session } from '../../../src/session/session';
import type { AnalysisSummary, TableRef, TableSummary } from '../../../src/session/summary';
import type { OutputToRemove } from '../../../src/session/remove-output';
import type { LastRun } from '../../../src/session/run-record';
import { countBySeverity } from '../../../src/session/summary';
import { defaultSettings } from '../../../src/engine/model/settings';

export const table = (sheet: string, range: string, r0: number, r1: number, count: number): TableSummary => ({
  sheet,
  range,
  kind: 'targets',
  count,
  added: false,
  ref: { sheet, range: { r0, c0: 0, r1, c1: 8 } },
});

export const finding = (
  sheet: string,
  cell: string,
  severity: Finding['severity'],
  message: string,
): Finding => ({
  rule: 'NI-TEST',
  severity,
  sheet,
  cell,
  message,
  fix: 'Fix it.',
});

export function summaryOf(tables: TableSummary[], findings: Finding[]): AnalysisSummary {
  return {
    workbook: 'plan.xlsx',
    settings: defaultSettings(),
    tables,
    findings,
    counts: countBySeverity(findings),
  };
}

export const SAMPLE_SUMMARY = summaryOf(
  [table('Targets', 'A3:I40', 2, 39, 37), table('NIS', 'A5:I20', 4, 19, 15)],
  [
    finding('Targets', 'C7', 'error', 'NI 999 is not a National Indicator'),
    finding('Targets', 'E9', 'warning', 'NI 111: target for 2010/11 is missing'),
    finding('NIS', 'B6', 'warning', 'NI 55: percent above 100'),
    finding('Budget', 'A1', 'info', 'Sheet read as finance, not targets'),
  ],
);

/** what the fake's record says the add-in wrote */
export const WRITTEN: OutputToRemove = {
  sheets: ['Table A', 'Table B'],
  ranges: [{ sheet: 'Targets', range: 'J3:L40', detail: 'rating columns' }],
  keepsRecord: true,
};

export function fakeSession(summary: AnalysisSummary = SAMPLE_SUMMARY) {
  let last: AnalysisSummary | null = null;
  const excluded: TableRef[] = [];
  const analysed = async () => (last = summary);
  const session = {
    validate: jest.fn(analysed),
    rate: jest.fn(async () => {
      last = summary;
      return {
        summary: 'Rated 52 indicator row(s) in 2 table(s)',
        notices: [],
        firstCell: { sheet: 'Targets', cell: 'J3' },
        addedSheets: [],
        rag: { Green: 20, Amber: 5, Red: 7, 'Not rated': 20 },
      };
    }),
    buildReports: jest.fn(async () => ({
      summary: "Table A (52 indicators) on 'Table A'",
      notices: ['No action plan was found, so Table B was not made.'],
      firstCell: { sheet: 'Table A', cell: 'A1' },
      addedSheets: ['Table A'],
      tableARows: 52,
      tableBTasks: 0,
      findings: [],
    })),
    runAll: jest.fn(async () => {
      last = summary;
      return {
        summary: "Rated 52 indicator row(s) in 2 table(s); Table A (52 indicators) on 'Table A'",
        notices: [],
        firstCell: { sheet: 'Targets', cell: 'J3' },
        addedSheets: ['Table A'],
        rag: { Green: 20, Amber: 5, Red: 7, 'Not rated': 20 },
        tableARows: 52,
        tableBTasks: 0,
        findings: [],
      };
    }),
    exportDocx: jest.fn(async () => ({
      name: 'plan - NI Targets report.docx',
      mime: 'application/x',
      data: new Uint8Array([80, 75]),
    })),
    exportHtml: jest.fn(async () => ({
      name: 'plan - NI Targets report.html',
      mime: 'text/html',
      data: '<p>x</p>',
    })),
    exportCsv: jest.fn(async () => [
      { name: 'table-a.csv', mime: 'text/csv', data: 'a' },
      { name: 'table-b.csv', mime: 'text/csv', data: 'b' },
    ]),
    exportJson: jest.fn(async () => ({
      name: 'plan - NI Targets analysis.json',
      mime: 'application/json',
      data: '{}',
    })),
    settings: jest.fn(async () => defaultSettings('2010-06-01')),
    saveSettings: jest.fn(async (p) => ({ ...defaultSettings('2010-06-01'), ...p })),
    useSelectionAsTable: jest.fn(analysed),
    excludeTable: jest.fn(async (ref: TableRef) => {
      excluded.push(ref);
      return analysed();
    }),
    excludedTables: () => [...excluded],
    includeTable: jest.fn(async (ref: TableRef) => {
      excluded.splice(excluded.indexOf(ref), 1);
      return analysed();
    }),
    outputToRemove: jest.fn(async () => WRITTEN),
    removeOutput: jest.fn(async () => WRITTEN),
    correctTable: jest.fn(analysed),
    correctFromSelection: jest.fn(analysed),
    importDefinitions: jest.fn(async () => []),
    recordDefinitions: jest.fn(async () => []),
    importedDefinitions: jest.fn(async () => []),
    removeDefinitions: jest.fn(async () => []),
    rerateRows: jest.fn(async () => {
      last = summary;
      return {
        summary: 'Rated 52 indicator row(s) in 2 table(s)',
        notices: [],
        firstCell: { sheet: 'Targets', cell: 'J7' },
        addedSheets: [],
        rag: { Green: 19, Amber: 5, Red: 8, 'Not rated': 20 },
        rows: [{ sheet: 'Targets', row: 7 }],
        whole: false,
      };
    }),
    /** the workbook's record of the last run: none until a test sets one */
    lastRun: jest.fn(async (): Promise<LastRun | null> => null),
    showFinding: jest.fn(async () => undefined),
    cancel: jest.fn(),
    lastSummary: () => last,
    engine: 'in-thread' as const,
    dispose: jest.fn(),
  } satisfies Session;
  return session;
}

/** Fluent watches element sizes; jsdom has no layout, so a do-nothing observer is enough. */
export function installDomStubs(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  let n = 0;
  URL.createObjectURL ??= () => `blob:test/${++n}`;
  URL.revokeObjectURL ??= () => undefined;
}

/** Files the pane started downloading (jsdom cannot navigate, so the click is caught here). */
export function catchDownloads(): string[] {
  const started: string[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    started.push(this.download);
  });
  return started;
}
