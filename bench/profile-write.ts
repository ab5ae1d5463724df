/**
 * The file layer's write, timed on its own: what `rate -o` and `report -o` spend after the engine.
 *
 *   node --expose-gc --import tsx bench/profile-write.ts <file.xlsx> [--plan rate|report] [--reps N]
 *        [--cpu-prof out.cpuprofile]
 *
 * The workbook is opened and analysed once and its plan made once (rate: the rating columns; report:
 * Table A, Table B and the record, as `report -o` writes them); then, N times, the package is opened
 * afresh from the same bytes, the plan applied (apply) and the package zipped (save). Best-of-N wall
 * and CPU per step, and the SHA-256 of the saved bytes (equal before and after a change to the file
 * layer that should not change what is written). Whole processes are noisy on a shared machine; one
 * step repeated in one process is not, so this is where a write-path change is judged.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { openPackage } from '../src/gateways/xlsx-package/open-package';
import { analyse } from '../src/pipeline/analyse';
import { ratePlan } from '../src/pipeline/rate-plan';
import { reportPlan } from '../src/pipeline/report-plan';
import type { WritePlan } from '../src/engine/model/plan';
import { arg, cpuProfiled, gc, timed } from './profile-tools';

async function planOf(bytes: Buffer, kind: string): Promise<WritePlan> {
  const pkg = openPackage(bytes, 'bench.xlsx');
  const a = analyse(await pkg.gateway.readSnapshot());
  return kind === 'rate' ? ratePlan(a).plan : reportPlan(a).plan;
}

async function main(argv: string[]): Promise<void> {
  const file = argv[0];
  const kind = arg(argv, '--plan') ?? 'rate';
  const reps = Number(arg(argv, '--reps') ?? 3);
  const prof = arg(argv, '--cpu-prof');
  const bytes = readFileSync(file);
  const plan = await planOf(bytes, kind);
  const best = { apply: { ms: Infinity, cpuMs: Infinity }, save: { ms: Infinity, cpuMs: Infinity } };
  let hash = '';
  const runAll = async (): Promise<void> => {
    for (let i = 0; i < reps; i++) {
      const pkg = openPackage(bytes, 'bench.xlsx');
      await pkg.gateway.readSnapshot(); // the gateway answers merges from its last read, as in the CLI
      gc();
      const applied = await timed(() => pkg.gateway.apply(plan));
      gc();
      const saved = await timed(() => pkg.save());
      for (const [k, s] of [
        ['apply', applied],
        ['save', saved],
      ] as const) {
        best[k].ms = Math.min(best[k].ms, s.ms);
        best[k].cpuMs = Math.min(best[k].cpuMs, s.cpuMs);
      }
      hash = createHash('sha256').update(saved.value).digest('hex').slice(0, 16);
    }
  };
  if (prof) await cpuProfiled(prof, runAll);
  else await runAll();
  console.log(`plan ${kind}: ${plan.ops.length} ops; best of ${reps}`);
  for (const [k, s] of Object.entries(best))
    console.log(
      `${k.padEnd(6)} ${s.ms.toFixed(0).padStart(7)} ms wall ${s.cpuMs.toFixed(0).padStart(7)} ms cpu`,
    );
  console.log(`bytes ${hash}`);
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e);
  process.exit(1);
});
