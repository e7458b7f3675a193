/**
 * What one cell of the local spreadsheet holds. Like Sheets, a cell stores a string, a number or a boolean, and
 * a date is a number (a serial day count in the spreadsheet's time zone) whose number format is a date format:
 * that is why, in Sheets, changing a date cell's format to `0.00` makes `getValue()` return a number, and
 * writing `45000` to a date-formatted cell reads back as a `Date`. A formula cell also keeps the text of its
 * formula; the local runtime has no formula engine, so its value is an error string (see `input.ts`).
 */

export type StoredValue = string | number | boolean;

/** Formatting that `clearFormat()` removes and `clearContent()` keeps. */
export interface CellStyle {
  numberFormat?: string;
  background?: string;
  fontWeight?: 'bold';
  fontColor?: string;
  horizontalAlignment?: 'left' | 'center' | 'right';
  /** Absent: Sheets' default, the bottom of the cell. */
  verticalAlignment?: 'top' | 'middle';
  wrapStrategy?: 'WRAP' | 'CLIP';
}

export interface Cell {
  value: StoredValue;
  formula?: string;
  note?: string;
  style?: CellStyle;
}

/** True when the cell counts for `getLastRow()`: a value other than `''`, or a formula. */
export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== undefined);
}

/** True when nothing is left in the cell, so the grid can drop it. */
export function isBare(cell: Cell): boolean {
  return (
    cell.value === '' &&
    cell.formula === undefined &&
    cell.note === undefined &&
    (cell.style === undefined || Object.keys(cell.style).length === 0)
  );
}

/** A deep copy, for moving cells without sharing their style objects. */
export function copyCell(cell: Cell): Cell {
  const copy: Cell = { value: cell.value };
  if (cell.formula !== undefined) copy.formula = cell.formula;
  if (cell.note !== undefined) copy.note = cell.note;
  if (cell.style !== undefined) copy.style = { ...cell.style };
  return copy;
}
