// Timing a read again and again: the first run (cold statement cache) and the median and 95th percentile of all.
export interface Timing {
  first: number;
  p50: number;
  p95: number;
}

export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export function timed(runs: number, work: (run: number) => unknown): Timing {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work(run);
    times.push(performance.now() - started);
  }
  const first = times[0]!;
  times.sort((a, b) => a - b);
  return { first, p50: percentile(times, 50), p95: percentile(times, 95) };
}

export const ms = (n: number) => n.toFixed(1);
