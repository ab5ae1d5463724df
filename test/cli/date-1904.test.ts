/**
 * The 1904 date system (Excel 2008 for Mac and earlier, or "Use 1904 date system"): the same action
 * plan with its deadlines stored as a 1904 workbook stores them reports exactly as the 1900 one. Before,
 * every date-formatted serial was read as the 1900 system's, four years and a day early, without a word
 * ("Overdue (due 30 March 2006)" for a deadline the cell shows as 31 March 2010).
 */
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { DAYS_1900_TO_1904 } from '../../src/engine/values/date-system';
import { minimalPackage } from '../support/minimal-package';
import { runCli } from '../support/run-cli';
import { tempDir } from '../support/temp-dir';

const text = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${t}</t></is></c>`;
const date = (r: string, serial: number) => `<c r="${r}" s="1"><v>${serial}</v></c>`;
// 31 March 2010 and 31 December 2010 in the 1900 system; 1 July 2010 as an ISO date cell
const DEADLINES = [40268, 40543];

/** An action plan whose deadlines are dates, stored as a workbook of the given date system stores them. */
function actionPlan(date1904: boolean): Uint8Array {
  const shift = date1904 ? DAYS_1900_TO_1904 : 0;
  const rows = [
    `<row r="1">${text('A1', 'Action')}${text('B1', 'Lead')}${text('C1', 'Deadline')}${text('D1', 'Status')}</row>`,
    `<row r="2">${text('A2', 'Open two new youth centres')}${text('B2', 'Youth service')}${date('C2', DEADLINES[0] - shift)}${text('D2', 'In progress')}</row>`,
    `<row r="3">${text('A3', 'Publish the play strategy')}${text('B3', 'Play team')}${date('C3', DEADLINES[1] - shift)}${text('D3', 'Not started')}</row>`,
    `<row r="4">${text('A4', 'Agree the youth offer')}${text('B4', 'Youth service')}<c r="C4" s="1" t="d"><v>2010-07-01</v></c>${text('D4', 'Not started')}</row>`,
  ].join('');
  const files = minimalPackage(rows);
  files['xl/styles.xml'] = strToU8(
    '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>' +
      '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
  );
  const edit = (part: string, fn: (s: string) => string) =>
    (files[part] = strToU8(fn(strFromU8(files[part]))));
  edit('xl/_rels/workbook.xml.rels', (s) =>
    s.replace(
      '</Relationships>',
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/></Relationships>',
    ),
  );
  if (date1904) edit('xl/workbook.xml', (s) => s.replace('<sheets>', '<workbookPr date1904="1"/><sheets>'));
  return zipSync(files);
}

describe('a workbook counting its dates from 1904', () => {
  const dir = tempDir('ni-1904-');
  const file = (name: string, date1904: boolean): string => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, actionPlan(date1904));
    return f;
  };

  it('reports Table B with the deadlines its cells show, as the same plan in the 1900 system', async () => {
    const outA = path.join(dir, 'a-report.csv');
    const outB = path.join(dir, 'b-report.csv');
    const a = await runCli(
      'report',
      file('p1900.xlsx', false),
      '-o',
      path.join(dir, 'a.xlsx'),
      '--csv',
      outA,
      '--as-of',
      '2010-06-30',
    );
    const b = await runCli(
      'report',
      file('p1904.xlsx', true),
      '-o',
      path.join(dir, 'b.xlsx'),
      '--csv',
      outB,
      '--as-of',
      '2010-06-30',
    );
    expect([a.code, b.code]).toEqual([0, 0]);
    const csvs = (d: string) =>
      fs.readdirSync(d).map((f) => fs.readFileSync(path.join(d, f), 'utf8').replace(/p190[04]/g, 'p'));
    const tableB = csvs(outA);
    expect(tableB.join('\n')).toContain('Overdue (due 31 March 2010)');
    expect(tableB.join('\n')).toContain('1 July 2010');
    expect(csvs(outB)).toEqual(tableB);
  });
});
