/**
 * The benchmark's own measuring child, run as `npm run bench` runs it (a fresh Node
 * with tsx's loader, so the engine's import() of its handler resolves as in a real
 * pass) on the smallest generated workbook. Numbers of time and memory are the
 * bench's business; this only proves the measurement runs end to end and counts
 * what it says it counts, so a broken column cannot hide as "n/a".
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { benchWorkbook } from '../../bench/generate';
import { RESULT_MARK, type Measurement } from '../../bench/measure';
import { tempDir } from '../support/temp-dir';

const ROOT = join(__dirname, '..', '..');

describe('bench/measure.ts on 1 sheet x 1,000 indicator rows', () => {
  let m: Measurement;

  beforeAll(async () => {
    const wb = await benchWorkbook({ sheets: 1, rows: 1000 }, tempDir('ni-bench-'));
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench', 'measure.ts'), wb.file, '1', '2'],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const line = out.split('\n').find((l) => l.startsWith(RESULT_MARK));
    if (!line) throw new Error(`no result line in:\n${out.slice(-2000)}`);
    m = JSON.parse(line.slice(RESULT_MARK.length)) as Measurement;
  }, 120_000);

  it('finds every generated indicator row', () => {
    expect(m.indicatorRows).toBe(1000);
    expect(m.planOps).toBeGreaterThan(1000);
  });

  it('counts the syncs of a whole validate-rate-report pass: 4 when read and write each fit a request', () => {
    expect(m.syncNote).toBeUndefined();
    expect(m.syncs).toBe(4);
    expect(m.minSyncs).toBe(4);
    expect(m.maxPayloadBytes).toBeGreaterThan(0);
    expect(m.maxPayloadBytes).toBeLessThan(5_000_000);
  });

  it('times the engine cold and warm, and the collector inside it', () => {
    expect(m.engineMs).toBeGreaterThan(0);
    expect(m.warmEngineMs).toBeGreaterThan(0);
    expect(m.warmEngineMs).toBeLessThanOrEqual(m.engineMs);
    expect(m.engineGcMs).toBeGreaterThanOrEqual(0);
    expect(m.engineGcMs).toBeLessThan(m.engineMs);
  });

  // heap deltas this small are noise (a 0.4 MB snapshot has weighed -2.3 MB): the bench's sizes
  // judge memory; here only that the columns are filled, and the snapshot's JSON size, which is exact
  it('fills the memory columns', () => {
    expect(m.snapshotJsonMB).toBeGreaterThan(0.1);
    for (const v of [m.snapshotHeapMB, m.retainedMB, m.baseHeapMB, m.endHeapMB])
      expect(Number.isFinite(v)).toBe(true);
  });
});
