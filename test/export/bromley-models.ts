/**
 * Bromley CYPP 2009-11 Table A and Table B as report models, built by hand from
 * reference/seeds/bromley-cypp-2009-11.txt until the report builders land. Every
 * cell is the plan's text, read from the fixture specs
 * (test/fixtures/workbooks/bromley-table-a.ts and bromley-table-b.ts); Table B's
 * task 4.5 is the seed text's variant (see asSeedTextPrintsTask). The 2008/09 RAG column is worked by hand: the 2008/09
 * actual against the 2008/9 target, Amber when missed by no more than 5% of the
 * target, polarity from the indicator's meaning; direction compares 2008/09 with
 * 2007/8. Table B statuses are as at 12 April 2010 with a 30-day "due soon"
 * window; a few tasks are marked Complete by hand so every status appears.
 */
import type {
  RagWord,
  TableAColumn,
  TableAModel,
  TableARow,
  TableBModel,
  TableBTask,
  TaskStatus,
} from '../../src/engine/report/types';
import { MONTH_NAMES } from '../../src/engine/model/dates';
import { BROMLEY_TABLE_A_SEED, bromleyTableALine } from '../fixtures/workbooks/bromley-table-a';
import { asSeedTextPrintsTask, BROMLEY_TABLE_B_SEED } from '../fixtures/workbooks/bromley-table-b';

const PAST = 'Past performance';
const FUTURE = 'Future targets';
const RATING = 'Rating 2008/09';

export const BROMLEY_COLUMNS: TableAColumn[] = [
  { key: 'code', header: 'NI', band: null, kind: 'code' },
  { key: 'description', header: 'Description', band: null, kind: 'description' },
  { key: 'a0506', header: '2005/06 Actual', band: PAST, kind: 'actual' },
  { key: 'a0607', header: '2006/07 Actual', band: PAST, kind: 'actual' },
  { key: 'a0708', header: '2007/08 Actual', band: PAST, kind: 'actual' },
  { key: 'a0809', header: '2008/09 Actual', band: PAST, kind: 'actual' },
  { key: 't0809', header: '2008/09 Target', band: PAST, kind: 'target' },
  { key: 't0910', header: '2009/10 Target', band: FUTURE, kind: 'target' },
  { key: 't1011', header: '2010/11 Target', band: FUTURE, kind: 'target' },
  { key: 'rag', header: 'RAG', band: RATING, kind: 'rag' },
  { key: 'dot', header: 'Direction of travel', band: RATING, kind: 'direction' },
];

const FIGURE_KEYS = ['a0506', 'a0607', 'a0708', 'a0809', 't0809', 't0910', 't1011'];

/**
 * A Table A row of the fixture (see bromleyTableALine): "NI 55" by its NI number,
 * a Local Indicator by the first words of its description; then its hand-worked
 * RAG and its direction.
 */
type Rating = [string, RagWord | null, string];

const GROUPS: { title: string; lines: Rating[] }[] = [
  {
    title: 'Be Healthy',
    lines: [
      ['NI 55', 'Green', 'Improving'],
      ['NI 56', 'Amber', 'Worsening'],
      ['NI 112', 'Red', 'Worsening'],
      ['The average of the', 'Green', 'Improving'],
    ],
  },
  {
    title: 'Staying Safe',
    lines: [
      ['NI 61', null, ''],
      ['NI 62', 'Green', 'Improving'],
      ['Adoptions orders and special', 'Red', 'Improving'],
      ['NI 64', 'Green', 'Worsening'],
      ['NI 65', 'Green', 'Increasing'],
      ['NI 67', 'Green', 'No change'],
      ['Percentage of children whose', 'Green', 'Improving'],
      ['NI 111', null, ''],
    ],
  },
  {
    title: 'Enjoy and Achieve',
    lines: [
      ['NI 72', 'Red', 'Worsening'],
      ['NI 92', 'Red', 'Improving'],
      ['NI 73', null, 'Improving'],
      ['NI 99', 'Green', 'Improving'],
      ['NI 100', 'Red', 'Improving'],
      ['NI 75', null, 'Improving'],
      ['NI 101', 'Red', 'Worsening'],
      ['NI 87', null, ''],
      ['The percentage of 11', 'Red', 'Worsening'],
      ['NI 114', 'Green', 'Improving'],
    ],
  },
  {
    title: 'Making a Positive Contribution',
    lines: [
      ['NI 19', null, ''],
      ['NI 45', null, ''],
    ],
  },
  {
    title: 'Achieve Economic Well-Being',
    lines: [
      ['NI 148', 'Green', 'Improving'],
      ['NI 117', 'Green', 'Improving'],
      ['To raise the post-16', 'Red', 'Worsening'],
    ],
  },
];

let sourceRow = 5;
function tableARow([ref, rag, direction]: Rating): TableARow {
  const { code, description, figures } = bromleyTableALine(ref);
  const cells: Record<string, string> = { code, description, rag: rag ?? 'Not rated', dot: direction };
  FIGURE_KEYS.forEach((key, i) => (cells[key] = figures[i]));
  const reason = rag
    ? `2008/09 actual ${figures[3]} against a target of ${figures[4]}.`
    : 'No 2008/09 result and target to compare.';
  return {
    code,
    description,
    cells,
    rag,
    reason,
    local: code === 'Local Indicator',
    source: { sheet: 'Table A', cell: `D${sourceRow++}` },
  };
}

export function bromleyTableAModel(): TableAModel {
  sourceRow = 5;
  return {
    title: BROMLEY_TABLE_A_SEED.title,
    asOf: '2010-04-12',
    ratedYear: '2008/09',
    columns: BROMLEY_COLUMNS.map((c) => ({ ...c })),
    groups: GROUPS.map((g) => ({ title: g.title, rows: g.lines.map(tableARow) })),
    legend: [
      'Green: the 2008/09 target was met or beaten.',
      'Amber: the target was missed by no more than 5% of the target.',
      'Red: the target was missed by more than 5% of the target.',
      'Direction of travel compares the 2008/09 result with 2007/08: Improving or Worsening where it is known whether higher is better, otherwise Increasing or Decreasing.',
    ],
  };
}

interface Area {
  number: number;
  title: string;
  lead: string;
  group: string;
  /** [number, text, deadline, lead] */
  tasks: [string, string, string, string][];
}

/** The model's areas of focus: the fixture's Table B, areas 1-10. */
const LAST_AREA = 10;

function areasFromFixture(): Area[] {
  const areas: Area[] = [];
  for (const line of BROMLEY_TABLE_B_SEED.lines) {
    if (!Array.isArray(line)) continue;
    const [areaText, taskText, deadline, lead, group] = line;
    const area = /^(\d+)\. (.*)$/s.exec(areaText);
    if (area) areas.push({ number: Number(area[1]), title: area[2], lead, group, tasks: [] });
    const current = areas[areas.length - 1];
    const task = /^(\d+\.\d+) (.*)$/s.exec(asSeedTextPrintsTask(taskText))!;
    current.tasks.push([task[1], task[2], deadline, lead || current.lead]);
  }
  return areas.filter((a) => a.number <= LAST_AREA);
}

const AREAS = areasFromFixture();

const AS_OF = '2010-04-12';
const DUE_SOON_DAYS = 30;
const DONE = new Set(['1.1', '1.2', '1.3', '3.1', '5.1', '9.1']);

/** "April 2010" -> "2010-04-30" */
function monthEnd(deadline: string): string | null {
  const m = /^(\w+) (\d{4})$/.exec(deadline);
  const month = m ? MONTH_NAMES.indexOf(m[1]) : -1;
  if (!m || month < 0) return null;
  const last = new Date(Date.UTC(Number(m[2]), month + 1, 0));
  return last.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function status(number: string, deadline: string, date: string | null): [TaskStatus, string] {
  if (DONE.has(number)) return ['Complete', 'Complete'];
  if (date === null) return ['No date', 'No deadline given'];
  if (date < AS_OF) return ['Overdue', `Overdue (due ${deadline})`];
  if (date <= addDays(AS_OF, DUE_SOON_DAYS)) return ['Due soon', `Due within ${DUE_SOON_DAYS} days`];
  return ['Not yet due', 'Not yet due'];
}

export function bromleyTableBModel(): TableBModel {
  let row = 4;
  return {
    title: BROMLEY_TABLE_B_SEED.title,
    asOf: AS_OF,
    dueSoonDays: DUE_SOON_DAYS,
    areas: AREAS.map((area) => ({
      number: area.number,
      title: area.title,
      tasks: area.tasks.map(([number, text, deadline, lead]): TableBTask => {
        const deadlineDate = monthEnd(deadline);
        const [st, statusText] = status(number, deadline, deadlineDate);
        return {
          number,
          text,
          deadline,
          deadlineDate,
          lead,
          group: area.group,
          status: st,
          statusText,
          source: { sheet: 'Table B', cell: `C${row++}` },
        };
      }),
    })),
    legend: [
      'Overdue: the deadline has passed and the task is not marked complete.',
      `Due soon: the deadline falls within ${DUE_SOON_DAYS} days of 12 April 2010.`,
      'Complete: marked complete by the lead officer.',
    ],
  };
}
