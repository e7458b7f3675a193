/**
 * `passcompass score --in this-term.csv|.xlsx --model last-year.xlsx --out scored.xlsx`: this term's students,
 * who have no final grades yet, scored with the champion model of another workbook (one `run` saved after
 * training on a class whose final grades are known). The runtime is built from the model workbook (its registry,
 * settings, student-key salt, Inference log and monitoring history), its `Students` sheet is replaced by the
 * roster, and the menu clicks are Check data and Score students; nothing is trained. Everything is saved to a new
 * workbook, which a later `score` or `check` can take as its --model; the two inputs are only ever read.
 */
import { startAddOn } from '../bundle';
import { createRuntimeBase } from '../runtime';
import { SystemClock } from '../services/clock';
import type { ScoreOptions } from './arguments';
import { restoreDocumentProperties, savedDocumentProperties } from './document-properties';
import { ROSTER_SHEET } from './load-csv';
import { describeModel, loadModelWorkbook } from './load-model';
import { describeLoaded, loadRoster } from './load-roster';
import { propertiesNote } from './load-workbook';
import type { CliIo } from './main';
import { runtimeOwnership } from './owned-sheets';
import { writePropertiesSheet } from './properties-sheet';
import { replaceRoster } from './replace-roster';
import { requireBuild } from './require-build';
import { runAddOn } from './run-add-on';
import { checkCheckPaths } from './run-paths';
import { runSummary } from './run-summary';
import { saveWorkbook } from './save-workbook';
import { answerDialogsUnattended } from './unattended-dialogs';

/** Runs `score`; errors for the user are thrown as CliErrors (see main.ts). */
export async function score(options: ScoreOptions, io: CliIo, distDir: string): Promise<void> {
  const paths = checkCheckPaths(options, io.cwd);
  requireBuild(distDir);
  const print = (line: string) => io.out(line);
  // Both workbooks are read before the runtime exists, so all three must share one realm and call log.
  const base = createRuntimeBase();
  const model = await loadModelWorkbook(paths.model, options.model, base, 'score');
  const roster = await loadRoster(paths, options.input, base);
  print(describeLoaded(roster, options.input));
  for (const note of roster.notes) if (note !== propertiesNote(roster.properties)) print(note);
  if (Object.keys(roster.properties).length > 0) {
    print(`${options.input}: its saved properties are not used; scoring uses those of ${options.model}.`);
  }
  describeModel(model, options.model).forEach(print);
  const rosterSheet = roster.spreadsheet.getSheetByName(ROSTER_SHEET);
  if (!rosterSheet) throw new Error('A loaded roster has no Students sheet.');
  replaceRoster(model.spreadsheet, rosterSheet);

  const { runtime, addOn } = startAddOn(
    { base, spreadsheet: () => model.spreadsheet, clock: new SystemClock(), installMode: 'bound' },
    distDir,
  );
  answerDialogsUnattended(runtime.ui, { yes: options.yes });
  restoreDocumentProperties(runtime, model.properties, options.model);
  const result = runAddOn(runtime, addOn, { retrain: false, scoreOnly: true }, print);

  // Added only now, after the last menu click, so the add-on never sees the sheet.
  writePropertiesSheet(runtime.spreadsheet, savedDocumentProperties(runtime));
  await saveWorkbook(runtime.spreadsheet, paths.output);
  print(`Saved ${paths.output}: ${runSummary(runtime.spreadsheet, runtimeOwnership(runtime), result)}`);
}
