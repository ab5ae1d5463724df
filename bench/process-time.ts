/**
 * Times a whole process as the officer waits for it: wall time, CPU (user + system, every thread and
 * child process included) and peak resident memory. With GNU time (/usr/bin/time -f) when the machine
 * has it, which sees the process from outside; elsewhere (macOS's BSD time has no -f) with
 * bench/rusage.cjs preloaded, which reads process.resourceUsage() as each Node process exits.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProcessTime {
  wallMs: number;
  cpuMs: number;
  rssMB: number;
  exitCode: number;
  /** the end of stdout, and of stderr (for a run that failed) */
  stdoutTail: string;
  stderrTail: string;
}

const GNU_TIME = '/usr/bin/time';
export const HOW =
  existsSync(GNU_TIME) && process.platform === 'linux'
    ? 'GNU time (user+sys of the process tree, max RSS)'
    : 'process.resourceUsage() at exit (bench/rusage.cjs)';
const viaGnuTime = HOW.startsWith('GNU');

interface Ran {
  code: number;
  wallMs: number;
  stdout: string;
  stderr: string;
}

const tail = (s: string, d: Buffer): string => (s + d.toString()).slice(-4000);

/**
 * Runs to the end. The command gets its own process group so a timeout ends it and its children
 * (GNU time does not pass a kill on to the command it times).
 */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Ran> {
  return new Promise<Ran>((resolve, reject) => {
    const t = process.hrtime.bigint();
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out = { stdout: '', stderr: '' };
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => (out.stdout = tail(out.stdout, d)));
    child.stderr.on('data', (d: Buffer) => (out.stderr = tail(out.stderr, d)));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
      const stderr = timedOut ? `${out.stderr}\n(stopped after ${timeoutMs / 1000} s)` : out.stderr;
      resolve({ code: timedOut ? 124 : (code ?? 1), wallMs, stdout: out.stdout, stderr });
    });
  });
}

/** "Command exited with non-zero status 1\n12.3 1.20 0.30 123456" -> the figures of the last line */
function gnuFigures(file: string): { cpuMs: number; rssMB: number } {
  const last = readFileSync(file, 'utf8').trim().split('\n').pop() ?? '';
  const [user, sys, rssKB] = last.split(' ').map(Number);
  return { cpuMs: (user + sys) * 1000, rssMB: rssKB / 1024 };
}

function hookFigures(file: string): { cpuMs: number; rssMB: number } {
  const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [];
  let cpuMs = 0;
  let rssKB = 0;
  for (const l of lines.filter(Boolean)) {
    const u = JSON.parse(l) as { userMs: number; sysMs: number; maxRssKB: number };
    cpuMs += u.userMs + u.sysMs;
    rssKB = Math.max(rssKB, u.maxRssKB);
  }
  return { cpuMs, rssMB: rssKB / 1024 };
}

const ran = (r: Ran) => ({ wallMs: r.wallMs, exitCode: r.code, stdoutTail: r.stdout, stderrTail: r.stderr });

/** Runs `node <args>` (or any command) to the end and measures it. */
export async function timeProcess(
  cmd: string,
  args: string[],
  timeoutMs = 10 * 60_000,
): Promise<ProcessTime> {
  const dir = mkdtempSync(join(tmpdir(), 'ni-bench-time-'));
  const stats = join(dir, 'stats');
  try {
    if (viaGnuTime) {
      const r = await run(GNU_TIME, ['-f', '%U %S %M', '-o', stats, cmd, ...args], process.env, timeoutMs);
      return { ...ran(r), ...gnuFigures(stats) };
    }
    const hook = join(__dirname, 'rusage.cjs');
    const env = {
      ...process.env,
      BENCH_RUSAGE_FILE: stats,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(hook)}`.trim(),
    };
    const r = await run(cmd, args, env, timeoutMs);
    return { ...ran(r), ...hookFigures(stats) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The run with the least CPU of `n` (the machine's noise only ever adds). */
export async function bestOf(n: number, measure: () => Promise<ProcessTime>): Promise<ProcessTime> {
  let best: ProcessTime | null = null;
  for (let i = 0; i < n; i++) {
    const t = await measure();
    if (t.exitCode > 1) return t;
    if (!best || t.cpuMs < best.cpuMs) best = t;
  }
  return best!;
}
