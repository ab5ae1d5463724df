/**
 * Action plans laid out differently from Bromley's Table B: other header words,
 * areas merged down, unnumbered tasks, real date cells, a status column, and
 * Oxfordshire's delivery plan with "Actions" over "How" and "When".
 */
import { excelRows, plans, rangeA1, run, sheet, targets } from './helpers';

describe('action plans', () => {
  it('reads other header words, merged areas, unnumbered tasks and date cells', () => {
    const r = run([
      sheet(
        'Plan',
        [
          ['Priority', 'Actions', 'By when', 'Responsible officer', 'Board', 'RAG'],
          [
            'Reduce teenage conceptions',
            'Commission sexual health outreach',
            { v: null, date: '2010-03-31', fmt: 'dd/mm/yyyy' },
            'TP coordinator',
            "Children's Trust Board",
            'Green',
          ],
          [null, 'Train school nurses', 'Summer 2010', null, null, 'Amber'],
          [
            'Improve attendance',
            'Roll out SPIKE to all primaries',
            { v: null, date: '2010-12-31' },
            'EWS manager',
            null,
            null,
          ],
          [null, 'Review persistent absence panel', null, null, null, 'Red'],
        ],
        { merges: ['A2:A3', 'A4:A5'] },
      ),
    ]);
    const [p] = plans(r.tables);
    expect(targets(r.tables)).toEqual([]);
    expect(p.columns.map((c) => c.role)).toEqual(['area', 'task', 'deadline', 'lead', 'group', 'status']);
    expect(rangeA1(p.range)).toBe('A1:F5');
    expect(
      p.tasks.map((t) => [t.row + 1, t.area, t.areaNumber, t.number, t.lead, t.group, t.status]),
    ).toEqual([
      [2, 'Reduce teenage conceptions', null, null, 'TP coordinator', "Children's Trust Board", 'Green'],
      [3, 'Reduce teenage conceptions', null, null, 'TP coordinator', "Children's Trust Board", 'Amber'],
      [4, 'Improve attendance', null, null, 'EWS manager', null, null],
      [5, 'Improve attendance', null, null, 'EWS manager', null, 'Red'],
    ]);
    expect(p.tasks[0].deadline).toEqual({ raw: 40268, cell: 'C2', format: 'dd/mm/yyyy' });
    expect(p.tasks[1].deadline?.raw).toBe('Summer 2010');
    expect(p.tasks[3].deadline).toBeNull();
    expect(p.tasks[0].statusCell).toBe('F2');
  });

  it('reads a two-row header with Actions over How and When (Oxfordshire delivery plan)', () => {
    const r = run([
      sheet('Delivery', [
        [null, 'Outcome What do we want to achieve?', 'What do we know?', 'NI targets 2009 interim 2013', 'Actions', null, 'Further detailed actions can be found in:', 'Organisation + Lead Officer'],
        [null, null, null, null, 'How', 'When', null, null],
        ['D4', 'Strategic Commissioning'],
        ['D4.1', "Implement a Children's Trust Commissioning Strategy.", 'Very different approaches across agencies.', 'All', 'Implement a joint commissioning strategy.', '2010', null, 'Lead Org: CYP&F (OCC)'],
        [null, null, null, null, 'Agree commissioning priorities.', '2010/11', null, null],
        ['D5', 'Systems/ICT'],
        ['D5.1', 'Fully integrated information systems.', 'Integrated information supports multi-agency working.', 'All', 'Implement ContactPoint across Oxfordshire.', '2010-2011', null, 'Lead Org: CYP&F (OCC)'],
      ]), // prettier-ignore
    ]);
    const [p] = plans(r.tables);
    expect(excelRows(p.headerRows)).toEqual([1, 2]);
    expect(p.columns.map((c) => [c.col, c.role])).toEqual([
      [1, 'area'],
      [2, 'other'],
      [3, 'indicators'],
      [4, 'task'],
      [5, 'deadline'],
      [6, 'other'],
      [7, 'lead'],
    ]);
    expect(p.tasks.map((t) => [t.row + 1, t.area, t.deadline?.raw, t.lead])).toEqual([
      [4, "Implement a Children's Trust Commissioning Strategy.", '2010', 'Lead Org: CYP&F (OCC)'],
      [5, "Implement a Children's Trust Commissioning Strategy.", '2010/11', 'Lead Org: CYP&F (OCC)'],
      [7, 'Fully integrated information systems.', '2010-2011', 'Lead Org: CYP&F (OCC)'],
    ]);
  });

  it('is not mistaken for a targets table, and a targets table ends where a plan begins', () => {
    const r = run([
      sheet('Both', [
        ['NI', 'Indicator', '2009/10 Target'],
        [55, 'Obesity', '8%'],
        ['Summary Action Plan'],
        ['Area of Focus', 'Tasks', 'Deadline', 'Lead'],
        ['1. Health', '1.1 Maternity strategy', 'August 2009', 'PCT'],
      ]),
    ]);
    expect(r.tables.map((t) => [t.kind, rangeA1(t.range)])).toEqual([
      ['targets', 'A1:C2'],
      ['action-plan', 'A4:D5'],
    ]);
  });
});

describe('tables that mix both', () => {
  it('reads a scorecard with year columns and Actions / Lead / By when columns as a targets table', () => {
    const r = run([
      sheet('Scorecard', [
        ['NI', 'Indicator', '2009/10 Actual', '2010/11 Target', 'Actions', 'Lead', 'By when'],
        [117, 'NEET 16-18', '6.5%', '3.6%', 'Targeted IAG for Year 11', 'Connexions', 'March 2011'],
      ]),
    ]);
    expect(r.tables.map((t) => t.kind)).toEqual(['targets']);
    const [t] = targets(r.tables);
    expect(t.columns.slice(4).map((c) => c.role)).toEqual(['other', 'other', 'other']);
  });

  it('reads area numbers written as "Priority 2:"', () => {
    const r = run([
      sheet('Plan', [
        ['Priority', 'Task', 'Deadline', 'Lead'],
        ['Priority 2: Reduce NEET', '2.1 Tracking of Year 11 leavers', 'Sept 2010', 'Connexions'],
      ]),
    ]);
    expect(plans(r.tables)[0].tasks.map((x) => [x.areaNumber, x.number, x.text])).toEqual([
      [2, '2.1', 'Tracking of Year 11 leavers'],
    ]);
  });
});

describe('action plan headers as other councils word them', () => {
  const body = [
    ['Open two new youth centres', 'Youth service', '31/03/2011', 'In progress'],
    ['Publish the play strategy', 'Play team', 'March 2011', 'Not started'],
  ];
  it.each([
    ['How we will do it', 'Lead agency', 'Timeframe', 'Progress'],
    ['Action required', 'By whom', 'By when', 'Status'],
    ['Key actions', 'Lead partner', 'Completion date', 'Progress to date'],
    ['Actions / milestones', 'Accountable', 'Time scales', 'Current position'],
  ])('reads "%s | %s | %s | %s" as task, lead, deadline and status', (...header) => {
    const { tables } = run([sheet('Plan', [header, ...body])]);
    const [p] = plans(tables);
    expect(p.columns.map((c) => c.role)).toEqual(['task', 'lead', 'deadline', 'status']);
    expect(p.tasks.map((t) => [t.lead, t.deadline?.raw, t.status])).toEqual([
      ['Youth service', '31/03/2011', 'In progress'],
      ['Play team', 'March 2011', 'Not started'],
    ]);
  });
});
