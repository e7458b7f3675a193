/**
 * Checks the input and output files before anything runs, so that a mistake costs nothing and an input can
 * never be overwritten: the output must be a new `.xlsx` (or an existing one with `--force`) and never an input
 * itself, not even under another name (a symbolic or hard link is caught by comparing the files' device and
 * inode numbers). `run` has one input, the roster; `score` and `check` have two, the roster and the model
 * workbook; `promote` and `rollback` one, the model workbook.
 */
import { type Stats, existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { CheckOptions, RunOptions } from './arguments';
import { InputError } from './cli-errors';

export type RosterFormat = 'csv' | 'xlsx';

export interface RunPaths {
  /** Absolute paths. */
  input: string;
  output: string;
  format: RosterFormat;
}

export interface CheckPaths extends RunPaths {
  /** The model workbook, absolute. */
  model: string;
}

const FORMATS: Record<string, RosterFormat> = { '.csv': 'csv', '.xlsx': 'xlsx' };

/** An input file that exists, resolved, with its stats. */
interface Input {
  path: string;
  stats: Stats;
  /** What to say when --out turns out to be this file. */
  isOutput: string;
}

/** Resolves and checks `--in` and `--out` against `cwd`. @throws InputError naming the file at fault. */
export function checkRunPaths(
  options: Pick<RunOptions, 'input' | 'output' | 'force'>,
  cwd: string,
): RunPaths {
  const roster = rosterInput(options, cwd);
  const output = checkOutput(options, cwd, [roster.input]);
  return { input: roster.input.path, output, format: roster.format };
}

/** Resolves and checks `--in`, `--model` and `--out` of `check`. @throws InputError naming the file at fault. */
export function checkCheckPaths(options: CheckOptions, cwd: string): CheckPaths {
  const roster = rosterInput(options, cwd);
  const model = modelInput(options.model, cwd);
  const output = checkOutput(options, cwd, [
    roster.input,
    {
      ...model,
      isOutput: `--out ${options.output} is the --model workbook itself; PassCompass never writes over its input. Choose another name.`,
    },
  ]);
  return { input: roster.input.path, model: model.path, output, format: roster.format };
}

/** Resolves and checks `--model` and `--out` (promote, rollback): the workbook to change, and a new one. */
export function checkModelPaths(
  options: { model: string; output: string; force: boolean },
  cwd: string,
): { model: string; output: string } {
  const model = modelInput(options.model, cwd);
  const output = checkOutput(options, cwd, [
    {
      ...model,
      isOutput: `--out ${options.output} is the --model workbook itself; PassCompass never writes over its input. Choose another name.`,
    },
  ]);
  return { model: model.path, output };
}

/** Resolves and checks `evaluate --data`: an existing .csv or .xlsx roster, only read. */
export function checkDataPath(given: string, cwd: string): { input: string; format: RosterFormat } {
  const { input, format } = rosterInput({ input: given, output: '' }, cwd);
  return { input: input.path, format };
}

function modelInput(given: string, cwd: string): Input {
  const model = existingFile(given, cwd);
  if (extname(model.path).toLowerCase() !== '.xlsx') {
    throw new InputError(
      `--model ${given} is not an .xlsx workbook: give the workbook passcompass run saved.`,
    );
  }
  return model;
}

function rosterInput(options: Pick<RunOptions, 'input' | 'output'>, cwd: string) {
  const input = existingFile(options.input, cwd);
  const extension = extname(input.path).toLowerCase();
  const format = FORMATS[extension];
  if (!format) {
    const what = extension ? `an unknown file type (${extension})` : 'no file extension';
    throw new InputError(`${options.input} has ${what}: give a .xlsx workbook or a .csv file.`);
  }
  input.isOutput = `--out ${options.output} is the input file itself; PassCompass never writes over its input. Choose another name.`;
  return { input, format };
}

function existingFile(given: string, cwd: string): Input {
  const path = resolve(cwd, given);
  const stats = statOrNull(path);
  if (!stats) throw new InputError(`${given}: no such file.`);
  if (!stats.isFile()) throw new InputError(`${given} is not a file.`);
  return { path, stats, isOutput: '' };
}

/** The absolute output path, once it is known to be a new .xlsx (or --force), none of `inputs`, in a folder. */
function checkOutput(
  options: Pick<RunOptions, 'output' | 'force'>,
  cwd: string,
  inputs: readonly Input[],
): string {
  const output = resolve(cwd, options.output);
  if (extname(output).toLowerCase() !== '.xlsx') {
    throw new InputError(
      `${options.output}: the result is always an .xlsx workbook, so --out must end in .xlsx.`,
    );
  }
  const outputStats = statOrNull(output);
  for (const input of inputs) {
    if (
      output === input.path ||
      realpathSync(input.path) === realOrSelf(output) ||
      sameFile(input.stats, outputStats)
    ) {
      throw new InputError(input.isOutput);
    }
  }
  if (outputStats?.isDirectory()) throw new InputError(`${options.output} is a folder, not a file name.`);
  if (outputStats && !options.force) {
    throw new InputError(`${options.output} already exists; add --force to overwrite it.`);
  }
  if (!existsSync(dirname(output))) {
    throw new InputError(`${options.output}: the folder ${dirname(output)} does not exist.`);
  }
  return output;
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
