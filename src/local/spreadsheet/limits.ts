/**
 * The published limits and defaults of Google Sheets that the local spreadsheet enforces, in one place so that
 * tests and the xlsx bridge agree with the runtime.
 */

/** A new sheet's grid: 1,000 rows by 26 columns (A to Z). */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

/** Characters one cell can hold; writing more throws. */
export const MAX_CELL_CHARS = 50_000;

/** Cells one spreadsheet can hold, counted over every sheet's whole grid (max rows × max columns). */
export const MAX_CELLS = 10_000_000;

/** Columns one sheet can have (A to ZZZ). */
export const MAX_COLUMNS = 18_278;

/** What `getNumberFormat()` reports for a cell nobody formatted (Sheets' "Automatic"). */
export const AUTOMATIC_FORMAT = '0.###############';

/** The format Sheets gives a cell when a `Date` is written to it and the cell has no date format yet. */
export const DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';

/** The format Sheets gives a cell when text such as `2024-09-02` is written and read as a date. */
export const DATE_FORMAT = 'yyyy-mm-dd';

/** The plain-text format: text written to such a cell is kept as text. */
export const PLAIN_TEXT_FORMAT = '@';

/** A cell's background when none was set. */
export const DEFAULT_BACKGROUND = '#ffffff';

/** A cell's font colour when none was set, as `getFontColor` reports it. */
export const DEFAULT_FONT_COLOR = '#000000';

/** A column's width in pixels when none was set. */
export const DEFAULT_COLUMN_WIDTH = 100;
