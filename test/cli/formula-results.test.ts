/**
 * Formulas with no result the file vouches for. Excel saves each formula's result beside it;
 * programs that do not calculate save none (openpyxl, pandas: the cell reads as empty) or a
 * placeholder with a flag asking Excel to recalculate on opening (xlsxwriter saves 0). Before,
 * either was read in silence: targets computed by formula went missing, or read as 0.
 */
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { minimalPackage } from '../support/minimal-package';
import { runCli } from '../support/run-cli';
import { tempDir } from '../support/temp-dir';

const text = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${t}</t></is></c>`;
const num = (r: string, n: number) => `<c r="${r}"><v>${n}</v></c>`;

/** How a program stores a formula cell: Excel with its result, openpyxl with none, xlsxwriter with 0. */
type Producer = 'excel' | 'openpyxl' | 'xlsxwriter';

function formula(r: string, f: string, result: number, by: Producer): string {
  if (by === 'openpyxl') return `<c r="${r}"><f>${f}</f></c>`;
  return `<c r="${r}"><f>${f}</f><v>${by === 'xlsxwriter' ? 0 : result}</v></c>`;
}

/** A targets table whose targets are formulas on the actuals, and a total outside it in G2. */
function plan(by: Producer): Uint8Array {
  const rows = [
    `<row r="1">${text('A1', 'NI')}${text('B1', 'Indicator')}${text('C1', '2008/09 Actual')}${text('D1', '2009/10 Target')}${text('E1', '2010/11 Target')}</row>`,
    `<row r="2">${text('A2', 'NI 112')}${text('B2', 'Under 18 conception rate')}${num('C2', 40)}${formula('D2', 'C2*0.9', 36, by)}${formula('E2', 'D2*0.9', 32.4, by)}${formula('G2', 'SUM(C2:E3)', 0, by)}</row>`,
    `<row r="3">${text('A3', 'NI 117')}${text('B3', '16 to 18 year olds who are not in education, training or employment (NEET)')}${num('C3', 6)}${num('D3', 5.5)}${num('E3', 5)}</row>`,
  ].join('');
  const files = minimalPackage(rows);
  if (by === 'xlsxwriter') {
    const wb = strFromU8(files['xl/workbook.xml']);
    files['xl/workbook.xml'] = strToU8(
      wb.replace('</sheets>', '</sheets><calcPr calcId="124519" fullCalcOnLoad="1"/>'),
    );
  }
  return zipSync(files);
}

describe('formula cells saved by programs that do not calculate', () => {
  const dir = tempDir('ni-formulas-');
  const validate = async (by: Producer) => {
    const file = path.join(dir, `${by}.xlsx`);
    fs.writeFileSync(file, plan(by));
    const run = await runCli('validate', file, '--as-of', '2010-06-30');
    return run.out.join('\n');
  };

  it('says which targets were read as empty because openpyxl saved no result for them', async () => {
    const out = await validate('openpyxl');
    expect(out).toMatch(
      /Data!D2 +\[NI-FORMULA-RESULT\] 2 formula cells in this table have no saved result, so they were read as empty: D2, E2\./,
    );
    expect(out).toContain('Open the workbook in Excel, let it calculate, save it, and run NI Targets again.');
    // the total beside the table is told once, as information
    expect(out).toMatch(
      /Data!G2 +\[NI-FORMULA-RESULT\] 1 formula cell on this sheet, outside the tables read/,
    );
  });

  it('says the saved results may be placeholders when the workbook asks Excel to recalculate', async () => {
    const out = await validate('xlsxwriter');
    expect(out).toMatch(
      /Data!D2 +\[NI-FORMULA-RESULT\] The workbook asks Excel to recalculate every formula when it opens, so the results saved in 2 formula cells of this table may be out of date, or placeholders \(some programs save 0\): D2, E2 were read as saved\./,
    );
  });

  it('has nothing to say about formulas Excel saved with their results', async () => {
    const out = await validate('excel');
    expect(out).not.toContain('NI-FORMULA-RESULT');
    expect(out).toMatch(/Tables found: 1\n +Data +A1:E3 +targets +2 indicators/);
  });
});
