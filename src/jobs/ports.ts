/**
 * The small interfaces through which jobs reach the outside world. Jobs hold the workflow and depend only on
 * these; `src/sheets` implements them over Apps Script, and tests implement them with in-memory fakes.
 */

/** A value as Sheets holds it: empty cells read as `''`. */
export type CellValue = string | number | boolean | Date;

/** The add-on's own bundled files (HTML files of the Apps Script project), read by name without extension. */
export interface ProjectFiles {
  read(name: string): string;
}

export interface Digests {
  /** SHA-256 of the UTF-8 bytes of `text`, as lowercase hex. */
  sha256Hex(text: string): string;
}

/** One sheet seen as a table: a block of values starting at A1. */
export interface SheetTable {
  /** All values of the sheet's data range; `[]` when the sheet is missing or empty. */
  read(): CellValue[][];
  /**
   * Replaces the whole sheet with `values` (first row: header), creating the sheet if needed. The sheet's grid
   * is resized to fit exactly, so nothing of the previous content survives outside the new table.
   */
  replace(values: CellValue[][]): void;
}

/**
 * One of PassCompass's own record sheets (Experiments, Versions, Aliases): a header row, then rows that are
 * only ever appended. The sheet is created with its header, frozen and protected (warning only), on first use.
 */
export interface RecordSheet {
  /** The rows below the header; `[]` when the sheet does not exist yet. */
  rows(): CellValue[][];
  /** Appends rows below the last one in one write. */
  append(rows: CellValue[][]): void;
  /** Replaces every row below the header in one write (used where one column mirrors other state). */
  rewrite(rows: CellValue[][]): void;
}

export interface Dialogs {
  /** Asks a yes/no question; true only for an explicit yes. */
  confirm(title: string, message: string): boolean;
  /** Asks for a line of text; null when the person cancels. */
  prompt(title: string, message: string): string | null;
  /** A message that needs an OK. */
  inform(title: string, message: string): void;
  /** A short, non-blocking notice in the corner of the spreadsheet. */
  toast(message: string, title?: string): void;
}
