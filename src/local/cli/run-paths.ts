/**
 * Checks the input and output files before anything runs, so that a mistake costs nothing and the input can
 * never be overwritten: the output must be a new `.xlsx` (or an existing one with `--force`) and never the
 * input itself, not even under another name (a symbolic or hard link is caught by comparing the files' device
 * and inode numbers).
 */
import { type Stats, existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { RunOptions } from './arguments';
import { InputError } from './cli-errors';

export type RosterFormat = 'csv' | 'xlsx';

export interface RunPaths {
  /** Absolute paths. */
  input: string;
  output: string;
  format: RosterFormat;
}

const FORMATS: Record<string, RosterFormat> = { '.csv': 'csv', '.xlsx': 'xlsx' };

/** Resolves and checks `--in` and `--out` against `cwd`. @throws InputError naming the file at fault. */
export function checkRunPaths(options: RunOptions, cwd: string): RunPaths {
  const input = resolve(cwd, options.input);
  const inputStats = statOrNull(input);
  if (!inputStats) throw new InputError(`${options.input}: no such file.`);
  if (!inputStats.isFile()) throw new InputError(`${options.input} is not a file.`);
  const extension = extname(input).toLowerCase();
  const format = FORMATS[extension];
  if (!format) {
    const what = extension ? `an unknown file type (${extension})` : 'no file extension';
    throw new InputError(`${options.input} has ${what}: give a .xlsx workbook or a .csv file.`);
  }

  const output = resolve(cwd, options.output);
  if (extname(output).toLowerCase() !== '.xlsx') {
    throw new InputError(
      `${options.output}: the result is always an .xlsx workbook, so --out must end in .xlsx.`,
    );
  }
  const outputStats = statOrNull(output);
  if (output === input || realpathSync(input) === realOrSelf(output) || sameFile(inputStats, outputStats)) {
    throw new InputError(
      `--out ${options.output} is the input file itself; PassCompass never writes over its input. Choose another name.`,
    );
  }
  if (outputStats?.isDirectory()) throw new InputError(`${options.output} is a folder, not a file name.`);
  if (outputStats && !options.force) {
    throw new InputError(`${options.output} already exists; add --force to overwrite it.`);
  }
  if (!existsSync(dirname(output))) {
    throw new InputError(`${options.output}: the folder ${dirname(output)} does not exist.`);
  }
  return { input, output, format };
}

/** The file's stats, or null when nothing is there; other failures (no permission, ...) are thrown. */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    if (isMissing(error)) return path;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function sameFile(a: Stats, b: Stats | null): boolean {
  return b !== null && a.dev === b.dev && a.ino === b.ino;
}
