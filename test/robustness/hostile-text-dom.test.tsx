/** @jest-environment jsdom */
/**
 * Hostile cell text shown to people: the HTML board paper and the task pane
 * must show `<script>`, `<img onerror>`, quotes and `</title>` as the text the
 * officer typed, never as elements that run or load.
 */
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { analyse } from '../../src/pipeline/analyse';
import { reportPlan } from '../../src/pipeline/report-plan';
import { summarise, type AnalysisSummary } from '../../src/session/summary';
import { toHtml } from '../../src/export/html';
import { FindingsView } from '../../src/surfaces/taskpane/FindingsView';
import { TablesView } from '../../src/surfaces/taskpane/TablesView';
import { toSnapshot } from '../fixtures/to-snapshot';
import { installDomStubs } from '../surfaces/taskpane/fake-session';
import {
  END_TITLE,
  HOSTILE,
  hostileWorkbook,
  IMG,
  PLAN_SHEET,
  SCRIPT,
  TARGETS_SHEET,
} from './hostile-workbook';
import { PINNED } from './pinned-settings';

beforeAll(installDomStubs);

const analysis = () => analyse(toSnapshot(hostileWorkbook()), { settings: PINNED });

/** Elements hostile text would create if it were not escaped. */
const ACTIVE = 'script, img, iframe, object, embed';

describe('HTML board paper', () => {
  const report = reportPlan(analysis());
  const title = `Board paper ${END_TITLE}${SCRIPT}`;
  const html = toHtml(report.tableA, report.tableB, { title });
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('has both tables and no element the cell text could have made', () => {
    // Table A, Table B (and the appendix Table A's codes link to)
    expect(doc.querySelectorAll('section.table-a table, section.table-b table')).toHaveLength(2);
    expect(doc.querySelectorAll(ACTIVE)).toHaveLength(0);
    expect(doc.querySelectorAll('[onerror], [onload], [onclick]')).toHaveLength(0);
  });

  it('shows every hostile string literally in the tables', () => {
    const text = Array.from(doc.querySelectorAll('table'), (t) => t.textContent ?? '').join('\n');
    for (const h of HOSTILE) expect(text).toContain(h);
  });

  it('keeps a title holding </title> whole, as text in the title and the heading', () => {
    expect(doc.title).toBe(title);
    expect(doc.querySelector('h1')?.textContent).toBe(title);
    // one </title> in the head; the rest close the charts' own <title> elements (SVG names), so
    // every </title> in the text is a real element's end and none came from the officer's words
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head.match(/<\/title>/gi)).toHaveLength(1);
    expect(html.match(/<\/title>/gi)).toHaveLength(doc.querySelectorAll('title').length);
  });
});

describe('task pane', () => {
  const real = summarise(analysis(), []);
  // findings from the hostile sheet already carry its name; one more carries markup in its message
  const summary: AnalysisSummary = {
    ...real,
    findings: [
      ...real.findings,
      {
        rule: 'NI-TEST',
        severity: 'error',
        sheet: TARGETS_SHEET,
        cell: 'A5',
        message: `${IMG} is not a National Indicator ${SCRIPT}`,
        fix: `Type the code ${END_TITLE}`,
      },
    ],
    counts: { ...real.counts, error: real.counts.error + 1 },
  };

  it('lists the tables with the hostile sheet names as text', () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <TablesView summary={summary} busy={false} onUseSelection={jest.fn()} onExclude={jest.fn()} />
      </FluentProvider>,
    );
    expect(summary.tables.map((t) => t.sheet)).toEqual([TARGETS_SHEET, PLAN_SHEET]);
    expect(container.querySelectorAll(ACTIVE)).toHaveLength(0);
    expect(container.textContent).toContain(TARGETS_SHEET);
    expect(container.textContent).toContain(PLAN_SHEET);
  });

  it('shows findings whose sheet name and message hold markup as text', () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <FindingsView summary={summary} onSelect={jest.fn()} />
      </FluentProvider>,
    );
    expect(container.querySelectorAll(ACTIVE)).toHaveLength(0);
    expect(container.textContent).toContain(`${IMG} is not a National Indicator ${SCRIPT}`);
    expect(container.textContent).toContain(TARGETS_SHEET);
  });
});
