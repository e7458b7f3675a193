/**
 * Loads an .xlsx roster into a new local spreadsheet with every sheet of the workbook. The roster is the sheet
 * named `Students` in any case (Sheets' `getSheetByName` ignores case, so the add-on finds it as it is);
 * otherwise the first sheet is the roster, and it is renamed `Students` because that is the one sheet the
 * add-on reads. Every other sheet is kept as it was read, except the hidden `PassCompass properties` sheet of
 * an earlier run, which is taken out first (never the roster) and becomes the document properties.
 */
import type { PropertyMap } from '../services/property-store';
import { readXlsx } from '../xlsx';
import type { LocalSpreadsheet } from '../spreadsheet';
import { InputError, isRangeError } from './cli-errors';
import { ROSTER_SHEET, type SpreadsheetDeps } from './load-csv';
import { PROPERTIES_SHEET } from './properties-sheet';
import { takePropertiesSheet } from './read-properties-sheet';

export interface LoadedWorkbook {
  spreadsheet: LocalSpreadsheet;
  /** What the user should know about how the workbook was read (printed on stdout). */
  notes: string[];
  /** The document properties saved by an earlier run (settings, student-key salt); empty when there were none. */
  properties: PropertyMap;
}

/**
 * Reads the workbook at `path` (`shown` is how to name it in messages).
 * @throws InputError when it is not a readable .xlsx file, its roster sheet has no student rows, or its
 * properties sheet cannot be read.
 */
export async function loadWorkbookRoster(
  path: string,
  shown: string,
  deps: SpreadsheetDeps,
): Promise<LoadedWorkbook> {
  const spreadsheet = await readWorkbookFile(path, shown, deps);
  const properties = takePropertiesSheet(spreadsheet, shown);
  const notes: string[] = [];
  const note = propertiesNote(properties);
  if (note) notes.push(note);
  const named = spreadsheet.getSheetByName(ROSTER_SHEET);
  const roster = named ?? spreadsheet.getSheets()[0];
  if (!roster) throw new InputError(`${shown} has no sheets.`);
  const name = roster.getName();
  const rows = roster.getLastRow();
  if (rows === 0) throw new InputError(`${shown}: the roster sheet "${name}" is empty.`);
  if (rows === 1)
    throw new InputError(`${shown}: the roster sheet "${name}" has a header row but no students.`);
  if (!named) {
    notes.push(
      `${shown} has no sheet named ${ROSTER_SHEET}: its first sheet, "${name}", is the roster and is named ` +
        `${ROSTER_SHEET} in the output.`,
    );
    roster.setName(ROSTER_SHEET);
  }
  return { spreadsheet, notes, properties };
}

/**
 * Every sheet of the .xlsx file at `path` in a new local spreadsheet, as it was read (`shown` names the file).
 * @throws InputError when it is not a readable .xlsx workbook.
 */
export async function readWorkbookFile(
  path: string,
  shown: string,
  deps: SpreadsheetDeps,
): Promise<LocalSpreadsheet> {
  try {
    return await readXlsx(path, { calls: deps.calls, realm: deps.realm, timeZone: 'Etc/UTC' });
  } catch (error) {
    // exceljs fails in many ways on a file that is not a workbook (a zip error, a missing part); all mean
    // the same to the user. The 10-million-cell limit is a RangeError with its own message.
    const message = error instanceof Error || isRangeError(error) ? error.message : String(error);
    const reason = /zip/i.test(message) ? 'it is not a zip archive, as every .xlsx file is' : message;
    throw new InputError(`${shown} is not a readable .xlsx workbook: ${reason}.`);
  }
}

/** What the runner says about the properties it read from a workbook; null when there were none. */
export function propertiesNote(properties: PropertyMap): string | null {
  const keys = Object.keys(properties);
  if (keys.length === 0) return null;
  return `Read PassCompass's saved properties (${keys.join(', ')}) from the sheet "${PROPERTIES_SHEET}".`;
}
