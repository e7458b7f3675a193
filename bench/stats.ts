/** Timing helpers for benches: shared machines are noisy, so report the median of several runs. */
import { median } from 'simple-statistics';

/** Runs `task` `runs` times (after one warm-up) and returns the median wall time in milliseconds. */
export function medianMs(task: () => void, runs = 7): number {
  task();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    task();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

export async function medianMsAsync(task: () => Promise<unknown>, runs = 5): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    await task();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

export function fmtMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(0)} ms`;
}
