/**
 * Bromley CYPP 2009-11 Table A and Table B as report models, built by hand from
 * reference/seeds/bromley-cypp-2009-11.txt until the report builders land. Every
 * cell is the plan's text. The 2008/09 RAG column is worked by hand: the 2008/09
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

/** code, description, seven figures as printed, hand-worked RAG, direction */
type Line = [string, string, string[], RagWord | null, string];

const GROUPS: { title: string; lines: Line[] }[] = [
  {
    title: 'Be Healthy',
    lines: [
      [
        'NI 55',
        'Obesity in primary school age children in Reception Year',
        ['new indicator', '6.94%', '8.4% (9.9%)', '7.3% (9.6%)', '8', '8', '8'],
        'Green',
        'Improving',
      ],
      [
        'NI 56',
        'Obesity in primary school age children in Year 6',
        ['new indicator', '12.84%', '15.5% (17.5%)', '15.7% (18.3%)', '15', '15', '15'],
        'Amber',
        'Worsening',
      ],
      [
        'NI 112',
        'Under 18 conception rate',
        [
          '31.0 per 1000',
          '36.2 per 1000',
          '31.0 per 1000',
          '34.0 per 1000',
          '23.9 per 1000',
          '20.8 per 1000',
          '17.7 per 1000',
        ],
        'Red',
        'Worsening',
      ],
      [
        'Local Indicator',
        'The average of the percentages of children looked after who had been looked after continuously for at least 12 months, and who had their teeth checked by a dentist during the previous 12 months and had an annual health assessment during the previous 12 months.',
        ['73.1% (81%)', '82.3% (84%)', '88.2%', '95%', '95%', '95%', '95%'],
        'Green',
        'Improving',
      ],
    ],
  },
  {
    title: 'Staying Safe',
    lines: [
      [
        'NI 61',
        'Timeliness of placements of looked after children for adoption following an agency decision that the child should be placed for adoption',
        ['66% (77%)', '71% (81%)', '87%', 'Numbers too small', '78%', '80%', '82%'],
        null,
        '',
      ],
      [
        'NI 62',
        'Stability of placements of looked after children: number of placements (Those with 3 or more as a % of all CiC)',
        ['11% (12%)', '5.40%', '10.51%', '6.3%', '11%', '11%', '11%'],
        'Green',
        'Improving',
      ],
      [
        'Local Indicator',
        'Adoptions orders and special guardianships granted for children in care',
        ['5.6% (7.6%)', '8.40%', '7.73%', '7.8%', '8.50%', '7.00%', '7.50%'],
        'Red',
        'Improving',
      ],
      [
        'NI 64',
        'The percentage of children ceasing to be the subject of a Child Protection Plan who had been the subject of a Child Protection Plans for 2 years or more',
        ['4.0% (5.8%)', '7.40%', '0%', '2.7%', '5%', '5%', '5%'],
        'Green',
        'Worsening',
      ],
      [
        'NI 65',
        'Percentage of children becoming the subject of a Child Protection Plan for a second or subsequent time',
        ['13.3% (14%)', '16.30%', '11.35%', '11.7%', '14%', '14%', '14%'],
        'Green',
        'Increasing',
      ],
      [
        'NI 67',
        'Percentage of child protection cases which were reviewed within required timescales',
        ['100% (100%)', '100%', '100%', '100%', '100%', '100%', '100%'],
        'Green',
        'No change',
      ],
      [
        'Local Indicator',
        'Percentage of children whose referral occurred within 12 months of a previous referral',
        ['32.8% (23.3%)', '12.30%', '11.17%', '10.5%', '12.5%', '12.5%', '12.5%'],
        'Green',
        'Improving',
      ],
      [
        'NI 111',
        'First time entrants to the Youth Justice System aged 10 – 17',
        ['392', '533', '408', 'N/A', '-2%', '-2%', '-2%'],
        null,
        '',
      ],
    ],
  },
  {
    title: 'Enjoy and Achieve',
    lines: [
      [
        'NI 72',
        'Achievement of at least 78 points across the Early Years Foundation Stage with at least 6 in each of the scales in Personal, Social and Emotional Development and Communication, Language and Literacy',
        ['49% (48%)', '47% (45%)', '48% (46%)', '46% (49%)', '53%', '53.5%', '54%'],
        'Red',
        'Worsening',
      ],
      [
        'NI 92',
        'Narrowing the gap between the lowest achieving 20% in the Early Years Foundation Stage Profile and the rest',
        ['33.3% (38.9%)', '37.4% (38.3%)', '35% (37.2%)', '34.9% (35-6%)', '31.5%', '30.3%', '20.23%'],
        'Red',
        'Improving',
      ],
      [
        'NI 73',
        'Achievement at level 4 or above in both English and Maths at Key Stage 2',
        ['73%', '75%', '75% (71%)', '76% (71%)', 'New', '82%', '82%'],
        null,
        'Improving',
      ],
      [
        'NI 99',
        'Looked after children reaching level 4 in English at Key Stage 2',
        ['82%', '48%', '55%', '71%', '63%', '40%', '80%'],
        'Green',
        'Improving',
      ],
      [
        'NI 100',
        'Looked after children reaching level 4 in maths at Key Stage 2',
        ['64%', '39%', '27%', '50%', '81%', '20%', '80%'],
        'Red',
        'Improving',
      ],
      [
        'NI 75',
        'Achievement of 5 or more A*-C grades at GCSE or equivalent including English and Maths',
        ['52% (43%)', '54% (46%)', '55% (47%)', '59% (48%)', 'New', '61%', '63%'],
        null,
        'Improving',
      ],
      [
        'NI 101',
        'Looked after children achieving 5 A*-C GCSEs (or equivalent) at Key Stage 4 (including English and Maths)',
        ['New indicator', 'New indicator', '14%', '4%', '58%', '17%', '35%'],
        'Red',
        'Worsening',
      ],
      [
        'NI 87',
        'Secondary school persistent absence rate',
        ['new indicator', '7.0% (7.1%)', '7.0% (6.7%)', '', 'New', '6.70%', '5.3%'],
        null,
        '',
      ],
      [
        'Local Indicator',
        'The percentage of 11 year olds achieving level 4 or above in English and maths for 11 identified primary schools - Local Area Agreement Reward Target',
        [
          'New indicator',
          'English: 81% Maths: 75%',
          'English: 77% Maths: 68%',
          'English: 74% Maths: 72%',
          'English: 85% Maths: 83%',
          'English: 86% Maths: 84%',
          'ceased',
        ],
        'Red',
        'Worsening',
      ],
      [
        'NI 114',
        'Permanent exclusions as a percentage of the School population',
        ['0.23 [101]', '0.13 [60]', '0.23 [106]', '0.15 [72]', '0.2 [90]', '0.18 [80]', '0.17 [75]'],
        'Green',
        'Improving',
      ],
    ],
  },
  {
    title: 'Making a Positive Contribution',
    lines: [
      [
        'NI 19',
        'Rate of proven re-offending by young offenders aged 10-17',
        ['40.4', '18.42', '37.5', 'N/A', '110', '108', '105'],
        null,
        '',
      ],
      [
        'NI 45',
        "Young offenders' engagement in suitable education, training and employment",
        ['78%', '63%', '76%', 'TBC', '90%', '90%', '90%'],
        null,
        '',
      ],
    ],
  },
  {
    title: 'Achieve Economic Well-Being',
    lines: [
      [
        'NI 148',
        'Care leavers in education, employment or training',
        ['', '59.5%', '63.2%', '65%', '65%', '67%', '70%'],
        'Green',
        'Improving',
      ],
      [
        'NI 117',
        '16 to 18 year olds who are not in education, employment or training (NEET)',
        ['5.1%', '5.0%', '4.8%', '4.7%', '4.7%', '4.30%', '4.00%'],
        'Green',
        'Improving',
      ],
      [
        'Local Indicator',
        'To raise the post-16 Level 3 average point score per pupil so that it equals and then rises above the national average. (The measure is the difference between the Bromley and the National figure for GCE/VC A/AS + Key Skills Average UCAS point per candidate) - Local Area Agreement Reward Target',
        ['New indicator', '-7 [714.5]', '-14 [717.4]', '-24.6 [715.2]', '-2', '+2', 'Ceased'],
        'Red',
        'Worsening',
      ],
    ],
  },
];

let sourceRow = 5;
function tableARow([code, description, figures, rag, direction]: Line): TableARow {
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
    title: 'Targets for Children and Young People Services',
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

/** [number, text, deadline, lead when it differs from the area's] */
type TaskLine = [string, string, string, string?];

interface AreaLines {
  number: number;
  title: string;
  lead: string;
  group: string;
  tasks: TaskLine[];
}

// Source: reference/seeds/bromley-cypp-2009-11.txt, "Summary Action Plan (2009-2011)", areas 1-10.
const AREAS: AreaLines[] = [
  {
    number: 1,
    title:
      "Improve children and young people's health (including low birth weight; teenage pregnancy; and obesity).",
    lead: 'Jenny Selway, Bromley Primary Care Trust',
    group: "Children's Health and Wellbeing Strategy Group",
    tasks: [
      ['1.1', 'Develop a Maternity Strategy in conjunction with Bromley Hospitals NHS Trust.', 'August 2009'],
      ['1.2', 'Complete a Maternity Needs Assessment.', 'August 2009'],
      ['1.3', 'Implement the Baby Friendly Initiative for breastfeeding across the Borough.', 'August 2009'],
      ['1.4', 'Develop the strategy for tackling Childhood Obesity in the Borough.', 'September 2009'],
      [
        '1.5',
        'Front line staff to be trained in the Health Exercise Nutrition for the Really Young ("HENRY") obesity prevention programme.',
        'April 2010',
      ],
      ['1.6', 'Improve access to Long-Acting Reversible Contraception within the Borough.', 'April 2010'],
      ['1.7', 'Develop an action plan to take forward the national Child Health Strategy.', 'July 2009'],
    ],
  },
  {
    number: 2,
    title: 'Improve access to child and adolescent mental health services.',
    lead: 'Karen Fletcher-Wright, London Borough of Bromley',
    group: "Children's Health and Wellbeing Strategy Group",
    tasks: [
      [
        '2.1',
        'Improve access to Child and Adolescent Mental Health Services (CAMHS) for children and young people with learning difficulties/ disabilities, through CAMHS Learning Difficulties and Disabilities (LDD) pathway.',
        'April 2011',
      ],
      ['2.2', 'Use targeted funding to improve access to support in schools.', 'April 2011'],
      ['2.3', 'Improve communication with referrers, parents and young people.', 'April 2011'],
    ],
  },
  {
    number: 3,
    title:
      'Address the health needs of children and young people with learning difficulties and disabilities.',
    lead: 'Yee Cho, Bromley Primary Care Trust Karen Fletcher-Wright, London Borough of Bromley',
    group: "Children's Health and Wellbeing Strategy Group or Disability Strategy Group",
    tasks: [
      [
        '3.1',
        "Implement the Joint Children's Disability care pathway between health, social care and education services.",
        'May 2009',
      ],
      [
        '3.2',
        'Implement joint commissioning for short breaks, equipment and palliative care, using health and social care budgets.',
        'July 2009',
      ],
      [
        '3.3',
        'Appoint a Joint Commissioning post between Bromley Primary Care Trust and London Borough of Bromley.',
        'July 2009',
      ],
      [
        '3.4',
        'Ensure access to necessary therapies, equipment, community and school nursing services.',
        'April 2011',
      ],
      [
        '3.5',
        'Address health and therapy needs of children and young people with disabilities in a multi-agency context, ensuring effective commissioning achieves access to services and support.',
        'April 2010',
      ],
    ],
  },
  {
    number: 4,
    title: 'Address the rising level of alcohol misuse amongst young people.',
    lead: 'Suzett Polson, London Borough of Bromley',
    group: 'Drug Action Team Commissioning Group',
    tasks: [
      [
        '4.1',
        'Continue to commission a specialist treatment service for young people which also supports the delivery of drug education within schools.',
        'April 2011',
      ],
      [
        '4.2',
        'Continue to provide training to all staff working with young people, to identify alcohol problems through the Drug Use Screening tool.',
        'April 2011',
      ],
      [
        '4.3',
        'Continue to work with the Teenage Pregnancy and Sexual Health Boards to target prevention and early intervention at young people at risk of alcohol-related teenage pregnancy or sexually transmitted infections.',
        'April 2011',
      ],
      [
        '4.4',
        'Implement an alcohol task group which undertakes a targeted programme of activity covering under age sales, anti-social behaviour and enforcement',
        'July 2009',
      ],
      [
        '4.5',
        'Develop a robust data set in collaboration with CYP Services that captures:  • the numbers of young people screened and referred for treatment • the numbers of parents who have substance misuse problems and are referred for treatment.',
        'July 2009',
        'Suzett Polson Merlin Joseph London Borough of Bromley',
      ],
    ],
  },
  {
    number: 5,
    title: 'Ensure proper vetting of people who work with children and young people.',
    lead: 'Angela Huggett, London Borough of Bromley',
    group: 'Workforce Development Strategy Group',
    tasks: [
      [
        '5.1',
        'Continue to implement the Safer Recruitment Training to maintained schools and other relevant staff.',
        'March 2011',
      ],
      [
        '5.2',
        'Continue to issue sponsorship certificates for migrant workers on behalf of Community and Voluntary Controlled Schools (where the Council is the employer).',
        'March 2011',
      ],
      ['5.3', 'Undertake 3 yearly CRB re-checks for staff and volunteers.', 'March 2011'],
      [
        '5.4',
        'Continue to implement the phased approach of the new vetting and barring scheme through the Independent Safeguarding Authority.',
        'March 2011',
      ],
    ],
  },
  {
    number: 6,
    title: 'Ensure that there is capacity to support children in need and children with disabilities.',
    lead: 'Helen Norris and Ian Leadbetter, London Borough of Bromley',
    group: 'Life Chances Strategy Group, or Disability Strategy Group',
    tasks: [
      [
        '6.1',
        'Reduce reliance, on and monitor out of borough placements for, disabled children and young people with Autistic Spectrum Disorder (ASD) and Special Educational Needs (SEN), in liaison with the Children in Care Education Service.',
        'April 2010',
      ],
      [
        '6.2',
        "Ensure that the 'Aiming High for Disabled Children' (AHDC) Short Breaks Transformation Programme is implemented in partnership with Bromley Primary Care Trust (PCT) and that new monies achieve quality enhanced and innovative support and services.",
        'March 2011',
      ],
      [
        '6.3',
        "Increase parent/carer participation, information, engagement and active involvement in decisions on the development of services for disabled children and young people, including tendering and implementing 'Aiming High for Disabled Children' Parent Participation Grants.",
        'July 2009',
      ],
      [
        '6.4',
        "Ensure support for disabled children and young people to access mainstream services, inclusive leisure, extended school and mainstream Children's Centres and settings.",
        'April 2010',
      ],
      [
        '6.5',
        'Develop the workforce to achieve a common core of skills and knowledge, to maximise the ability of professionals to meet the needs of disabled children and young people, together with their parents and carers.',
        'April 2010',
      ],
      [
        '6.6',
        'Ensure effective co-ordinated services for disabled children and young people, offering pro-active rather than reactive family-centred support.',
        'April 2010',
      ],
    ],
  },
  {
    number: 7,
    title:
      'Ensure the effectiveness of preventative services (especially for children with learning difficulties and disabilities; those in care; and young carers).',
    lead: 'Ian Leadbetter, Robert South and Helen Norris, London Borough of Bromley',
    group: 'Life Chances Strategy Group, or Supporting Families Strategy Group or Disability Strategy Group',
    tasks: [
      [
        '7.1',
        'Establish referral pathways, panel processes, thresholds, eligibility criteria and access points which achieve responsive joint services and timely support, particularly at key life stages.',
        'April 2010',
      ],
      [
        '7.2',
        'Consider the need for a keyworker or lead professional for children and young people with disabilities across all age phases.',
        'April 2010',
      ],
      ['7.3', 'Improve data on disabled children and young people in a multi-agency context.', 'April 2010'],
      [
        '7.4',
        'Ensure the active involvement of disabled children and young people in service planning.',
        'April 2010',
      ],
      [
        '7.5',
        "Develop preventative services for learning difficulties and disabilities, building onto the success of the Early Support 'Team around the Child and Family' model.",
        'April 2010',
      ],
      [
        '7.6',
        'Ensure that Bromley Children and Family Project continues to work with schools and that the full core offer of Extended Services is available to children and Families.',
        'March 2010',
      ],
      [
        '7.7',
        "Deliver services within 16 operational Children and Family Centres in 6 Community Areas that provide services in line with local needs analysis and evidence impact through the establishment of an 'outcomes based accountability' management information system.",
        'September 2009',
      ],
    ],
  },
  {
    number: 8,
    title: 'Develop more locally available and affordable childcare provision.',
    lead: 'Mike Barnes, London Borough of Bromley',
    group: 'Supporting Families Strategy Group or Disability Strategy Group',
    tasks: [
      [
        '8.1',
        "Ensure sufficient childcare support for disabled children and young people and consider the Disabled Children's Access to Childcare project (DCATCH).",
        'April 2010',
      ],
      [
        '8.2',
        "Implement the government's free entitlement to nursery education funding for 3 and 4 year olds from 12.5 hours to 15 hours for 25% of children in most deprived areas.",
        'September 2009',
      ],
      [
        '8.3',
        "Implement the government's free entitlement to nursery education funding for 3 and 4 year olds across the Borough.",
        'September 2010',
      ],
      [
        '8.4',
        'Develop sign-posting in schools for parents to after-school clubs in their local area; promote working tax credit in after school clubs so that parents are more able to afford after-school provision.',
        'September 2009',
      ],
      ['8.5', 'Develop affordable wrap-around child care (in conjunction with schools).', 'December 2010'],
    ],
  },
  {
    number: 9,
    title: 'Develop the use of the Common Assessment Framework process.',
    lead: 'Robert South, London Borough of Bromley',
    group: 'Supporting Families Strategy Group',
    tasks: [
      [
        '9.1',
        'Produce a comprehensive, multi-agency Common Assessment Framework (CAF) policy, procedures and protocol and incorporate draft Pan-London procedure for inter-borough referrals once agreed.',
        'May 2009',
      ],
      [
        '9.2',
        'Develop Common Assessment Framework (CAF) Training Programme to support all schools, pre-school settings, service teams and other key partners with the implementation of the framework and procedures.',
        'March 2009',
      ],
    ],
  },
  {
    number: 10,
    title: 'Reduce absence from school and improve attendance.',
    lead: 'Mike Barnes, London Borough of Bromley',
    group: 'Standards and Attainment Strategy Group',
    tasks: [
      [
        '10.1',
        "Improve use of persistent absentee calculator in both primary and secondary settings, to enhance targeting of schools' pastoral resources.",
        'September 2010',
      ],
      [
        '10.2',
        'Continue the roll-out of SPIKE attendance project to all primary schools in the Borough.',
        'December 2010',
      ],
      [
        '10.3',
        'Implement procedures contained within the revised Department for Children, Schools and Families guidance, to "ensure all children receive the education to which they are entitled", including children missing from education processes.',
        'March 2011',
      ],
    ],
  },
];

const AS_OF = '2010-04-12';
const DUE_SOON_DAYS = 30;
const DONE = new Set(['1.1', '1.2', '1.3', '3.1', '5.1', '9.1']);
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "April 2010" -> "2010-04-30" */
function monthEnd(deadline: string): string | null {
  const m = /^(\w+) (\d{4})$/.exec(deadline);
  const month = m ? MONTHS.indexOf(m[1]) : -1;
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
    title: 'Summary Action Plan (2009-2011)',
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
          lead: lead ?? area.lead,
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
