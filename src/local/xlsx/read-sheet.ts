/**
 * One exceljs worksheet into a sheet of the local spreadsheet, the inverse of `write-sheet.ts`. Cells are stored
 * as they are in the file (text that starts with `=` stays text, with or without a quote prefix; it is not
 * re-read as user input), every character included (exceljs decodes the `_xHHHH_` escapes). A merged range
 * keeps its value in its top-left cell only, as in Sheets, and is carried to the writer with error values (see
 * `carried.ts`). The grid is at least Sheets' default 1,000 × 26, larger when the data is; a passwordless Excel
 * protection becomes a warning-only sheet protection, a password-protected one a full protection.
 *
 * A large worksheet's cells are read part by part (`readCells` with a `RowSpan`, see `large-sheet.ts`) and the
 * rest from the worksheet read without its rows; the result is the same as reading it whole.
 */
import type ExcelJS from 'exceljs';
import { columnLetters, gridOf, parseA1 } from '../spreadsheet/a1';
import { type Cell, type CellStyle, type StoredValue, isBare } from '../spreadsheet/cell';
import { fromArgb } from '../spreadsheet/colors';
import { serialOfWallTime } from '../spreadsheet/dates';
import { MAX_CELL_CHARS } from '../spreadsheet/limits';
import { isDate } from '../realm';
import type { SheetModel } from '../spreadsheet/sheet-model';
import { type CarriedMerge, carryError, carryMerges } from './carried';
import { rulesFromExcel } from './conditional-formats';
import { PIXELS_PER_CHARACTER } from './write-sheet';

/** A date read by exceljs (UTC fields = the wall clock in the file) as a serial day number. */
function serialOf(date: Date): number {
  return serialOfWallTime({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
  });
}

function noteText(note: ExcelJS.Comment | string | undefined): string | undefined {
  if (note === undefined) return undefined;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function valueOf(source: ExcelJS.Cell): { value: StoredValue; formula?: string; error?: true } {
  // The other cells of a merged range report the top-left cell's value; in Sheets they are empty.
  if (source.isMerged && source.master !== source) return { value: '' };
  const formula = source.formula;
  if (formula) return { value: '#NAME?', formula: `=${formula}` };
  const raw: unknown = source.value;
  if (raw === null || raw === undefined) return { value: '' };
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return { value: raw };
  if (isDate(raw)) return { value: serialOf(raw) };
  if (typeof raw === 'object' && 'richText' in raw) {
    return { value: (raw as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('') };
  }
  if (typeof raw === 'object' && 'text' in raw)
    return { value: String((raw as ExcelJS.CellHyperlinkValue).text) };
  if (typeof raw === 'object' && 'error' in raw)
    return { value: String((raw as ExcelJS.CellErrorValue).error), error: true };
  return { value: String(raw) };
}

function styleOf(source: ExcelJS.Cell): CellStyle {
  const style: CellStyle = {};
  if (source.numFmt && source.numFmt !== 'General') style.numberFormat = source.numFmt;
  const fill = source.fill;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const color = fromArgb(fill.fgColor?.argb);
    if (color) style.background = color;
  }
  if (source.font?.bold) style.fontWeight = 'bold';
  const fontColor = fromArgb(source.font?.color?.argb);
  if (fontColor) style.fontColor = fontColor;
  const horizontal = source.alignment?.horizontal;
  if (horizontal === 'left' || horizontal === 'center' || horizontal === 'right')
    style.horizontalAlignment = horizontal;
  if (source.alignment?.wrapText) style.wrapStrategy = 'WRAP';
  return style;
}

/** One sheet's rows of cells: 0-based row, then 0-based column, as `SheetModel.rows` holds them. */
type Rows = SheetModel['rows'];

/**
 * The cells of a worksheet read in parts (`large-sheet.ts`), with what the whole worksheet would have given:
 * the row and column counts exceljs reports (`rowCount`, `columnCount`), and the first cell too long for a
 * Sheets cell, thrown when the sheet is read, as reading the whole worksheet throws it.
 */
export interface ReadCells {
  rows: Rows;
  rowCount: number;
  columnCount: number;
  error: RangeError | null;
}

/**
 * A part of a worksheet: its rows `from` to `to`. `mergedAway` lists the columns of row `from` whose cell lies in
 * a merged range that starts above the part: the part's copy of that range starts at the cell, which exceljs
 * then takes for the range's top-left cell, but the cell is empty, as every cell of a merged range but its
 * top-left one.
 */
export interface RowSpan {
  from: number;
  to: number;
  mergedAway: ReadonlySet<number>;
}

/**
 * Text as a string of its own, the same for equal texts (`copies`). exceljs's strings are slices of the whole XML
 * text of a package part (a worksheet, the shared strings), and V8 keeps a slice's whole text alive: kept as they
 * are, the cells of a worksheet read in parts would keep every part's text (160 MB more for 100,000 rows with a
 * distinct name each), and a worksheet of inline strings read whole its entire XML.
 */
function ownText(text: string, copies: Map<string, string>): string {
  // V8 copies strings shorter than 13 characters instead of slicing them.
  if (text.length < 13) return text;
  let copy = copies.get(text);
  if (copy === undefined) {
    // Concatenating then slicing makes V8 copy the characters into a new string.
    copy = (' ' + text).slice(1);
    copies.set(copy, copy);
  }
  return copy;
}

/**
 * Copies a worksheet's cells into `rows`: every row, or the rows of `span` only (`copies` keeps equal texts
 * once across calls).
 * @throws RangeError naming the cell when one holds more text than a Sheets cell can (50,000 characters).
 */
export function readCells(
  worksheet: ExcelJS.Worksheet,
  rows: Rows,
  span?: RowSpan,
  copies = new Map<string, string>(),
): void {
  const readRow = (row: ExcelJS.Row, r: number) =>
    row.eachCell({ includeEmpty: true }, (source, c) => {
      const mergedAway = r === span?.from && span.mergedAway.has(c);
      const read = mergedAway ? { value: '' } : valueOf(source);
      const value = typeof read.value === 'string' ? ownText(read.value, copies) : read.value;
      const formula = read.formula === undefined ? undefined : ownText(read.formula, copies);
      const error = read.error;
      if (typeof value === 'string' && value.length > MAX_CELL_CHARS) {
        throw new RangeError(
          `cell ${columnLetters(c)}${r} of the sheet "${worksheet.name}" holds ` +
            `${value.length.toLocaleString('en-US')} characters, more than the ` +
            `${MAX_CELL_CHARS.toLocaleString('en-US')} a Google Sheets cell can hold`,
        );
      }
      const cell: Cell = formula === undefined ? { value } : { value, formula };
      if (error && typeof value === 'string') carryError(cell, value);
      const style = styleOf(source);
      if (Object.keys(style).length > 0) cell.style = style;
      const note = noteText(source.note as ExcelJS.Comment | string | undefined);
      if (note !== undefined) cell.note = note;
      if (!isBare(cell)) (rows[r - 1] ??= [])[c - 1] = cell;
    });
  // Empty cells too (exceljs skips them and rows of them by default): one may hold a note or a format.
  if (!span) {
    worksheet.eachRow({ includeEmpty: true }, readRow);
    return;
  }
  // A part holds rows of other parts (see `large-sheet.ts`), which are read with their own part.
  for (let r = span.from; r <= Math.min(span.to, worksheet.rowCount); r += 1) {
    const row = worksheet.findRow(r);
    if (row) readRow(row, r);
  }
}

/**
 * Copies a worksheet's content into `sheet`, whose grid must already be large enough: its cells from
 * `cells` when the worksheet was read in parts (then `worksheet` gives the rest), else from `worksheet`.
 * @throws RangeError naming the cell when one holds more text than a Sheets cell can (50,000 characters).
 */
export function readSheet(worksheet: ExcelJS.Worksheet, sheet: SheetModel, cells?: ReadCells): void {
  if (cells?.error) throw cells.error;
  if (cells) sheet.rows = cells.rows;
  else readCells(worksheet, sheet.rows);
  sheet.hidden = worksheet.state !== 'visible';
  const view = (worksheet.views ?? []).find((v) => v.state === 'frozen') as
    Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  sheet.frozenRows = view?.ySplit ?? 0;
  sheet.frozenColumns = view?.xSplit ?? 0;
  worksheet.columns?.forEach((column, i) => {
    if (column.width !== undefined)
      sheet.columnWidths.set(i + 1, Math.round(column.width * PIXELS_PER_CHARACTER));
  });
  const internals = worksheet as unknown as {
    conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
    sheetProtection?: { sheet?: boolean; hashValue?: string; password?: string };
    _merges?: Record<string, { top: number; left: number; bottom: number; right: number }>;
  };
  const merges: CarriedMerge[] = Object.values(internals._merges ?? {}).map((range) => ({
    master: sheet.writableCell(range.top, range.left),
    rows: range.bottom - range.top + 1,
    columns: range.right - range.left + 1,
  }));
  carryMerges(sheet, merges);
  sheet.rules = rulesFromExcel(sheet, internals.conditionalFormattings ?? []);
  const filter = typeof worksheet.autoFilter === 'string' ? parseA1(worksheet.autoFilter) : null;
  if (filter) sheet.filter = { grid: gridOf(filter, sheet.maxRows, sheet.maxColumns), criteria: new Map() };
  const protection = internals.sheetProtection;
  if (protection?.sheet) {
    const warningOnly = !protection.hashValue && !protection.password;
    sheet.protections.push({ type: 'SHEET', grid: null, description: '', warningOnly });
  }
}

/**
 * The grid a worksheet needs: its used extent (from `cells` when it was read in parts), but never less than
 * Sheets' 1,000 × 26 default.
 */
export function gridSizeOf(
  worksheet: ExcelJS.Worksheet,
  defaults: { rows: number; columns: number },
  cells?: ReadCells,
) {
  return {
    rows: Math.max(defaults.rows, cells?.rowCount ?? worksheet.rowCount),
    columns: Math.max(defaults.columns, cells?.columnCount ?? worksheet.columnCount),
  };
}
