/**
 * Loads the model workbook of `passcompass check`: one that `passcompass run` saved, with the champion model
 * version (Versions, Aliases), the Inference log, Experiments, earlier checks (Monitoring) and the hidden
 * `PassCompass properties` sheet (settings, student-key salt, what earlier checks remember). Every sheet is kept
 * as it was read; the properties sheet is taken out and becomes the document properties, as for `run`.
 * A workbook without a champion has nothing to check against, so it is refused before anything runs.
 */
import type { PropertyMap } from '../services/property-store';
import type { LocalSpreadsheet } from '../spreadsheet';
import { championVersion, whyNoChampion } from './champion-version';
import { CliError, EXIT } from './cli-errors';
import type { SpreadsheetDeps } from './load-csv';
import { propertiesNote, readWorkbookFile } from './load-workbook';
import { savedOwnership } from './owned-sheets';
import { takePropertiesSheet } from './read-properties-sheet';

export interface LoadedModel {
  spreadsheet: LocalSpreadsheet;
  properties: PropertyMap;
  /** The champion's version number. */
  champion: number;
}

/** No champion in the workbook given to `score`: nothing to score with (exit code 2), nothing saved. */
export class NoModelToScoreWithError extends CliError {
  constructor(shown: string, where: string) {
    super(
      `${shown} has no champion model version (${where}), so there is no model to score with. Give the ` +
        'workbook passcompass run saved after training (for example on last year’s class, with final grades). ' +
        'Nothing was saved.',
      EXIT.badInput,
    );
    this.name = 'NoModelToScoreWithError';
  }
}

/** No champion: the check's "Nothing to check", refused as an unusable input (exit code 2), nothing saved. */
export class NothingToCheckError extends CliError {
  constructor(shown: string, where: string) {
    super(
      `Nothing to check: ${shown} has no champion model version (${where}), so there is nothing to compare the ` +
        'roster with. Train one first with passcompass run, then check against the workbook it saves. ' +
        'Nothing was saved.',
      EXIT.badInput,
    );
    this.name = 'NothingToCheckError';
  }
}

/** Reads the workbook at `path` (`shown` names it). @throws InputError, or NothingToCheckError. */
export async function loadModelWorkbook(
  path: string,
  shown: string,
  deps: SpreadsheetDeps,
  purpose: 'check' | 'score' | 'move' = 'check',
): Promise<LoadedModel> {
  const spreadsheet = await readWorkbookFile(path, shown, deps);
  const properties = takePropertiesSheet(spreadsheet, shown);
  const record = savedOwnership(properties);
  const champion = championVersion(spreadsheet, record);
  if (champion === null) {
    const where = whyNoChampion(spreadsheet, record);
    if (purpose === 'check') throw new NothingToCheckError(shown, where);
    if (purpose === 'score') throw new NoModelToScoreWithError(shown, where);
    throw new CliError(
      `${shown} has no champion model version (${where}): train one with passcompass run first. Nothing was saved.`,
      EXIT.badInput,
    );
  }
  return { spreadsheet, properties, champion };
}

/** `Read model.xlsx: champion model version 1, 7 sheets; Read PassCompass's saved properties (…) …` */
export function describeModel(model: LoadedModel, shown: string): string[] {
  const sheets = model.spreadsheet.getNumSheets();
  const lines = [`Read ${shown}: champion model version ${model.champion}, ${sheets} sheets.`];
  const note = propertiesNote(model.properties);
  if (note) lines.push(note);
  return lines;
}
