/**
 * `passcompass score --in this-term.csv|.xlsx --model last-year.xlsx --out scored.xlsx`: this term's students,
 * who have no final grades yet, scored with the champion model of another workbook (one `run` saved after
 * training on a class whose final grades are known). The runtime is built from the model workbook (its registry,
 * settings, student-key salt, Inference log and monitoring history), its `Students` sheet is replaced by the
 * roster, and the menu clicks are Check data and Score students; nothing is trained. Everything is saved to a new
 * workbook, which a later `score` or `check` can take as its --model; the two inputs are only ever read.
 */
import type { ScoreOptions } from './arguments';
import { restoreDocumentProperties, savedDocumentProperties } from './document-properties';
import type { CliIo } from './main';
import { runtimeOwnership } from './owned-sheets';
import { writePropertiesSheet } from './properties-sheet';
import { runAddOn } from './run-add-on';
import { runSummary } from './run-summary';
import { saveWorkbook } from './save-workbook';
import { answerDialogsUnattended } from './unattended-dialogs';
import { openRosterInModel } from './roster-in-model';

/** Runs `score`; errors for the user are thrown as CliErrors (see main.ts). */
export async function score(options: ScoreOptions, io: CliIo, distDir: string): Promise<void> {
  const print = (line: string) => io.out(line);
  const { paths, model, runtime, addOn } = await openRosterInModel(options, io, distDir, 'score');
  answerDialogsUnattended(runtime.ui, { yes: options.yes });
  restoreDocumentProperties(runtime, model.properties, options.model);
  const result = runAddOn(runtime, addOn, { retrain: false, scoreOnly: true }, print);

  // Added only now, after the last menu click, so the add-on never sees the sheet.
  writePropertiesSheet(runtime.spreadsheet, savedDocumentProperties(runtime));
  await saveWorkbook(runtime.spreadsheet, paths.output);
  print(`Saved ${paths.output}: ${runSummary(runtime.spreadsheet, runtimeOwnership(runtime), result)}`);
}
