/**
 * Reads V8's --trace-gc lines ("Scavenge 125.6 (143.9) -> 119.1 (143.9) MB"):
 * the first figure is the heap in use just before that collection.
 */
const LINE = /: [A-Za-z -]+? ([\d.]+) \([\d.]+\) -> [\d.]+ \([\d.]+\) MB/;

/** Largest heap (MB) seen before any collection in the trace; 0 when there was none. */
export function peakBeforeGc(trace: string): number {
  let peak = 0;
  for (const line of trace.split('\n')) {
    const m = LINE.exec(line);
    if (m) peak = Math.max(peak, Number(m[1]));
  }
  return peak;
}
