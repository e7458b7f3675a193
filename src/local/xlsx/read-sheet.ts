/**
 * One exceljs worksheet into a sheet of the local spreadsheet, the inverse of `write-sheet.ts`. Cells are stored
 * as they are in the file (text that starts with `=` stays text, with or without a quote prefix; it is not
 * re-read as user input), every character included (exceljs decodes the `_xHHHH_` escapes). A merged range
 * keeps its value in its top-left cell only, as in Sheets, and is carried to the writer with error values (see
 * `carried.ts`). The grid is at least Sheets' default 1,000 × 26, larger when the data is; a passwordless Excel
 * protection becomes a warning-only sheet protection, a password-protected one a full protection.
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

/**
 * Copies a worksheet's content into `sheet`, whose grid must already be large enough.
 * @throws RangeError naming the cell when one holds more text than a Sheets cell can (50,000 characters).
 */
export function readSheet(worksheet: ExcelJS.Worksheet, sheet: SheetModel): void {
  // Empty cells too (exceljs skips them and rows of them by default): one may hold a note or a format.
  worksheet.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (source, c) => {
      const { value, formula, error } = valueOf(source);
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
      if (!isBare(cell)) (sheet.rows[r - 1] ??= [])[c - 1] = cell;
    }),
  );
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

/** The grid a worksheet needs: its used extent, but never less than Sheets' 1,000 × 26 default. */
export function gridSizeOf(worksheet: ExcelJS.Worksheet, defaults: { rows: number; columns: number }) {
  return {
    rows: Math.max(defaults.rows, worksheet.rowCount),
    columns: Math.max(defaults.columns, worksheet.columnCount),
  };
}
