/**
 * What the in-process profilers (profile-engine.ts, profile-write.ts) share: their flags, a forced
 * collection (with --expose-gc), wall and CPU time of one step, and a CPU profile of a stretch of work.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

export const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** The value after `name` on the command line. */
export function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

export interface Step {
  ms: number;
  cpuMs: number;
}

/** CPU ms and wall ms of fn, sync or async. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T } & Step> {
  const cpu = process.cpuUsage();
  const t = now();
  const value = await fn();
  const ms = now() - t;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Runs fn under V8's sampling profiler and writes the profile to `file` (interval in µs, V8's default if none). */
export async function cpuProfiled<T>(file: string, fn: () => T | Promise<T>, interval?: number): Promise<T> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) =>
      session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))),
    );
  await post('Profiler.enable');
  if (interval !== undefined) await post('Profiler.setSamplingInterval', { interval });
  gc();
  await post('Profiler.start');
  const value = await fn();
  const { profile } = (await post('Profiler.stop')) as { profile: unknown };
  writeFileSync(file, JSON.stringify(profile));
  session.disconnect();
  return value;
}
