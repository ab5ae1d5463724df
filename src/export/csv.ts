/**
 * Table A and Table B as CSV, one file per table: UTF-8 with a byte-order mark
 * (without it Excel reads the file as the local code page and "–" or "£"
 * arrive garbled), CRLF line ends, RFC 4180 quoting. Each row carries its
 * outcome heading or area of focus in a column of its own, so a sorted or
 * filtered sheet still says where every row belongs.
 */
import type { TableAModel, TableBModel } from '../engine/report/types';
import { csvField } from './csv-field';
import { tableACell } from './table-a-layout';
import { AREA_HEADER } from './table-b-layout';

const BOM = '\uFEFF';
const EOL = '\r\n';

function csvText(rows: string[][]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',')).join(EOL) + EOL;
}

/** 'Table A'!C7, as Excel writes a reference, so officers can find the cell. */
export function sourceRef(source: { sheet: string; cell: string }): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(source.sheet);
  const sheet = plain ? source.sheet : `'${source.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${source.cell}`;
}

function tableARows(a: TableAModel): string[][] {
  // one header row: a band is folded into its columns' names ("Past performance: 2008/09")
  const header = [
    'Outcome',
    ...a.columns.map((c) => (c.band ? `${c.band}: ${c.header}` : c.header)),
    'Reason for rating',
    'Source',
  ];
  const rows = [header];
  for (const group of a.groups) {
    for (const row of group.rows) {
      rows.push([
        group.title,
        ...a.columns.map((c) => tableACell(row, c).text),
        row.reason,
        sourceRef(row.source),
      ]);
    }
  }
  return rows;
}

function tableBRows(b: TableBModel): string[][] {
  const header = [
    'Area number',
    AREA_HEADER,
    'Task number',
    'Task',
    'Deadline',
    'Deadline date',
    'Lead officer and partner',
    'Lead strategy group',
    'Status',
    'Status detail',
    'Source',
  ];
  const rows = [header];
  for (const area of b.areas) {
    const number = area.number === null ? '' : String(area.number);
    // an area with no tasks yet is still part of the plan
    if (area.tasks.length === 0) rows.push([number, area.title, '', '', '', '', '', '', '', '', '']);
    for (const t of area.tasks) {
      rows.push([
        number,
        area.title,
        t.number ?? '',
        t.text,
        t.deadline,
        t.deadlineDate ?? '',
        t.lead,
        t.group,
        t.status,
        t.statusText,
        sourceRef(t.source),
      ]);
    }
  }
  return rows;
}

export function toCsv(model: TableAModel | TableBModel): string {
  return csvText('columns' in model ? tableARows(model) : tableBRows(model));
}

export function csvFiles(a: TableAModel | null, b: TableBModel | null): { name: string; text: string }[] {
  const files: { name: string; text: string }[] = [];
  if (a) files.push({ name: 'table-a.csv', text: toCsv(a) });
  if (b) files.push({ name: 'table-b.csv', text: toCsv(b) });
  return files;
}
