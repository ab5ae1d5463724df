/**
 * Where the engine's time goes on one benchmark workbook, phase by phase, with an
 * optional CPU profile of the engine alone (not exceljs) and a digest of
 * everything the engine produced, so an optimisation can show it changed nothing
 * an officer would see.
 *
 *   node --expose-gc -r tsx/cjs bench/profile-engine.ts <file.xlsx> [--reps N]
 *        [--cpu-prof <out.cpuprofile>] [--snapshot-cache <dir>]
 *
 * --snapshot-cache keeps the snapshot as JSON so repeated runs on the 100k-row
 * workbook skip the minute exceljs takes to read it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { arg, cpuProfiled, gc, timed, type Step } from './profile-tools';
import { readWorkbook } from '../src/gateways/xlsx/read';
import type { WorkbookSnapshot } from '../src/engine/model/snapshot';
import { analyse, type Analysis } from '../src/pipeline/analyse';
import { ratePlan } from '../src/pipeline/rate-plan';
import { reportPlan } from '../src/pipeline/report-plan';
import { defaultSettings } from '../src/engine/model/settings';
import { builtInCatalogue } from '../src/engine/catalogue/catalogue';
import { readRegistry } from '../src/engine/ownership/registry';
import { recognise } from '../src/engine/recognise/recognise';
import { validate } from '../src/engine/validate/validate';
import { rateTable } from '../src/engine/rate/rate-table';
import type { IndicatorTable } from '../src/engine/model/tables';
import { ratingColumnsPlan } from '../src/engine/render/rating-columns';
import { buildTableA } from '../src/engine/report/table-a';
import { buildTableB } from '../src/engine/report/table-b';
import { tableASheetOps } from '../src/engine/render/table-a-sheet';
import { tableBSheetOps } from '../src/engine/render/table-b-sheet';

const MB = 1024 * 1024;

async function snapshotOf(file: string, cacheDir: string | undefined): Promise<WorkbookSnapshot> {
  const cached = cacheDir ? join(cacheDir, `${basename(file)}.snapshot.json`) : undefined;
  if (cached && existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as WorkbookSnapshot;
  const { snapshot } = await readWorkbook(readFileSync(file), basename(file));
  if (cached) writeFileSync(cached, JSON.stringify(snapshot));
  return snapshot;
}

/** The phases of analyse() taken apart (same calls, no registry-owned sheets in bench workbooks). */
async function phases(snapshot: WorkbookSnapshot): Promise<Record<string, Step>> {
  const out: Record<string, Step> = {};
  const settings = defaultSettings();
  const catalogue = builtInCatalogue();
  readRegistry(snapshot);
  const r = await timed(() => recognise(snapshot, { catalogue }));
  out.recognise = r;
  out.validate = await timed(() =>
    validate({ tables: r.value.tables, catalogue, settings, notes: r.value.notes }),
  );
  out.rate = await timed(() => {
    for (const t of r.value.tables) if (t.kind === 'targets') rateTable(t, catalogue, settings);
  });
  let a: Analysis | null = null;
  out.analyse = await timed(() => (a = analyse(snapshot)));
  out.ratePlan = await timed(() => ratePlan(a!));
  out.reportPlan = await timed(() => reportPlan(a!));
  return out;
}

/** Everything the engine hands on, field by field (getters included), hashed. */
function digest(a: Analysis): string {
  const h = createHash('sha256');
  const put = (v: unknown): void => {
    h.update(JSON.stringify(v) ?? 'undefined');
    h.update('\n');
  };
  for (const t of a.tables) put(t);
  for (const f of a.findings) put([f.rule, f.severity, f.sheet, f.cell, f.message, f.fix]);
  for (const [, ratings] of a.ratings)
    for (const r of ratings)
      put([
        r.row,
        r.code,
        r.ratedYear,
        r.actual,
        r.actualText,
        r.target,
        r.targetText,
        r.unit,
        r.tolerance,
        r.expected,
        r.rag,
        r.direction,
        r.trajectory,
        r.reason,
        r.notRated,
        r.assumedUnits,
        r.previous,
        r.directionReason,
        r.baseline,
        r.finalTarget,
        r.trajectoryReason,
      ]);
  // the engine's own plans, not the pipeline's (which others change): ratings columns, Table A, Table B
  const targets = a.tables.filter((t): t is IndicatorTable => t.kind === 'targets');
  put(ratingColumnsPlan(a.snapshot, targets, a.ratings, a.registry, a.settings));
  const tableA = buildTableA({
    tables: a.tables,
    ratings: a.ratings,
    catalogue: a.catalogue,
    settings: a.settings,
  });
  put(tableA);
  put(tableASheetOps(tableA, 'Table A'));
  const b = buildTableB({ tables: a.tables, settings: a.settings });
  put(b);
  put(tableBSheetOps(b.model, 'Table B'));
  return h.digest('hex').slice(0, 16);
}

async function main(argv: string[]): Promise<void> {
  const file = argv[0];
  const reps = Number(arg(argv, '--reps') ?? 1);
  const prof = arg(argv, '--cpu-prof');
  gc();
  const bare = process.memoryUsage().heapUsed;
  const snapshot = await snapshotOf(file, arg(argv, '--snapshot-cache'));
  gc();
  const snapMB = (process.memoryUsage().heapUsed - bare) / MB;
  console.log(`${basename(file)}: snapshot ${snapMB.toFixed(1)} MB in the heap`);

  for (let i = 0; i < reps; i++) {
    gc();
    const p = await phases(snapshot);
    console.log(
      Object.entries(p)
        .map(([k, v]) => `${k} ${v.ms.toFixed(0)}/${v.cpuMs.toFixed(0)}`)
        .join('  ') + '  (wall/cpu ms)',
    );
  }

  if (prof) {
    await cpuProfiled(
      prof,
      () => {
        const a = analyse(snapshot);
        ratePlan(a);
        reportPlan(a);
      },
      200,
    );
    console.log(`profile written to ${prof}`);
  }

  gc();
  const before = process.memoryUsage().heapUsed;
  const a = analyse(snapshot);
  const kept = { a, rate: ratePlan(a), report: reportPlan(a) };
  gc();
  const retainedMB = (process.memoryUsage().heapUsed - before) / MB;
  console.log(
    `retained by analysis + plans: ${retainedMB.toFixed(1)} MB (${(retainedMB / snapMB).toFixed(1)}x the snapshot); ` +
      `${kept.a.findings.length} findings`,
  );
  console.log(`digest ${digest(a)}`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
