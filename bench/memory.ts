/**
 * Peak memory of the offline runner (`passcompass run`, through bin/passcompass.js, as a user runs it) on a
 * roster of 100,000 students: the bundled Portuguese sample's 649 rows repeated, with the default settings, so the
 * run checks, trains a mid-term model, scores in blocks continued by the add-on's trigger and saves the workbook.
 * The roster is given twice, as a CSV and as an .xlsx workbook (33 columns, text in shared strings, as Excel saves
 * it), since the workbook's reader is the part that needs the most memory (see `src/local/xlsx/read-package.ts`).
 * Peak memory is the process's maximum resident set size (`process.resourceUsage().maxRSS`), worker threads
 * included; the run's own time is reported beside it. Each run takes about as long (training dominates), so the
 * two cases take about 8 minutes on a 2-core machine (227 s and 260 s on 4 December 2026). The roster and the
 * workbook are written to a temporary folder, removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';

const ROOT = resolve(__dirname, '..');
export const MEMORY_ROWS = 100_000;

export type RosterFormat = 'csv' | 'xlsx';

export interface MemoryResult {
  format: RosterFormat;
  rows: number;
  peakMb: number;
  seconds: number;
  exitCode: number | null;
  lastLine: string;
}

/** The sample's header and rows, as lines of the CSV. */
function sampleLines(): { header: string; sample: string[] } {
  const [header = '', ...sample] = readFileSync(join(ROOT, 'data/uci-student/student-por.csv'), 'utf8')
    .trim()
    .split(/\r?\n/);
  return { header, sample };
}

/** Writes the roster of `rows` students to `path` as a CSV. */
function writeRoster(path: string, rows: number): void {
  const { header, sample } = sampleLines();
  const lines = Array.from({ length: rows }, (_, i) => sample[i % sample.length]);
  writeFileSync(path, `${header}\n${lines.join('\n')}\n`);
}

/** A line of the sample as cells: numbers where the text is one (quoted or not), as the CSV reader types it. */
function cellsOf(line: string): (string | number)[] {
  return line.split(';').map((field) => {
    const text = field.replace(/^"|"$/g, '');
    return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  });
}

/** Writes the roster of `rows` students to `path` as an .xlsx workbook (sheet `Students`), row by row. */
async function writeXlsxRoster(path: string, rows: number): Promise<void> {
  const { header, sample } = sampleLines();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Students');
  sheet.addRow(cellsOf(header)).commit();
  for (let i = 0; i < rows; i += 1) sheet.addRow(cellsOf(sample[i % sample.length] ?? '')).commit();
  sheet.commit();
  await workbook.commit();
}

/**
 * Writes the roster in a child process: exceljs writes asynchronously, and the bench runs synchronously (this file
 * is that child when run as `memory.ts write-xlsx <path> <rows>`).
 */
function writeXlsxRosterApart(path: string, rows: number): void {
  const child = spawnSync(
    process.execPath,
    ['-r', 'tsx/cjs', join(__dirname, 'memory.ts'), 'write-xlsx', path, String(rows)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`writing the .xlsx roster failed: ${child.stderr}`);
}

export function benchMemoryOf(format: RosterFormat, rows = MEMORY_ROWS): MemoryResult {
  const dir = mkdtempSync(join(tmpdir(), 'passcompass-memory-'));
  try {
    const roster = `roster.${format}`;
    if (format === 'csv') writeRoster(join(dir, roster), rows);
    else writeXlsxRosterApart(join(dir, roster), rows);
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        '-r',
        join(__dirname, 'peak-rss.cjs'),
        join(ROOT, 'bin/passcompass.js'),
        'run',
        '--in',
        roster,
        '--out',
        'scored.xlsx',
      ],
      { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const seconds = (performance.now() - started) / 1000;
    const peak = /peak-rss-kb=(\d+)/.exec(run.stderr ?? '');
    return {
      format,
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

/** The runner's peak memory on the roster as a CSV, then as an .xlsx workbook. */
export function benchMemory(rows = MEMORY_ROWS): MemoryResult[] {
  return [benchMemoryOf('csv', rows), benchMemoryOf('xlsx', rows)];
}

export function printMemory(results: MemoryResult[]): void {
  console.log('Offline runner memory (passcompass run, default settings)');
  for (const result of results) {
    console.log(
      `  ${result.rows.toLocaleString('en-US')} rows, .${result.format} roster: peak ` +
        `${result.peakMb.toFixed(0)} MB resident, ${result.seconds.toFixed(0)} s, exit code ${result.exitCode}`,
    );
    console.log(`    ${result.lastLine}`);
  }
  console.log('');
}

if (require.main === module && process.argv[2] === 'write-xlsx') {
  void writeXlsxRoster(process.argv[3] ?? '', Number(process.argv[4]));
}
