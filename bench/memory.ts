/**
 * Peak memory of the offline runner (`passcompass run`, through bin/passcompass.js, as a user runs it) on a
 * roster of 100,000 students: the bundled Portuguese sample's 649 rows repeated, as a CSV, with the default
 * settings, so the run checks, trains a mid-term model, scores in blocks continued by the add-on's trigger and
 * saves the workbook. Peak memory is the process's maximum resident set size (`process.resourceUsage().maxRSS`),
 * worker threads included; the run's own time is reported beside it. The roster and the workbook are written to
 * a temporary folder, removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
export const MEMORY_ROWS = 100_000;

export interface MemoryResult {
  rows: number;
  peakMb: number;
  seconds: number;
  exitCode: number | null;
  lastLine: string;
}

/** Writes the roster of `rows` students to `path`. */
function writeRoster(path: string, rows: number): void {
  const [header = '', ...sample] = readFileSync(join(ROOT, 'data/uci-student/student-por.csv'), 'utf8')
    .trim()
    .split(/\r?\n/);
  const lines = Array.from({ length: rows }, (_, i) => sample[i % sample.length]);
  writeFileSync(path, `${header}\n${lines.join('\n')}\n`);
}

export function benchMemory(rows = MEMORY_ROWS): MemoryResult {
  const dir = mkdtempSync(join(tmpdir(), 'passcompass-memory-'));
  try {
    writeRoster(join(dir, 'roster.csv'), rows);
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        '-r',
        join(__dirname, 'peak-rss.cjs'),
        join(ROOT, 'bin/passcompass.js'),
        'run',
        '--in',
        'roster.csv',
        '--out',
        'scored.xlsx',
      ],
      { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const seconds = (performance.now() - started) / 1000;
    const peak = /peak-rss-kb=(\d+)/.exec(run.stderr ?? '');
    return {
      rows,
      peakMb: peak ? Number(peak[1]) / 1024 : Number.NaN,
      seconds,
      exitCode: run.status,
      lastLine: (run.stdout ?? '').trim().split('\n').at(-1) ?? '',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printMemory(result: MemoryResult): void {
  console.log('Offline runner memory (passcompass run on a CSV roster, default settings)');
  console.log(
    `  ${result.rows.toLocaleString('en-US')} rows: peak ${result.peakMb.toFixed(0)} MB resident, ` +
      `${result.seconds.toFixed(0)} s, exit code ${result.exitCode}`,
  );
  console.log(`  ${result.lastLine}\n`);
}
