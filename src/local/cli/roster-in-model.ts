/**
 * What `score` and `check` share: the model workbook (a workbook `run` saved, with a champion) and a roster are
 * read, described, and the roster put in place of the model workbook's `Students` sheet; the add-on is then
 * started on the model workbook, bound to it as the runner always installs it. The roster's own saved
 * properties are not used: the model workbook's settings, salt and memory are.
 */
import { type LoadedAddOn, startAddOn } from '../bundle';
import { createRuntimeBase, type LocalRuntime } from '../runtime';
import { SystemClock } from '../services/clock';
import type { CheckOptions } from './arguments';
import { ROSTER_SHEET } from './load-csv';
import { type LoadedModel, describeModel, loadModelWorkbook } from './load-model';
import { describeLoaded, loadRoster } from './load-roster';
import { propertiesNote } from './load-workbook';
import type { CliIo } from './main';
import { replaceRoster } from './replace-roster';
import { requireBuild } from './require-build';
import { type CheckPaths, checkCheckPaths } from './run-paths';

export interface RosterInModel {
  paths: CheckPaths;
  model: LoadedModel;
  runtime: LocalRuntime;
  addOn: LoadedAddOn;
}

/** Reads both files, prints what was read, and starts the add-on. `purpose` words the refusal of no champion. */
export async function openRosterInModel(
  options: CheckOptions,
  io: CliIo,
  distDir: string,
  purpose: 'check' | 'score',
): Promise<RosterInModel> {
  const paths = checkCheckPaths(options, io.cwd);
  requireBuild(distDir);
  const print = (line: string) => io.out(line);
  // Both workbooks are read before the runtime exists, so all three must share one realm and call log.
  const base = createRuntimeBase();
  const model = await loadModelWorkbook(paths.model, options.model, base, purpose);
  const roster = await loadRoster(paths, options.input, base);
  print(describeLoaded(roster, options.input));
  for (const note of roster.notes) if (note !== propertiesNote(roster.properties)) print(note);
  if (Object.keys(roster.properties).length > 0) {
    const which = purpose === 'check' ? 'the check uses' : 'scoring uses';
    print(`${options.input}: its saved properties are not used; ${which} those of ${options.model}.`);
  }
  describeModel(model, options.model).forEach(print);
  const rosterSheet = roster.spreadsheet.getSheetByName(ROSTER_SHEET);
  if (!rosterSheet) throw new Error('A loaded roster has no Students sheet.');
  replaceRoster(model.spreadsheet, rosterSheet);
  const { runtime, addOn } = startAddOn(
    { base, spreadsheet: () => model.spreadsheet, clock: new SystemClock(), installMode: 'bound' },
    distDir,
  );
  return { paths, model, runtime, addOn };
}
