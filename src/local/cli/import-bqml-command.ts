/**
 * `passcompass import-bqml --model <workbook.xlsx> --weights <weights.json|.csv> --out <new.xlsx> [--force]`:
 * the menu's Import BigQuery ML weights…, offline. The add-on's own entry point runs: its question "paste the
 * rows of ML.WEIGHTS" is answered with the file's text, the weights become a version measured on the workbook's
 * graded students and the challenger (`jobs/import-weights.ts`), and everything is saved to a new workbook; the
 * input is only ever read.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { startAddOn } from '../bundle';
import { createRuntimeBase } from '../runtime';
import { SystemClock } from '../services/clock';
import { DataError } from '../../core/errors';
import { recordsOf } from '../../core/sql/bqml-weights';
import { AddOnStoppedError, InputError, UsageError } from './cli-errors';
import { restoreDocumentProperties, savedDocumentProperties } from './document-properties';
import { readFlagArguments } from './flag-arguments';
import { describeModel, loadModelWorkbook } from './load-model';
import type { CliIo } from './main';
import { clickMenu } from './menu-click';
import { writePropertiesSheet } from './properties-sheet';
import { requireBuild } from './require-build';
import { indent } from './run-add-on';
import { checkModelPaths } from './run-paths';
import { saveWorkbook } from './save-workbook';
import { answerDialogsUnattended } from './unattended-dialogs';

export interface ImportBqmlOptions {
  model: string;
  weights: string;
  output: string;
  force: boolean;
}

/** The weights file is the text a person would paste: far below this. */
const MAX_WEIGHTS_BYTES = 1_000_000;

/** Reads the arguments after `import-bqml`. @throws UsageError. */
export function parseImportBqmlArguments(argv: readonly string[]): ImportBqmlOptions {
  const { valued, force } = readFlagArguments(argv, 'import-bqml', ['--model', '--weights', '--out']);
  for (const [flag, what] of [
    ['--model', '<workbook.xlsx>'],
    ['--weights', '<weights.json|weights.csv>'],
    ['--out', '<new.xlsx>'],
  ] as const)
    if (!valued[flag]) throw new UsageError(`${flag} ${what} is required.`);
  return {
    model: valued['--model'] as string,
    weights: valued['--weights'] as string,
    output: valued['--out'] as string,
    force,
  };
}

/**
 * The weights file as the add-on's question takes them: one line of JSON (the question's field drops line
 * breaks, which CSV needs), each row with every field it had, so the add-on checks them as it checks a paste.
 * @throws InputError for a missing, oversized or unreadable file.
 */
function weightsText(given: string, cwd: string): string {
  const path = resolve(cwd, given);
  if (!existsSync(path) || !statSync(path).isFile())
    throw new InputError(`--weights ${given} does not exist.`);
  if (statSync(path).size > MAX_WEIGHTS_BYTES)
    throw new InputError(
      `--weights ${given} is over ${MAX_WEIGHTS_BYTES} bytes: it is not the output of ML.WEIGHTS.`,
    );
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.stringify(recordsOf(text).rows);
  } catch (error) {
    if (error instanceof DataError) throw new InputError(`--weights ${given}: ${error.message}`);
    throw error;
  }
}

/** Runs `import-bqml`; errors for the user are thrown as CliErrors (see main.ts). */
export async function importBqml(argv: readonly string[], io: CliIo, distDir: string): Promise<void> {
  const options = parseImportBqmlArguments(argv);
  const paths = checkModelPaths(options, io.cwd);
  const text = weightsText(options.weights, io.cwd);
  requireBuild(distDir);
  const print = (line: string) => io.out(line);
  const base = createRuntimeBase();
  const model = await loadModelWorkbook(paths.model, options.model, base, 'move');
  describeModel(model, options.model).forEach(print);

  const { runtime, addOn } = startAddOn(
    { base, spreadsheet: () => model.spreadsheet, clock: new SystemClock(), installMode: 'bound' },
    distDir,
  );
  answerDialogsUnattended(runtime.ui, { yes: false, promptAnswer: text });
  restoreDocumentProperties(runtime, model.properties, options.model);
  print('▸ Import BigQuery ML weights');
  const { result, shown } = clickMenu(runtime, addOn, 'importBigQueryWeights');
  for (const line of shown) print(indent(line));
  const imported = result as { status?: string; version?: number | null } | undefined;
  if (imported?.status !== 'registered') throw new AddOnStoppedError('Import BigQuery ML weights');

  writePropertiesSheet(runtime.spreadsheet, savedDocumentProperties(runtime));
  await saveWorkbook(runtime.spreadsheet, paths.output);
  print(`Saved ${paths.output}: model version ${imported.version ?? '?'} is the challenger.`);
}
