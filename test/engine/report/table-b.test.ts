/**
 * Table B from Bromley's Summary Action Plan, an action plan with other header
 * words, real date cells and a progress column, and deadlines officers write in
 * words ("Summer 2011", "2010/11", "Ongoing", "6 m'thly").
 */
import { buildTableB } from '../../../src/engine/report/table-b';
import { saysComplete } from '../../../src/engine/report/task-status';
import type { TableBModel, TableBTask } from '../../../src/engine/report/types';
import type { CellSpec, SheetSpec } from '../../fixtures/spec';
import { fixtureSheets, inputsFor } from './helpers';

function tasks(m: TableBModel): TableBTask[] {
  return m.areas.flatMap((a) => a.tasks);
}

function task(m: TableBModel, number: string): TableBTask {
  const t = tasks(m).find((x) => x.number === number);
  if (!t) throw new Error(`no task ${number}`);
  return t;
}

describe('Table B from Bromley (as at 15 August 2009)', () => {
  const { model, findings } = buildTableB(inputsFor(fixtureSheets('bromley-table-b')));

  it('numbers the sixteen areas of focus as the plan does, with the number taken off the title', () => {
    expect(model.areas.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(model.areas[0].title).toBe(
      "Improve children and young people's health (including low birth weight; teenage pregnancy; and obesity).",
    );
    expect(model.areas[0].tasks.map((t) => t.number)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '1.6',
      '1.7',
    ]);
  });

  it('keeps tasks split by page breaks under their area', () => {
    expect(model.areas[2].tasks.map((t) => t.number)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5']);
  });

  it('carries the lead officer, partner and strategy group to every task of the area', () => {
    expect(task(model, '1.2')).toMatchObject({
      text: 'Complete a Maternity Needs Assessment.',
      lead: 'Jenny Selway, Bromley Primary Care Trust',
      group: "Children's Health and Wellbeing Strategy Group",
      source: { sheet: 'Table B', cell: 'B5' },
    });
  });

  it('gives each task a status against the report date', () => {
    expect(task(model, '1.1')).toMatchObject({
      deadline: 'August 2009',
      deadlineDate: '2009-08-31',
      status: 'Due soon',
      statusText: 'Due within 30 days',
    });
    expect(task(model, '3.1')).toMatchObject({
      deadline: 'May 2009',
      status: 'Overdue',
      statusText: 'Overdue (due May 2009)',
    });
    expect(task(model, '2.1')).toMatchObject({
      deadline: 'April 2011',
      status: 'Not yet due',
      statusText: 'Not yet due',
    });
    // 1.7 July 2009 ended two weeks before the report date
    expect(task(model, '1.7').status).toBe('Overdue');
    // 1.4 September 2009 ends 46 days after it
    expect(task(model, '1.4').status).toBe('Not yet due');
    expect(findings).toEqual([]);
  });

  it('takes "due soon" from the settings', () => {
    const { model: tight } = buildTableB(inputsFor(fixtureSheets('bromley-table-b'), { dueSoonDays: 10 }));
    expect(task(tight, '1.1')).toMatchObject({ status: 'Not yet due' });
    const { model: wide } = buildTableB(inputsFor(fixtureSheets('bromley-table-b'), { dueSoonDays: 60 }));
    expect(task(wide, '1.4')).toMatchObject({ status: 'Due soon', statusText: 'Due within 60 days' });
    expect(wide.legend[0]).toMatch(/Due within 60 days/);
  });

  it('is the same model every time for the same inputs', () => {
    expect(buildTableB(inputsFor(fixtureSheets('bromley-table-b'))).model).toEqual(model);
  });
});

describe('Table B from an action plan with other header words, date cells and progress', () => {
  const { model, findings } = buildTableB(inputsFor(fixtureSheets('unseen-layouts'), { asOf: '2010-03-10' }));

  it('reads areas, numbers the unnumbered task after the others, and shows dates as a board reads them', () => {
    expect(model.areas.map((a) => [a.number, a.title])).toEqual([
      [1, 'Reduce teenage conceptions'],
      [2, 'Improve placement stability for children in care'],
      [3, 'Raise attainment of looked after children'],
    ]);
    expect(tasks(model).map((t) => [t.number, t.deadline, t.status])).toEqual([
      ['1.1', '30 September 2009', 'Complete'],
      // formatted mmm-yy: the month is the deadline
      ['1.2', 'March 2010', 'Due soon'],
      ['1.3', '31 March 2011', 'Not yet due'],
      ['2.1', 'June 2010', 'Not yet due'],
      ['2.2', '31 December 2009', 'Complete'],
      ['3.1', '1 September 2010', 'Not yet due'],
    ]);
    expect(findings).toEqual([]);
  });
});

describe('Table B deadlines written in words', () => {
  const header: CellSpec[] = [
    'Area of Focus',
    'Summary of Tasks and Milestones',
    'Deadline',
    'Lead Officer',
    'Status',
  ];
  const rows: CellSpec[][] = [
    header,
    ['1. Youth offending', '1.1 Open the Foyer', 'Summer 2011', 'A. Officer', null],
    [null, '1.2 Refresh the plan', '2010/11', null, null],
    [null, '1.3 Multi-agency panel', 'Ongoing', null, null],
    [null, '1.4 Report to the board', "6 m'thly", null, null],
    [null, '1.5 Capital bid', 'September 2009 November 2009 Summer 2011', null, null],
    [null, '1.6 Parenting course', 'May 2009', null, 'Completed'],
    [null, '1.7 Training', 'May 2009', null, 'Not yet complete'],
    [null, '1.8 Review', null, null, null],
  ];
  const sheet: SheetSpec = { name: 'Plan', rows };
  const { model, findings } = buildTableB(inputsFor([sheet]));

  it('reads them sensibly', () => {
    expect(tasks(model).map((t) => [t.number, t.deadline, t.deadlineDate, t.statusText])).toEqual([
      ['1.1', 'Summer 2011', '2011-08-31', 'Not yet due'],
      ['1.2', '2010/11', '2011-03-31', 'Not yet due'],
      ['1.3', 'Ongoing', null, 'Ongoing'],
      ['1.4', "6 m'thly", null, 'Ongoing (recurring)'],
      ['1.5', 'September 2009 November 2009 Summer 2011', null, 'No date'],
      ['1.6', 'May 2009', '2009-05-31', 'Complete'],
      ['1.7', 'May 2009', '2009-05-31', 'Overdue (due May 2009)'],
      ['1.8', '', null, 'No date'],
    ]);
  });

  it('shows an unreadable deadline as written, with a finding at its cell', () => {
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'NI-DEADLINE-READ', severity: 'info', sheet: 'Plan', cell: 'C6' }),
    ]);
    expect(findings[0].message).toContain('September 2009 November 2009 Summer 2011');
  });
});

describe('Table B from two plans', () => {
  const plan = (name: string, area: string): SheetSpec => ({
    name,
    rows: [
      ['Area of Focus', 'Summary of Tasks and Milestones', 'Deadline', 'Lead Officer and Partner'],
      [`1. ${area}`, '1.1 First task', 'April 2010', 'Lead'],
      [null, '1.2 Second task', 'April 2011', null],
    ],
  });

  it('numbers the areas in order when the plans reuse numbers, and the tasks under them', () => {
    const { model } = buildTableB(
      inputsFor([plan('Health', 'Improve health'), plan('Safety', 'Keep children safe')]),
    );
    expect(model.areas.map((a) => [a.number, a.title, a.tasks.map((t) => t.number)])).toEqual([
      [1, 'Improve health', ['1.1', '1.2']],
      [2, 'Keep children safe', ['2.1', '2.2']],
    ]);
    expect(model.areas[1].tasks[0].source).toEqual({ sheet: 'Safety', cell: 'B2' });
  });
});

describe('complete in the source', () => {
  it.each([
    ['Complete', true],
    ['Completed', true],
    ['done', true],
    ['Achieved (March)', true],
    ['Not complete', false],
    ['Incomplete', false],
    ['Not yet done', false],
    ['On track', false],
  ])('%s -> %s', (text, done) => {
    expect(saysComplete(text)).toBe(done);
  });
});
