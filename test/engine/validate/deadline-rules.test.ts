import { deadlinePassed } from '../../../src/engine/validate/rules/deadline-passed';
import { deadlineReadAs } from '../../../src/engine/validate/rules/deadline-read-as';
import { deadlineUnreadable } from '../../../src/engine/validate/rules/deadline-unreadable';
import { actionPlan, context, type TaskSpec } from './build';

// Bromley Table B, priority 1
const bromley: TaskSpec[] = [
  {
    number: '1.1',
    text: 'Develop a Maternity Strategy in conjunction with Bromley Hospitals NHS Trust.',
    deadline: 'August 2009',
  },
  { number: '1.2', text: 'Complete a Maternity Needs Assessment.', deadline: 'August 2009' },
  {
    number: '1.5',
    text: 'Front line staff to be trained in the HENRY obesity prevention programme.',
    deadline: 'April 2010',
  },
];

describe('NI-DEADLINE-UNREADABLE', () => {
  it('warns about a deadline that is not a date, naming the task', () => {
    const plan = actionPlan({
      tasks: [
        {
          number: '15.1',
          text: 'Complete construction of new Langley Park School for Boys building.',
          deadline: 'TBC',
        },
      ],
    });
    const f = deadlineUnreadable.check(context([plan]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: 'NI-DEADLINE-UNREADABLE',
      severity: 'warning',
      sheet: 'Action plan',
      cell: 'C2',
    });
    expect(f[0].message).toBe(
      "Cannot read the deadline 'TBC' for task 15.1 ('Complete construction of new Langley Park...') as a date.",
    );
  });

  it('reads every Bromley deadline, and ignores empty ones', () => {
    const plan = actionPlan({
      tasks: [
        ...bromley,
        { number: '1.6', text: 'x', deadline: null },
        { number: '1.7', text: 'x', deadline: '  ' },
      ],
    });
    expect(deadlineUnreadable.check(context([plan]))).toEqual([]);
  });
});

describe('NI-DEADLINE-READ-AS', () => {
  it('says how seasons, years, ongoing and recurring deadlines are read', () => {
    const plan = actionPlan({
      tasks: [
        { number: '2.1', text: 'Review the service.', deadline: 'Summer 2011' },
        { number: '2.2', text: 'Roll out training.', deadline: '2010/11' },
        { number: '2.3', text: 'Monitor take-up.', deadline: 'Ongoing' },
        { number: '2.4', text: 'Report to the board.', deadline: "6 m'thly" },
      ],
    });
    const f = deadlineReadAs.check(context([plan]));
    expect(f.map((x) => [x.cell, x.severity])).toEqual([
      ['C2', 'info'],
      ['C3', 'info'],
      ['C4', 'info'],
      ['C5', 'info'],
    ]);
    expect(f[0].message).toBe(
      "'Summer 2011' for task 2.1 ('Review the service.') is read as 31 August 2011, the end of the season.",
    );
    expect(f[1].message).toContain(
      "'2010/11' for task 2.2 ('Roll out training.') is read as 31 March 2011, the end of the year.",
    );
    expect(f[2].message).toContain('is read as ongoing');
    expect(f[3].message).toContain(
      "'6 m'thly' for task 2.4 ('Report to the board.') is read as a recurring task",
    );
  });

  it('has nothing to say about exact dates and months', () => {
    const plan = actionPlan({
      tasks: [...bromley, { number: '3.1', text: 'x', deadline: 40268, format: 'dd/mm/yyyy' }],
    });
    expect(deadlineReadAs.check(context([plan]))).toEqual([]);
  });
});

describe('NI-DEADLINE-PASSED', () => {
  it('warns per task when the plan has a status column and the status is empty', () => {
    const plan = actionPlan({
      statusColumn: true,
      tasks: [
        { ...bromley[0], status: 'Complete: strategy agreed July 2009' },
        bromley[1],
        bromley[2],
        { number: '1.8', text: 'Keep going.', deadline: 'Ongoing' },
      ],
    });
    const f = deadlinePassed.check(context([plan], { asOf: '2010-01-15' }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'NI-DEADLINE-PASSED', severity: 'warning', cell: 'E3' });
    expect(f[0].message).toBe(
      "Task 1.2 ('Complete a Maternity Needs Assessment.') was due by 31 August 2009 ('August 2009') and has no status or progress.",
    );
  });

  it('is not late on the last day of the month it is due', () => {
    const plan = actionPlan({ statusColumn: true, tasks: [bromley[1]] });
    expect(deadlinePassed.check(context([plan], { asOf: '2009-08-31' }))).toEqual([]);
    expect(deadlinePassed.check(context([plan], { asOf: '2009-09-01' }))).toHaveLength(1);
  });

  it('gives one finding per plan when there is no status column at all', () => {
    const f = deadlinePassed.check(context([actionPlan({ tasks: bromley })], { asOf: '2010-01-15' }));
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe('C2');
    expect(f[0].message).toBe(
      "2 tasks are past their deadline (the first is task 1.1 ('Develop a Maternity Strategy in conjunction...'), due by 31 August 2009) and the plan has no status column to show progress.",
    );
    expect(f[0].fix).toContain('Add a Status or Progress column');
  });
});
