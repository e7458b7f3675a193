/**
 * One sheet of the local spreadsheet into an exceljs worksheet: cells (values, formulas, number formats, fills,
 * bold, font colour, alignment, wrapping, notes), frozen panes, visibility, column widths, conditional formats,
 * the filter's range (as an autoFilter), sheet protection, and what `carried.ts` carries (merged ranges, error
 * values read as such).
 *
 * Choices: dates are written as their serial number with their format (exactly what the sheet stores, so no
 * time-zone shift); formulas are written without a cached result and the workbook asks Excel to recalculate on
 * open, except text Sheets could not parse as a formula (`+57 301...`, shown as `#ERROR!`), which is written as
 * the text typed, since an invalid formula would make Excel repair the file; text is never written as a formula,
 * and text a spreadsheet would run or convert if it were typed (`=HYPERLINK(...)`, `@SUM(...)`, `-2+3`, `007`,
 * `TRUE`: see `needsQuotePrefix`) is listed so `quote-prefix.ts` gives its cell a quote prefix; every character
 * of text is kept (`text-escape.ts`); a sheet protection is written without a password, so Excel shows it as
 * protected but lets the user unprotect it in one click, the closest thing Excel has to Sheets' warning-only
 * protection.
 */
import type ExcelJS from 'exceljs';
import { a1Of } from '../spreadsheet/a1';
import { needsQuotePrefix } from '../../core/data/formula-escape';
import { type Cell, hasContent } from '../spreadsheet/cell';
import { toArgb } from '../spreadsheet/colors';
import { PARSE_ERROR_VALUE } from '../spreadsheet/input';
import { AUTOMATIC_FORMAT } from '../spreadsheet/limits';
import type { SheetModel } from '../spreadsheet/sheet-model';
import { carriedMerges, isCarriedError } from './carried';
import { sqrefOf, toExcelRule } from './conditional-formats';
import { escapeXlsxText } from './text-escape';

/** Sheets measures columns in pixels, Excel in characters of about 7 pixels. */
export const PIXELS_PER_CHARACTER = 7;

/** What one sheet's cells need once the workbook is written: the cells to give a quote prefix. */
export interface WrittenSheet {
  /** The worksheet's id: its part is `xl/worksheets/sheet<id>.xml`. */
  id: number;
  /** A1 references of the text cells to mark with a quote prefix. */
  quoted: string[];
}

/** Writes `cell` into `target`; returns true when it is text that needs a quote prefix. */
function writeCell(target: ExcelJS.Cell, cell: Cell): boolean {
  let text: string | null = null;
  if (cell.formula !== undefined && cell.value === PARSE_ERROR_VALUE) text = cell.formula.slice(1);
  else if (cell.formula !== undefined) target.value = { formula: cell.formula.slice(1), date1904: false };
  else if (isCarriedError(cell)) target.value = { error: cell.value as ExcelJS.CellErrorValue['error'] };
  else if (typeof cell.value === 'string') text = cell.value;
  else target.value = cell.value;
  if (text) target.value = escapeXlsxText(text);
  const style = cell.style;
  if (style?.numberFormat !== undefined && style.numberFormat !== AUTOMATIC_FORMAT)
    target.numFmt = style.numberFormat;
  if (style?.background)
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: toArgb(style.background) } };
  if (style?.fontWeight || style?.fontColor) {
    const font: Partial<ExcelJS.Font> = {};
    if (style.fontWeight === 'bold') font.bold = true;
    if (style.fontColor) font.color = { argb: toArgb(style.fontColor) };
    target.font = font;
  }
  if (style?.horizontalAlignment || style?.wrapStrategy === 'WRAP') {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.horizontalAlignment) alignment.horizontal = style.horizontalAlignment;
    if (style.wrapStrategy === 'WRAP') alignment.wrapText = true;
    target.alignment = alignment;
  }
  if (cell.note !== undefined) {
    target.note = escapeXlsxText(cell.note);
    // exceljs writes no element for a cell without a value or a format, and then reads its note nowhere: an
    // empty alignment (the default one) gives it a format of its own.
    if (target.value === null && !style?.horizontalAlignment && style?.wrapStrategy !== 'WRAP')
      target.alignment = {};
  }
  return text !== null && needsQuotePrefix(text);
}

/**
 * Merges the ranges read with `sheet` (see `carried.ts`) where their top-left cell still is, when every other
 * cell of the range is still empty and the range neither leaves the grid nor overlaps one merged before.
 */
function writeMerges(worksheet: ExcelJS.Worksheet, sheet: SheetModel): void {
  const merges = carriedMerges(sheet);
  if (merges.length === 0) return;
  const places = new Map<Cell, { row: number; column: number }>();
  sheet.rows.forEach((line, r) =>
    line?.forEach((cell, c) => {
      if (cell) places.set(cell, { row: r + 1, column: c + 1 });
    }),
  );
  for (const { master, rows, columns } of merges) {
    const place = places.get(master);
    if (!place || rows * columns < 2) continue;
    const bottom = place.row + rows - 1;
    const right = place.column + columns - 1;
    if (bottom > sheet.maxRows || right > sheet.maxColumns) continue;
    let covered = false;
    for (let r = place.row; r <= bottom && !covered; r += 1)
      for (let c = place.column; c <= right && !covered; c += 1)
        covered = (r !== place.row || c !== place.column) && hasContent(sheet.cell(r, c));
    if (covered) continue;
    try {
      // Without style: each cell of the range keeps its own (borders, fills), as the file had them.
      worksheet.mergeCellsWithoutStyle(place.row, place.column, bottom, right);
    } catch {
      // exceljs refuses a range that overlaps a merged one: the first merge wins.
    }
  }
}

/** Adds `sheet` to `workbook` as a new worksheet. */
export async function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetModel): Promise<WrittenSheet> {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: frozen ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [],
  });
  const quoted: string[] = [];
  sheet.rows.forEach((line, r) =>
    line?.forEach((cell, c) => {
      if (!cell) return;
      const target = worksheet.getCell(r + 1, c + 1);
      if (writeCell(target, cell)) quoted.push(target.address);
    }),
  );
  writeMerges(worksheet, sheet);
  for (const [column, width] of sheet.columnWidths)
    worksheet.getColumn(column).width = width / PIXELS_PER_CHARACTER;
  sheet.rules.forEach((rule, i) =>
    worksheet.addConditionalFormatting({ ref: sqrefOf(rule), rules: [toExcelRule(rule, i + 1)] }),
  );
  if (sheet.filter)
    worksheet.autoFilter = a1Of({ ...sheet.filter.grid, endRowOpen: false, endColumnOpen: false });
  if (sheet.protections.some((p) => p.type === 'SHEET')) await worksheet.protect('', {});
  return { id: worksheet.id, quoted };
}
