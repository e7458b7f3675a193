/**
 * Loads a CSV roster into a new local spreadsheet, as a `Students` sheet written with `setValues`: the cells
 * are then typed the way Sheets types an imported CSV (`12` becomes a number, `TRUE` a boolean, `'12` stays
 * text), so the add-on sees what it would see in a real spreadsheet. The file may be UTF-8, UTF-16 or
 * Windows-1252, separated by commas, semicolons or tabs (`read-csv-text.ts` says which it found, in the notes);
 * quoted fields are handled by `parseCsv`.
 *
 * One exception to Sheets' typing: text that Sheets would turn into a formula (`=HYPERLINK(...)`, `-2+3`) is
 * stored as the text typed, never as a formula, so a roster cannot make the output workbook run anything; the
 * notes list such cells, and Check data shows them as typed.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseCsv } from '../../core/data/csv';
import type { CallLog } from '../call-log';
import type { Realm } from '../realm';
import { LocalSpreadsheet } from '../spreadsheet';
import { columnLetters } from '../spreadsheet/a1';
import { INTERNAL } from '../spreadsheet/context';
import { errorsFor } from '../spreadsheet/errors';
import { interpretText } from '../spreadsheet/input';
import { MAX_CELL_CHARS } from '../spreadsheet/limits';
import { InputError, isRangeError } from './cli-errors';
import { type CsvText, SEPARATOR_NAMES, readCsvText, recordLines } from './read-csv-text';

export const ROSTER_SHEET = 'Students';

/** Formula-like cells named one by one in the notes; the rest are counted. */
const CELLS_NAMED = 5;

export interface SpreadsheetDeps {
  calls: CallLog;
  realm: Realm;
}

export interface LoadedCsv {
  spreadsheet: LocalSpreadsheet;
  /** What the user should know about how the file was read (printed on stdout). */
  notes: string[];
}

/** The line of the file a `parseCsv` message names, counted as the file counts it. */
function withFileLine(message: string, text: string): string {
  const match = /^CSV line (\d+) (.*)$/s.exec(message);
  if (!match) return message;
  const line = recordLines(text)[Number(match[1]) - 1];
  return line === undefined ? message : `CSV line ${line} ${match[2]}`;
}

/**
 * What the notes say about how the file was read: its encoding and separator, unless it is UTF-8 separated by
 * commas or semicolons (what the runner always read); what to do when the encoding may have been guessed wrong;
 * and a header line without any separator.
 */
function readingNotes(shown: string, csv: CsvText): string[] {
  const notes: string[] = [];
  const usual = csv.encoding.startsWith('UTF-8') && csv.separator !== '\t' && !csv.separatorDeclared;
  if (!usual) {
    notes.push(
      `${shown} was read as ${csv.encoding} text, with ${SEPARATOR_NAMES[csv.separator]} between fields` +
        `${csv.separatorDeclared ? ' (as its "sep=" line says)' : ''}.`,
    );
  }
  if (csv.fallback) {
    notes.push(
      `${shown} is not UTF-8 text: Windows-1252 (Latin-1) is the encoding older Excel versions save CSV files ` +
        `in. If accented letters look wrong in the output, save the file as "CSV UTF-8" and run again.`,
    );
  }
  if (csv.headerFields === 1) {
    notes.push(
      `${shown}: its header line has no comma, semicolon or tab, so the roster was read as a single column.`,
    );
  }
  return notes;
}

/**
 * Reads the CSV file at `path` (`shown` is how to name it in messages).
 * @throws InputError when the file is empty, has a header but no students, has a row of another width, or has
 * a cell longer than a Sheets cell can be.
 */
export function loadCsvRoster(path: string, shown: string, deps: SpreadsheetDeps): LoadedCsv {
  const csv = readCsvText(readFileSync(path));
  let parsed: ReturnType<typeof parseCsv>;
  try {
    parsed = parseCsv(csv.text, csv.separator);
  } catch (error) {
    // parseCsv names the record of a row whose field count differs from the header's.
    if (error instanceof RangeError) {
      const hint =
        csv.headerFields === 1
          ? ' Its header line has no comma, semicolon or tab: are its fields separated by another character?'
          : '';
      throw new InputError(`${shown}: ${withFileLine(error.message, csv.text)}${hint}`);
    }
    throw error;
  }
  const { header, rows } = parsed;
  if (header.every((h) => h.trim() === '')) {
    throw new InputError(`${shown} is empty: a roster needs a header row, then one row per student.`);
  }
  if (rows.length === 0) throw new InputError(`${shown} has a header row but no students below it.`);

  const values = [header, ...rows];
  const width = header.length;
  const errors = errorsFor(deps.realm);
  // Text Sheets would make a formula of: kept out of `setValues` and stored as text below.
  const formulaLike: { row: number; column: number; text: string }[] = [];
  values.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text.length > MAX_CELL_CHARS) {
        throw new InputError(
          `${shown}: the cell in row ${r + 1}, column ${columnLetters(c + 1)} ("${(header[c] ?? '').slice(0, 40)}") ` +
            `holds ${text.length.toLocaleString('en-US')} characters; a Google Sheets cell holds at most ` +
            `${MAX_CELL_CHARS.toLocaleString('en-US')}.`,
        );
      }
      if (interpretText(text, undefined, errors).formula !== undefined) {
        formulaLike.push({ row: r + 1, column: c + 1, text });
        row[c] = '';
      }
    }),
  );

  const spreadsheet = new LocalSpreadsheet({
    ...deps,
    name: basename(path, extname(path)),
    timeZone: 'Etc/UTC',
  });
  const sheet = spreadsheet.getSheets()[0];
  if (!sheet) throw new Error('A new local spreadsheet has no sheet.');
  sheet.setName(ROSTER_SHEET);
  try {
    // A new sheet is 1,000 × 26 and a range past the grid throws, as in Sheets: grow it first.
    if (sheet.getMaxColumns() < width)
      sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    if (sheet.getMaxRows() < values.length)
      sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
    sheet.getRange(1, 1, values.length, width).setValues(values);
  } catch (error) {
    // A file over 10 million cells: Sheets' own limit, in the runtime's realm.
    if (isRangeError(error)) {
      throw new InputError(
        `${shown}: its ${values.length.toLocaleString('en-US')} rows do not fit in one spreadsheet. ${error.message} ` +
          'Split the roster into smaller files (by class or course).',
      );
    }
    throw error;
  }
  const model = sheet[INTERNAL];
  for (const { row, column, text } of formulaLike) model.writableCell(row, column).value = text;

  const notes = readingNotes(shown, csv);
  if (formulaLike.length > 0) {
    const named = formulaLike.slice(0, CELLS_NAMED).map((cell) => `${columnLetters(cell.column)}${cell.row}`);
    const more = formulaLike.length - named.length;
    const cells = formulaLike.length === 1 ? '1 cell' : `${formulaLike.length} cells`;
    notes.push(
      `${shown}: ${cells} would be a formula in a spreadsheet (${named.join(', ')}` +
        `${more > 0 ? ` and ${more} more` : ''}); PassCompass keeps ${formulaLike.length === 1 ? 'it' : 'them'} ` +
        `as the text typed and never runs ${formulaLike.length === 1 ? 'it' : 'them'}.`,
    );
  }
  return { spreadsheet, notes };
}
