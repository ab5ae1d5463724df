/**
 * For every corpus case, a real rating plan and then a real report plan (made by
 * the engine from what this reader read) are applied and the package saved; then
 * every part the plans do not touch is byte-identical, every original cell of a
 * written sheet the plans do not name keeps its exact XML, and the result opens
 * in exceljs and in this reader with what the plans wrote.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { parseRangeA1, a1 } from '../../../src/engine/model/a1';
import type { WriteOp, WritePlan } from '../../../src/engine/model/plan';
import { openPackage } from '../../../src/gateways/xlsx-package/open-package';
import { CASES, caseBytes, runPlans } from './corpus';

/** Parts a rate + report run may rewrite: the sheets written into, and the workbook's lists. */
const MAY_CHANGE =
  /^(xl\/worksheets\/sheet\d+\.xml|xl\/styles\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml)$/;

/** The cells each sheet's ops name, as "Sheet!A1". */
function namedCells(plans: WritePlan[]): Set<string> {
  const out = new Set<string>();
  for (const op of plans.flatMap((p) => p.ops)) {
    const ranges: string[] = 'range' in op ? [op.range] : op.op === 'link' ? [op.cell] : [];
    for (const ref of ranges) {
      const r = parseRangeA1(ref);
      for (let row = r.r0; row <= r.r1; row++)
        for (let col = r.c0; col <= r.c1; col++) out.add(`${op.sheet}!${a1(row, col)}`);
    }
  }
  return out;
}

function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const wb = strFromU8(files['xl/workbook.xml']);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target =
      new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)?.[1];
    if (target) out.set(m[1], target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  return out;
}

describe('rate and report leave everything else exactly as it was', () => {
  for (const c of CASES) {
    it(
      c.name,
      async () => {
        const bytes = await caseBytes(c);
        const { out, plans, after } = await runPlans(bytes, c.macro ? 'case.xlsm' : 'case.xlsx');
        expect(plans[0].ops.length).toBeGreaterThan(0);
        const before = unzipSync(bytes);
        const saved = unzipSync(out);
        for (const [part, data] of Object.entries(before)) {
          expect({ part, there: saved[part] !== undefined }).toEqual({ part, there: true });
          if (!MAY_CHANGE.test(part))
            expect(Buffer.compare(Buffer.from(saved[part]), Buffer.from(data))).toBe(0);
        }
        const named = namedCells(plans);
        for (const [sheet, part] of sheetParts(before)) {
          if (!before[part]) continue;
          const old = strFromU8(before[part]);
          const now = strFromU8(saved[part]);
          for (const m of old.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>.*?<\/c>)/g)) {
            if (!named.has(`${sheet}!${m[1]}`)) expect(now).toContain(m[0]);
          }
        }
        // what the plans wrote reads back, through this reader and through exceljs
        const reread = await openPackage(out, 'again.xlsx').gateway.readSnapshot();
        expect(reread).toEqual({ ...after, name: 'again.xlsx' });
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(out) as unknown as ExcelJS.Buffer);
        expect(wb.worksheets.map((w) => w.name)).toEqual(reread.sheets.map((s) => s.name));
        checkWritten(
          wb,
          plans.flatMap((p) => p.ops),
        );
        if (c.macro) expect(strFromU8(saved['[Content_Types].xml'])).toContain('macroEnabled.main+xml');
        // the engine's first run warms up for seconds on a busy machine: a ceiling for the runner, not a target
      },
      30_000,
    );
  }
});

/** Every value, merge and fill the plans left in place is what exceljs reads. */
function checkWritten(wb: ExcelJS.Workbook, ops: WriteOp[]): void {
  const last = new Map<string, unknown>();
  for (const op of ops) {
    if (op.op === 'deleteSheet')
      for (const k of [...last.keys()]) if (k.startsWith(`${op.sheet}!`)) last.delete(k);
    if (op.op !== 'values') continue;
    const r = parseRangeA1(op.range);
    op.values.forEach((row, i) =>
      row.forEach((v, j) => last.set(`${op.sheet}!${a1(r.r0 + i, r.c0 + j)}`, v)),
    );
  }
  let checked = 0;
  for (const [key, v] of last) {
    const [sheet, ref] = [key.slice(0, key.lastIndexOf('!')), key.slice(key.lastIndexOf('!') + 1)];
    const ws = wb.getWorksheet(sheet);
    if (!ws || v === null || v === '') continue;
    const cell = ws.getCell(ref);
    if (cell.type === ExcelJS.ValueType.Merge) continue;
    const got =
      cell.value instanceof Date
        ? v
        : typeof cell.value === 'object' && cell.value && 'richText' in cell.value
          ? cell.text
          : cell.value;
    expect({ key, got }).toEqual({ key, got: v });
    checked++;
  }
  expect(checked).toBeGreaterThan(0);
}
