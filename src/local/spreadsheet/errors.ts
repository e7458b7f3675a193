/**
 * The errors the local spreadsheet throws, built with the add-on realm's constructors so that the add-on's own
 * `instanceof Error` checks work, and with the messages Sheets uses, so that code and tests that look at a
 * message see what they would see in Apps Script. Shape and coordinate errors are `RangeError`s, wrong argument
 * types `TypeError`s, and refusals that depend on the document's state (a second filter) plain `Error`s.
 */
import type { Realm } from '../realm';

export interface Errors {
  /** A wrong shape or an out-of-range coordinate or size. */
  range(message: string): RangeError;
  /** An argument of the wrong type. */
  type(message: string): TypeError;
  /** An operation the document's current state does not allow. */
  state(message: string): Error;
}

/** Error factories for `realm`, falling back to Node's constructors for those it does not give. */
export function errorsFor(realm: Realm): Errors {
  const RangeErrorOf = realm.RangeError ?? RangeError;
  const TypeErrorOf = realm.TypeError ?? TypeError;
  const ErrorOf = realm.Error ?? Error;
  return {
    range: (message) => new RangeErrorOf(message),
    type: (message) => new TypeErrorOf(message),
    state: (message) => new ErrorOf(message),
  };
}

/** Sheets' messages, word for word where known (collected from Apps Script logs quoted in public code). */
export const MESSAGES = {
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  rangeNotFound: 'Range not found',
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  cellTooLong: (max: number) =>
    `Your input contains more than the maximum of ${max} characters in a single cell.`,
  tooManyCells: (max: number) =>
    `This action would increase the number of cells in the workbook above the limit of ${max} cells.`,
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  duplicateSheetName: (name: string) =>
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  removeAllSheets: "You can't remove all the sheets in a document.",
  hideAllSheets: "You can't hide all the sheets in a document.",
  secondFilter: "You can't create a filter in a sheet that already has a filter.",
  deletedSheet: (name: string) => `Sheet ${name} has been deleted.`,
} as const;
