/**
 * A target's verdict over the runs it applies to: met, missed (naming where), n/a where it could not be
 * measured, or "not run" when no run of this pass was of the size it is about (--quick never runs 100k
 * rows, so it never says a 100k target was met).
 */
export interface Target<R> {
  name: string;
  /** the runs the target is about (all when absent) */
  applies?: (r: R) => boolean;
  /** null: the run could not measure it */
  met: (r: R) => boolean | null;
}

export function targetStatus<R>(t: Target<R>, runs: readonly R[], label: (r: R) => string): string {
  const about = runs.filter((r) => t.applies?.(r) ?? true);
  if (about.length === 0) return 'not run (no run of that size in this pass)';
  const misses = about.filter((r) => t.met(r) === false).map(label);
  const unknown = about.filter((r) => t.met(r) === null).length;
  if (misses.length) return `MISSED at ${misses.join(', ')}`;
  return unknown ? `n/a on ${unknown} run(s)` : 'met';
}

/** Prints each target's line; returns how many were missed. */
export function printTargets<R>(
  targets: readonly Target<R>[],
  runs: readonly R[],
  label: (r: R) => string,
  print: (line: string) => void = console.log,
): number {
  let missed = 0;
  for (const t of targets) {
    const status = targetStatus(t, runs, label);
    if (status.startsWith('MISSED')) missed++;
    print(`${t.name}: ${status}`);
  }
  return missed;
}
