/**
 * Finds the data dictionary's attributes in a roster's header row: in any order, in any case, with stray spaces
 * and the usual alternative spellings, beside any number of extra columns. An id or name column is recognised as
 * the row key: it identifies students in PassCompass's reports and is never a model input.
 */
import { DataError } from '../../errors';
import { type Attribute, attributeForHeader, normaliseHeader } from '../dictionary';

const KEY_HEADERS = new Set(
  [
    'id',
    'student id',
    'student number',
    'student no',
    'pupil id',
    'name',
    'student name',
    'student',
    'pupil',
    'full name',
  ].map(normaliseHeader),
);

export interface RosterColumns {
  /** Column index (0-based) of each attribute present, by canonical name. */
  byAttribute: Map<string, number>;
  /** Index and header text of the row-key column, if the roster has one. */
  key: { index: number; header: string } | null;
  /** Header text as the teacher wrote it, by column index. */
  headers: string[];
}

/** Maps a header row. Throws `DataError` when two columns mean the same attribute. */
export function findRosterColumns(headerRow: readonly unknown[]): RosterColumns {
  const headers = headerRow.map((h) => String(h ?? '').trim());
  const byAttribute = new Map<string, number>();
  let key: RosterColumns['key'] = null;
  headers.forEach((header, index) => {
    const attribute: Attribute | undefined = header ? attributeForHeader(header) : undefined;
    if (attribute) {
      const earlier = byAttribute.get(attribute.name);
      if (earlier !== undefined) {
        throw new DataError(
          `Columns "${headers[earlier]}" (${columnLetter(earlier)}) and "${header}" (${columnLetter(index)}) both mean "${attribute.name}". Rename or remove one.`,
          { row: 1, column: header },
        );
      }
      byAttribute.set(attribute.name, index);
    } else if (!key && KEY_HEADERS.has(normaliseHeader(header))) key = { index, header };
  });
  return { byAttribute, key, headers };
}

/** Throws `DataError` naming every required attribute the roster lacks. */
export function assertHasColumns(columns: RosterColumns, required: readonly string[]): void {
  const missing = required.filter((name) => !columns.byAttribute.has(name));
  if (missing.length === 0) return;
  const list = missing.map((name) => `"${name}"`).join(', ');
  throw new DataError(
    `The roster has no column for ${list}. Add ${missing.length === 1 ? 'it' : 'them'} to the header row (row 1); ` +
      'column order and extra columns do not matter.',
    { row: 1, ...(missing[0] ? { column: missing[0] } : {}) },
  );
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
