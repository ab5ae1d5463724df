/**
 * The bundled sample the README runs on: an officer's workbook with Bromley's
 * targets (Table A) and action plan (Table B), Oxfordshire's NIS table, a
 * quarterly monitoring table using a local code, the workbook's own
 * definitions of its local indicators, and a budget that is not a targets table.
 *
 *   npx tsx scripts/build-sample.ts [outFile]    (default samples/sample-plan.xlsx)
 *
 * The output is byte-for-byte reproducible, so the committed file only changes
 * when the fixtures do.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkbookSpec } from '../test/fixtures/spec';
import { toXlsx } from '../test/fixtures/to-xlsx';
import { bromleyTableA } from '../test/fixtures/workbooks/bromley-table-a';
import { bromleyTableB } from '../test/fixtures/workbooks/bromley-table-b';
import { budgetSheet } from '../test/fixtures/workbooks/finance';
import { oxfordshireNis } from '../test/fixtures/workbooks/oxfordshire-nis';
import { definitionsSheet } from '../test/fixtures/workbooks/unseen/definitions';
import { quarterlySheet } from '../test/fixtures/workbooks/unseen/quarterly';

export const SAMPLE_PATH = join(__dirname, '..', 'samples', 'sample-plan.xlsx');

export function samplePlan(): WorkbookSpec {
  return {
    name: 'sample-plan.xlsx',
    sheets: [
      bromleyTableA('CYPP Targets'),
      oxfordshireNis('NIS 2010-11'),
      bromleyTableB('Action Plan'),
      quarterlySheet('Quarterly 2009-10'),
      definitionsSheet('Definitions'),
      budgetSheet('Budget'),
    ],
  };
}

export async function buildSample(outFile = SAMPLE_PATH): Promise<string> {
  writeFileSync(outFile, await toXlsx(samplePlan()));
  return outFile;
}

if (require.main === module) {
  buildSample(process.argv[2]).then(
    (file) => console.log(file),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
