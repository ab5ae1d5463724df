/**
 * npm run bench [-- --quick] [-- --json <file>]
 * npm run bench -- --files [--quick] [--cli compiled|tsx] [--json <file>]   (bench/files.ts: whole CLI
 *   processes against the floor, and a batch of 100 workbooks)
 *
 * For each size (1, 10, 50 sheets x 1k, 10k, 100k indicator rows; --quick stops
 * at 10k) measures, each in a fresh process: readMs (exceljs loading the
 * .xlsx, the CLI's floor), engineMs (snapshot -> analysis -> rate and report
 * plans), their ratio, the Office gateway's syncs and largest request for a
 * whole validate-rate-report pass on the recording fake, and peak heap. Prints a
 * table, the machine, and each target met or missed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { benchWorkbook, type BenchSize } from './generate';
import { RESULT_MARK, type Measurement } from './measure';
import { peakBeforeGc } from './gc-trace';
import { printTargets, type Target } from './targets';
import { filesBench, filesSelection } from './files';

export interface BenchRun extends BenchSize {
  readMs: number;
  engineMs: number;
  ratio: number;
  syncs: number | null;
  maxPayloadBytes: number | null;
  peakHeapMB: number;
  /** the fewest syncs any batching could need for this pass's read and write payloads */
  minSyncs: number | null;
  // beyond the columns, for reading the targets
  engineCpuMs: number;
  /** V8's garbage collection inside the best engine run */
  engineGcMs: number;
  /** the engine once optimised (a pane's second run on), and ratio against that */
  warmEngineMs: number;
  warmRatio: number;
  /** the snapshot's share of the JS heap (collected before and after building it): what the memory target compares with */
  snapshotMB: number;
  /** JSON size of the snapshot's values and formats: roughly what Excel sends, for the payload limit */
  snapshotJsonMB: number;
  engineExtraMB: number;
  /** what the results hold after a full collection (engineExtraMB is the peak, garbage included) */
  retainedMB: number;
  indicatorRowsFound: number;
  findings: number;
}

const SHEETS = [1, 10, 50];
const ROWS = [1_000, 10_000, 100_000];

function sizes(quick: boolean): BenchSize[] {
  const out: BenchSize[] = [];
  for (const rows of ROWS) {
    if (quick && rows > 10_000) continue;
    for (const sheets of SHEETS) out.push({ sheets, rows });
  }
  return out;
}

function measureInChild(file: string, repeats: number, warm: number): { m: Measurement; peakMB: number } {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(__dirname, 'measure.ts'), file, String(repeats), String(warm)],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = out.split('\n').find((l) => l.startsWith(RESULT_MARK));
  if (!line) throw new Error(`no result from the run on ${file}`);
  const m = JSON.parse(line.slice(RESULT_MARK.length)) as Measurement;
  return { m, peakMB: Math.max(m.endHeapMB, peakBeforeGc(out)) };
}

const fmt = (n: number | null, d = 0): string => (n === null ? 'n/a' : n.toFixed(d));

function table(runs: BenchRun[]): string[] {
  const head = [
    'sheets',
    'rows',
    'readMs',
    'engineMs',
    'ratio',
    'syncs',
    'minSyncs',
    'maxPayloadBytes',
    'peakHeapMB',
    'cpuMs',
    'gcMs',
    'warmMs',
    'warmRatio',
    'snapMB',
    'extraMB',
    'keptMB',
    'found',
  ];
  const rows = runs.map((r) => [
    String(r.sheets),
    String(r.rows),
    fmt(r.readMs),
    fmt(r.engineMs),
    fmt(r.ratio, 3),
    fmt(r.syncs),
    fmt(r.minSyncs),
    fmt(r.maxPayloadBytes),
    fmt(r.peakHeapMB, 1),
    fmt(r.engineCpuMs),
    fmt(r.engineGcMs),
    fmt(r.warmEngineMs),
    fmt(r.warmRatio, 3),
    fmt(r.snapshotMB, 1),
    fmt(r.engineExtraMB, 1),
    fmt(r.retainedMB, 1),
    String(r.indicatorRowsFound),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export const TARGETS: Target<BenchRun>[] = [
  { name: 'ratio <= 0.25', met: (r) => r.ratio <= 0.25 },
  {
    // 4 when the read and the write each fit in one request; above that, one per request-sized
    // block of payload (minSyncs: a perfect packing of the bytes the fake measures), never one per
    // row. Block estimates are an upper bound (no request may pass 5 MB), so blocks fill to about
    // 95% and a pass may take a tenth more syncs than the perfect packing.
    name: 'syncs <= 4, or within a tenth of the payload blocks the pass needs',
    met: (r) =>
      r.syncs === null || r.minSyncs === null
        ? null
        : r.syncs <= Math.max(4, r.minSyncs + Math.ceil(r.minSyncs / 10)),
  },
  {
    name: '100k rows analysed in < 5 s',
    applies: (r) => r.rows >= 100_000,
    met: (r) => r.engineMs < 5000,
  },
  { name: 'engine memory <= 3x snapshot', met: (r) => r.engineExtraMB <= 3 * r.snapshotMB },
  { name: 'every indicator row found', met: (r) => r.indicatorRowsFound === r.rows },
];

function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    const m = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) model = m[1];
  } catch {
    // not Linux: os.cpus() named it
  }
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `${cpus().length} cores, ${model}, Node ${process.version}, load average ${load}`;
}

function writeJson(file: string, data: object): void {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, JSON.stringify({ machine: machine(), ...data }, null, 2) + '\n');
  console.log(`\nWritten to ${file}`);
}

/** --files: the CLI's whole processes (bench/files.ts) instead of the in-process engine table. */
async function files(quick: boolean, argv: string[], jsonFile: string | undefined): Promise<number> {
  const c = argv.indexOf('--cli');
  const cli = c >= 0 ? argv[c + 1] : 'compiled';
  if (cli !== 'compiled' && cli !== 'tsx') throw new Error(`--cli ${cli}: give compiled or tsx`);
  console.log(`Machine: ${machine()}`);
  const only = filesSelection(argv);
  const { result, missed } = await filesBench({ quick, cli, only, batch: !argv.includes('--no-batch') });
  if (jsonFile) writeJson(jsonFile, result);
  return missed > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const quick = argv.includes('--quick');
  const j = argv.indexOf('--json');
  const jsonFile = j >= 0 ? argv[j + 1] : undefined;
  if (argv.includes('--files')) return files(quick, argv, jsonFile);
  const runs: BenchRun[] = [];
  console.log(`Machine: ${machine()}`);
  for (const size of sizes(quick)) {
    const wb = await benchWorkbook(size);
    const repeats = size.rows <= 10_000 ? 3 : 1;
    // warm runs: enough for V8 to optimise the engine, few enough that --quick stays under a minute
    const warm = size.rows <= 1_000 ? 12 : size.rows <= 10_000 ? 5 : 2;
    const { m, peakMB } = measureInChild(wb.file, repeats, warm);
    const run: BenchRun = {
      ...size,
      readMs: Math.round(m.readMs),
      engineMs: Math.round(m.engineMs),
      ratio: Math.round((m.engineMs / m.readMs) * 1000) / 1000,
      syncs: m.syncs,
      maxPayloadBytes: m.maxPayloadBytes,
      minSyncs: m.minSyncs,
      peakHeapMB: Math.round(peakMB * 10) / 10,
      engineCpuMs: Math.round(m.engineCpuMs),
      engineGcMs: Math.round(m.engineGcMs),
      warmEngineMs: Math.round(m.warmEngineMs),
      warmRatio: Math.round((m.warmEngineMs / m.readMs) * 1000) / 1000,
      snapshotMB: Math.round(m.snapshotHeapMB * 10) / 10,
      snapshotJsonMB: Math.round(m.snapshotJsonMB * 10) / 10,
      engineExtraMB: Math.round((peakMB - m.baseHeapMB) * 10) / 10,
      retainedMB: Math.round(m.retainedMB * 10) / 10,
      indicatorRowsFound: m.indicatorRows,
      findings: m.findings,
    };
    // a sync count that could not be taken is a broken bench, not a missing column
    if (m.syncNote) throw new Error(`syncs not measured on ${size.sheets}x${size.rows}: ${m.syncNote}`);
    runs.push(run);
    console.log(
      `  ${size.sheets} sheet(s), ${size.rows} rows: engine ${run.engineMs} ms, read ${run.readMs} ms`,
    );
  }
  console.log('');
  for (const l of table(runs)) console.log(l);
  console.log('');
  const missed = printTargets(TARGETS, runs, (r) => `${r.sheets}x${r.rows}`);
  if (jsonFile) writeJson(jsonFile, { runs });
  return missed > 0 ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 2;
    },
  );
}
