/**
 * Helpers for the offline runner's tests: run the CLI in-process with captured output, make scratch folders,
 * copy fixtures into them (so every run reads a private copy), and read a saved workbook back.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type CliOptions, runCli } from '../../src/local/cli/main';
import { CallLog } from '../../src/local/call-log';
import type { LocalSpreadsheet } from '../../src/local/spreadsheet';
import { readXlsx } from '../../src/local/xlsx';

export const FIXTURES = resolve(__dirname, 'fixtures');
export const REPO = resolve(__dirname, '../..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `passcompass <argv>` in `cwd`, capturing what it prints. */
export async function passcompass(argv: string[], cwd: string, options: CliOptions = {}): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(
    argv,
    { out: (text) => stdout.push(text), err: (text) => stderr.push(text), cwd },
    options,
  );
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** A new scratch folder, removed by `removeScratchFolders()`. */
const made: string[] = [];
export function scratchFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'passcompass-cli-'));
  made.push(dir);
  return dir;
}
export function removeScratchFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Copies fixture `name` into `dir` and returns the copy's path. */
export function copyFixture(name: string, dir: string, as = name): string {
  const path = join(dir, as);
  copyFileSync(join(FIXTURES, name), path);
  return path;
}

export async function readWorkbook(path: string): Promise<LocalSpreadsheet> {
  return readXlsx(path, { calls: new CallLog() });
}

/** Every value of sheet `name` (its data range), or null when the workbook has no such sheet. */
export function valuesOf(spreadsheet: LocalSpreadsheet, name: string): unknown[][] | null {
  return spreadsheet.getSheetByName(name)?.getDataRange().getValues() ?? null;
}

export function sheetNames(spreadsheet: LocalSpreadsheet): string[] {
  return spreadsheet.getSheets().map((sheet) => sheet.getName());
}

/**
 * What a CSV cell becomes in a sheet, for the kinds of text the fixtures hold (Sheets' rules, written out
 * independently of the runtime): a number, TRUE/FALSE as booleans, a leading apostrophe keeps text, the rest
 * stays text. Fixtures avoid dates, percentages and grouped numbers, which Sheets would also convert.
 */
export function asImportedFromCsv(text: string): string | number | boolean {
  if (text.startsWith("'")) return text.slice(1);
  const trimmed = text.trim();
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  return text;
}
