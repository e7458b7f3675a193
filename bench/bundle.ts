/**
 * Bundle size and load time. Apps Script evaluates the whole project on every menu click and trigger run, so
 * this is a cost every execution pays. It also measures the alternative we rejected: carrying the sample CSVs
 * inside Code.js as string literals, instead of as separate project files read only on demand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script, createContext } from 'node:vm';
import { SAMPLE_FILES } from '../src/core/data/sample';
import { median } from 'simple-statistics';
import { fmtMs } from './stats';

export interface BundleReport {
  codeBytes: number;
  loadMs: number;
  withEmbeddedSampleBytes: number;
  withEmbeddedSampleLoadMs: number;
}

export function benchBundle(root: string): BundleReport {
  const code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
  const csvs = Object.values(SAMPLE_FILES).map((f) =>
    readFileSync(join(root, 'data/uci-student', f.sourceCsv), 'utf8'),
  );
  const embedded = `${code}\nvar SAMPLE_CSV_ = ${JSON.stringify(csvs)};\n`;
  return {
    codeBytes: Buffer.byteLength(code),
    loadMs: evaluateMs(code),
    withEmbeddedSampleBytes: Buffer.byteLength(embedded),
    withEmbeddedSampleLoadMs: evaluateMs(embedded),
  };
}

/**
 * Median time to compile and run `code` in a new context (context creation excluded). A unique trailing
 * comment per run defeats V8's compilation cache, which Apps Script cannot count on either.
 */
function evaluateMs(code: string, runs = 21): number {
  const times: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    const context = createContext({});
    const start = process.hrtime.bigint();
    new Script(`${code}\n// run ${run}`).runInContext(context);
    if (run > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

export function printBundle(report: BundleReport): void {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log('Bundle (dist/Code.js), compiled and run in a fresh V8 context, median of 21:');
  console.log(`  size ${kib(report.codeBytes)}, load ${fmtMs(report.loadMs)}`);
  console.log(
    `  rejected alternative, sample CSVs inside Code.js: ${kib(report.withEmbeddedSampleBytes)}, ` +
      `load ${fmtMs(report.withEmbeddedSampleLoadMs)}`,
  );
}
