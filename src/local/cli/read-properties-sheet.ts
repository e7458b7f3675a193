/**
 * Reads the `PassCompass properties` sheet of a loaded workbook (see properties-sheet.ts) and removes it from
 * the local spreadsheet before the add-on runs, so that the add-on only ever sees the store, never the sheet.
 * A workbook without the sheet gives an empty store, as in a spreadsheet PassCompass has never run on. A sheet
 * that cannot be read (edited by hand, or not PassCompass's) stops the run with a message naming it: guessing
 * would silently give every student a new key or train with settings nobody chose.
 */
import type { PropertyMap } from '../services/property-store';
import type { LocalSpreadsheet } from '../spreadsheet';
import { InputError } from './cli-errors';
import { PROPERTIES_HEADER, PROPERTIES_SHEET, TRANSIENT_KEYS } from './properties-sheet';

/**
 * The properties saved in `spreadsheet` (transient ones left out), after removing their sheet; `shown` names
 * the file in messages.
 * @throws InputError when the sheet has no Key/Value header, a key that is not text, a value without a key,
 * a key twice, a value that is not text, or is the workbook's only sheet.
 */
export function takePropertiesSheet(spreadsheet: LocalSpreadsheet, shown: string): PropertyMap {
  const sheet = spreadsheet.getSheetByName(PROPERTIES_SHEET);
  if (!sheet) return {};
  const where = `${shown}: the sheet "${sheet.getName()}" (PassCompass's saved settings)`;
  const fix = 'Correct it, or delete the sheet to start again from the default settings.';
  const [header = [], ...rows] = sheet.getDataRange().getValues();
  const found = header.slice(0, 2).map((cell) => String(cell).trim().toLowerCase());
  if (found.join('\n') !== PROPERTIES_HEADER.map((h) => h.toLowerCase()).join('\n')) {
    throw new InputError(`${where} has no header row: A1 and B1 must read Key and Value. ${fix}`);
  }

  const properties: PropertyMap = {};
  const rowOf = new Map<string, number>();
  rows.forEach(([key = '', value = ''], i) => {
    const row = i + 2;
    if (key === '' && value === '') return; // a blank row, as a spreadsheet often has
    if (key === '') throw new InputError(`${where} has a value without a key in row ${row}. ${fix}`);
    if (typeof key !== 'string' || key.trim() === '') {
      throw new InputError(`${where} has a key that is not text in row ${row} (${String(key)}). ${fix}`);
    }
    const earlier = rowOf.get(key);
    if (earlier !== undefined) {
      throw new InputError(`${where} has the key ${key} twice, in rows ${earlier} and ${row}. ${fix}`);
    }
    rowOf.set(key, row);
    const text = textOf(value);
    if (text === null) {
      throw new InputError(`${where} has a value that is not text for ${key}, in row ${row}. ${fix}`);
    }
    if (!TRANSIENT_KEYS.includes(key)) properties[key] = text;
  });

  if (spreadsheet.getNumSheets() === 1) {
    throw new InputError(`${shown} has no roster: its only sheet is "${sheet.getName()}".`);
  }
  spreadsheet.deleteSheet(sheet);
  return properties;
}

/**
 * The stored text of a cell. The runner writes every value as text; a number or a boolean can only come from
 * someone typing into the sheet, and reads back as what they typed. A date cannot be read back as typed.
 */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}
