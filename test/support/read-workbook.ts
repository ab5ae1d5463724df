/**
 * Reads a workbook through the file layer alone (no engine) and prints what it held
 * as one JSON line; a file over a limit or damaged prints its one line on stderr and
 * exits 2, as the command line does. The big-file tests run it in a child process
 * under a 1 GB heap, so what is measured is the reader and nothing else:
 *
 *   node --max-old-space-size=1024 --import tsx test/support/read-workbook.ts <file.xlsx>
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { openPackage } from '../../src/gateways/xlsx-package/open-package';
import { UnusableWorkbookError } from '../../src/gateways/xlsx/errors';

export interface WorkbookRead {
  sheets: number;
  /** rows of each sheet's snapshot, from its first used row */
  rows: number[];
  /** filled cells */
  cells: number;
  /** the last cell of the last row of the first sheet, as read */
  last: unknown;
  heapMB: number;
  cpuMs: number;
}

async function read(file: string): Promise<WorkbookRead> {
  const cpu = process.cpuUsage();
  const snap = await openPackage(readFileSync(file), basename(file)).gateway.readSnapshot();
  let cells = 0;
  for (const s of snap.sheets) for (const row of s.values) for (const v of row) if (v !== null) cells++;
  const used = process.cpuUsage(cpu);
  const first = snap.sheets[0]?.values ?? [];
  return {
    sheets: snap.sheets.length,
    rows: snap.sheets.map((s) => s.values.length),
    cells,
    last: first[first.length - 1]?.at(-1) ?? null,
    heapMB: Math.round(process.memoryUsage().heapUsed / 1024 ** 2),
    cpuMs: Math.round((used.user + used.system) / 1000),
  };
}

if (require.main === module) {
  read(process.argv[2]).then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e: unknown) => {
      if (!(e instanceof UnusableWorkbookError)) throw e;
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 2;
    },
  );
}
