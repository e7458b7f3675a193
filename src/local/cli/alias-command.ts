/**
 * `passcompass promote --model <workbook.xlsx> --out <new.xlsx> --reason <text>` and `passcompass rollback …`: the
 * menu's Promote challenger and Roll back champion, offline, with the same rules (the add-on's own entry points
 * run: a version whose checksum does not match is refused, the reason is kept in the Aliases history). The
 * add-on's question "Why?" is answered with `--reason`; everything is saved to a new workbook, the input is
 * only ever read.
 */
import { startAddOn } from '../bundle';
import { createRuntimeBase } from '../runtime';
import { SystemClock } from '../services/clock';
import type { AliasOptions } from './arguments';
import { AddOnStoppedError } from './cli-errors';
import { restoreDocumentProperties, savedDocumentProperties } from './document-properties';
import { describeModel, loadModelWorkbook } from './load-model';
import type { CliIo } from './main';
import { clickMenu } from './menu-click';
import { writePropertiesSheet } from './properties-sheet';
import { requireBuild } from './require-build';
import { indent } from './run-add-on';
import { checkModelPaths } from './run-paths';
import { saveWorkbook } from './save-workbook';
import { answerDialogsUnattended } from './unattended-dialogs';

const ENTRY_POINTS = {
  promote: { entryPoint: 'promoteChallenger', title: 'Promote challenger' },
  rollback: { entryPoint: 'rollBackChampion', title: 'Roll back champion' },
} as const;

/** Runs `promote` or `rollback`; errors for the user are thrown as CliErrors (see main.ts). */
export async function moveChampion(options: AliasOptions, io: CliIo, distDir: string): Promise<void> {
  const paths = checkModelPaths(options, io.cwd);
  requireBuild(distDir);
  const print = (line: string) => io.out(line);
  const base = createRuntimeBase();
  const model = await loadModelWorkbook(paths.model, options.model, base, 'move');
  describeModel(model, options.model).forEach(print);

  const { runtime, addOn } = startAddOn(
    { base, spreadsheet: () => model.spreadsheet, clock: new SystemClock(), installMode: 'bound' },
    distDir,
  );
  // The add-on asks why; the answer is the reason given on the command line.
  answerDialogsUnattended(runtime.ui, { yes: false, promptAnswer: options.reason });
  restoreDocumentProperties(runtime, model.properties, options.model);
  const { entryPoint, title } = ENTRY_POINTS[options.kind];
  print(`▸ ${title}`);
  const { result, shown } = clickMenu(runtime, addOn, entryPoint);
  for (const text of shown) print(indent(text));
  const moved = result as { status?: string; champion?: number } | undefined;
  if (moved?.status !== 'moved') throw new AddOnStoppedError(title);

  writePropertiesSheet(runtime.spreadsheet, savedDocumentProperties(runtime));
  await saveWorkbook(runtime.spreadsheet, paths.output);
  print(`Saved ${paths.output}: champion model version ${moved.champion ?? '?'}.`);
}
