/**
 * What else sits on a sheet: titles, footnotes, a key of the tokens used, officer
 * notes, and tables that are not indicator tables (budgets, staff lists, pay grades,
 * Ofsted grades) that recognition must leave alone. Each writes itself at a
 * position and says how much room it took.
 */
import type { SheetGrid } from './grid';
import type { Rng } from './prng';

export type Distractor = 'budget' | 'staff' | 'grades' | 'ofsted';

export type TextBlock = { kind: 'lines'; lines: string[] };

export interface Size {
  height: number;
  width: number;
}

export function writeLines(grid: SheetGrid, lines: string[], r0: number, c0: number): Size {
  lines.forEach((l, i) => grid.set(r0 + i, c0, l));
  return { height: lines.length, width: 1 };
}

/** A key as two columns (token, meaning) under a "Key" heading. */
export function writeKey(
  grid: SheetGrid,
  entries: [string, string][],
  r0: number,
  c0: number,
  twoCols: boolean,
): Size {
  grid.set(r0, c0, 'Key');
  entries.forEach(([token, meaning], i) => {
    if (twoCols) {
      grid.set(r0 + 1 + i, c0, token);
      grid.set(r0 + 1 + i, c0 + 1, meaning);
    } else grid.set(r0 + 1 + i, c0, `${token} = ${meaning}`);
  });
  return { height: entries.length + 1, width: twoCols ? 2 : 1 };
}

const SERVICES = [
  'Safeguarding',
  'Looked after children',
  'Youth service',
  'Early years',
  'School improvement',
  'Connexions',
  'Children’s centres',
];
const NAMES = [
  'Jane Smith',
  'Raj Patel',
  'Claire Jones',
  'Sean O’Brien',
  'Amira Khan',
  'Tom Williams',
  'Lucy Taylor',
];
const POSTS = [
  'Team Manager',
  'Senior Practitioner',
  'Performance Officer',
  'Data Analyst',
  'Service Manager',
  'Social Worker',
];
const SCHOOLS = [
  'Hillside Primary',
  'St Mary’s CE Primary',
  'Oakwood Academy',
  'Riverside School',
  'Kingsmead Primary',
  'Westfield High',
];

function writeRows(
  grid: SheetGrid,
  rows: (string | number | null)[][],
  r0: number,
  c0: number,
  fmt: (c: number) => string,
): Size {
  rows.forEach((row, i) => row.forEach((v, j) => grid.set(r0 + i, c0 + j, v, i === 0 ? 'General' : fmt(j))));
  return { height: rows.length, width: Math.max(...rows.map((r) => r.length)) };
}

function budget(rng: Rng, year: number): (string | number | null)[][] {
  const y = `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
  const rows: (string | number | null)[][] = [
    ['Service', `Budget ${y}`, 'Spend to date', 'Forecast outturn', 'Variance'],
  ];
  for (const s of rng.sample(SERVICES, rng.int(3, 6))) {
    const b = rng.int(200, 4000) * 1000;
    const f = Math.round(b * rng.float(0.9, 1.1));
    rows.push([s, b, Math.round(b * rng.float(0.4, 0.8)), f, f - b]);
  }
  return rows;
}

function staff(rng: Rng): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [['Name', 'Post', 'Team', 'FTE', 'Grade']];
  for (const n of rng.sample(NAMES, rng.int(3, 6)))
    rows.push([n, rng.pick(POSTS), rng.pick(SERVICES), rng.pick([1, 0.8, 0.6, 0.5]), `PO${rng.int(1, 6)}`]);
  return rows;
}

function grades(rng: Rng, year: number): (string | number | null)[][] {
  const yy = (y: number): string => `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
  const rows: (string | number | null)[][] = [['Grade', `Salary ${yy(year)}`, `Salary ${yy(year + 1)}`]];
  for (let g = rng.int(3, 5); g <= 9; g += rng.int(1, 2)) {
    const s = 15000 + g * 2400 + rng.int(0, 900);
    rows.push([`Grade ${g}`, s, Math.round(s * 1.015)]);
  }
  return rows;
}

function ofsted(rng: Rng, year: number): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [
    ['School', `Ofsted grade ${year}`, `Ofsted grade ${year + 1}`, 'Inspection date'],
  ];
  for (const s of rng.sample(SCHOOLS, rng.int(3, 6)))
    rows.push([s, rng.int(1, 4), rng.int(1, 4), `${rng.int(1, 28)}/${rng.int(1, 12)}/${year + 1}`]);
  return rows;
}

/** A non-indicator table with a title line above it. */
export function writeDistractor(grid: SheetGrid, which: Distractor, r0: number, c0: number, rng: Rng): Size {
  const year = rng.pick([2008, 2009]);
  const titles: Record<Distractor, string> = {
    budget: `Budget monitoring ${year}/${String((year + 1) % 100).padStart(2, '0')}`,
    staff: 'Performance team contacts',
    grades: 'Pay grades',
    ofsted: 'School inspection outcomes',
  };
  grid.set(r0, c0, titles[which]);
  const rows =
    which === 'budget'
      ? budget(rng, year)
      : which === 'staff'
        ? staff(rng)
        : which === 'grades'
          ? grades(rng, year)
          : ofsted(rng, year);
  const money = which === 'budget' || which === 'grades';
  const size = writeRows(grid, rows, r0 + 1, c0, (j) => (money && j > 0 ? '#,##0' : 'General'));
  return { height: size.height + 1, width: size.width };
}
