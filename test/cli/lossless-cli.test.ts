/**
 * What the officer runs: `ni-targets rate -o` then `report -o` on workbooks holding what exceljs cannot
 * model (charts, chart sheets, pivots, images, comments, macros, external links, exact numbers). Every
 * part the commands do not write into comes out byte for byte as it went in.
 */
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { tempDir } from '../support/temp-dir';
import { CASES, caseBytes } from '../gateways/xlsx-package/corpus';

/** Parts a rate + report run may rewrite: sheets written into, styles, and the workbook's lists. */
const MAY_CHANGE =
  /^(xl\/worksheets\/sheet\d+\.xml|xl\/styles\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml)$/;

const quiet = { out: () => undefined, err: (l: string) => process.stderr.write(l + '\n') };

describe('ni-targets rate and report keep every part they do not write', () => {
  const dir = tempDir('ni-lossless-cli-');
  for (const c of CASES) {
    it(c.name, async () => {
      const ext = c.macro ? '.xlsm' : '.xlsx';
      const input = path.join(dir, `${c.name.replace(/\W+/g, '-')}${ext}`);
      const rated = input.replace(ext, `-rated${ext}`);
      const reported = input.replace(ext, `-report${ext}`);
      const before = await caseBytes(c);
      fs.writeFileSync(input, before);
      expect(await main(['node', 'ni-targets', 'rate', input, '-o', rated], quiet)).toBe(0);
      expect(await main(['node', 'ni-targets', 'report', rated, '-o', reported], quiet)).toBe(0);
      const a = unzipSync(before);
      const b = unzipSync(new Uint8Array(fs.readFileSync(reported)));
      for (const [name, bytes] of Object.entries(a)) {
        expect(b[name]).toBeDefined();
        if (!MAY_CHANGE.test(name)) expect(Buffer.from(b[name]).equals(Buffer.from(bytes))).toBe(true);
      }
      // the run did write: the report sheets are there
      expect(Object.keys(b).length).toBeGreaterThan(Object.keys(a).length);
    });
  }
});
