/**
 * One sheet of the local spreadsheet into an exceljs worksheet: cells (values, formulas, number formats, fills,
 * bold, font colour, alignment, wrapping, notes), the height of rows with wrapped text (`row-heights.ts`),
 * frozen panes, visibility, column widths and hidden columns
 * (`columns.ts`), conditional formats,
 * the filter's range (as an autoFilter), sheet protection, and what `carried.ts` carries (merged ranges, error
 * values read as such).
 *
 * Choices: dates are written as their serial number with their format (exactly what the sheet stores, so no
 * time-zone shift); formulas are written without a cached result and the workbook asks Excel to recalculate on
 * open, except text Sheets could not parse as a formula (`+57 301...`, shown as `#ERROR!`), which is written as
 * the text typed, since an invalid formula would make Excel repair the file; text is never written as a formula,
 * and text a spreadsheet would run or convert if it were typed (`=HYPERLINK(...)`, `@SUM(...)`, `-2+3`, `007`,
 * `TRUE`: see `needsQuotePrefix`) is marked so `quote-prefix.ts` gives its cell a quote prefix; every character
 * of text is kept (`text-escape.ts`); a sheet protection is written without a password, so Excel shows it as
 * protected but lets the user unprotect it in one click, the closest thing Excel has to Sheets' warning-only
 * protection.
 */
import type ExcelJS from 'exceljs';
import { type Grid, a1Of } from '../spreadsheet/a1';
import { needsQuotePrefix } from '../../core/data/formula-escape';
import { type Cell, hasContent } from '../spreadsheet/cell';
import { toArgb } from '../spreadsheet/colors';
import { PARSE_ERROR_VALUE } from '../spreadsheet/input';
import { AUTOMATIC_FORMAT, DEFAULT_COLUMN_WIDTH } from '../spreadsheet/limits';
import type { SheetModel } from '../spreadsheet/sheet-model';
import { carriedMerges, isCarriedError } from './carried';
import { writeColumns } from './columns';
import { wrappedRowHeight } from './row-heights';
import { sqrefOf, toExcelRule } from './conditional-formats';
import { QUOTE_PREFIX_MARKER } from './quote-prefix';
import { escapeXlsxText } from './text-escape';

/** The font exceljs gives a workbook by default (styles.xml's first font). */
const DEFAULT_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, family: 2, scheme: 'minor' };

/** Kept here too for the reader (`read-sheet.ts`), which imports it from this module. */
export { PIXELS_PER_CHARACTER } from './columns';

/** What one sheet's cells need once the workbook is written. */
export interface WrittenSheet {
  /** True when some text cell was marked for a quote prefix (see `quote-prefix.ts`). */
  quoted: boolean;
  /** True when some cell holds a formula. */
  formulas: boolean;
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
    // The workbook's default font named in full: a font with only `bold` set is shown by LibreOffice in its
    // own default (a serif), not the sheet's.
    const font: Partial<ExcelJS.Font> = { ...DEFAULT_FONT };
    if (style.fontWeight === 'bold') font.bold = true;
    if (style.fontColor) font.color = { argb: toArgb(style.fontColor) };
    target.font = font;
  }
  const aligned = Boolean(
    style?.horizontalAlignment || style?.verticalAlignment || style?.wrapStrategy === 'WRAP',
  );
  if (style && aligned) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.horizontalAlignment) alignment.horizontal = style.horizontalAlignment;
    if (style.verticalAlignment) alignment.vertical = style.verticalAlignment;
    if (style.wrapStrategy === 'WRAP') alignment.wrapText = true;
    target.alignment = alignment;
  }
  const quoted = text !== null && needsQuotePrefix(text);
  if (quoted) target.protection = { ...QUOTE_PREFIX_MARKER };
  if (cell.note !== undefined) {
    target.note = escapeXlsxText(cell.note);
    // exceljs writes no element for a cell without a value or a format, and then reads its note nowhere: an
    // empty alignment (the default one) gives it a format of its own.
    if (target.value === null && !aligned) target.alignment = {};
  }
  return quoted;
}

/**
 * The merged ranges read with `sheet` (see `carried.ts`) that can still be merged, by the row of their top-left
 * cell: where that cell still is, when every other cell of the range is still empty and the range neither
 * leaves the grid nor overlaps one listed before (the first wins).
 */
function mergesByRow(sheet: SheetModel): Map<number, Grid[]> {
  const byRow = new Map<number, Grid[]>();
  const merges = carriedMerges(sheet);
  if (merges.length === 0) return byRow;
  const places = new Map<Cell, { row: number; column: number }>();
  sheet.rows.forEach((line, r) =>
    line?.forEach((cell, c) => {
      if (cell) places.set(cell, { row: r + 1, column: c + 1 });
    }),
  );
  const taken: Grid[] = [];
  for (const { master, rows, columns } of merges) {
    const place = places.get(master);
    if (!place || rows * columns < 2) continue;
    const grid: Grid = { row: place.row, column: place.column, numRows: rows, numColumns: columns };
    if (place.row + rows - 1 > sheet.maxRows || place.column + columns - 1 > sheet.maxColumns) continue;
    if (taken.some((other) => overlaps(grid, other))) continue;
    let covered = false;
    for (let r = place.row; r < place.row + rows && !covered; r += 1)
      for (let c = place.column; c < place.column + columns && !covered; c += 1)
        covered = (r !== place.row || c !== place.column) && hasContent(sheet.cell(r, c));
    if (covered) continue;
    taken.push(grid);
    byRow.set(place.row, [...(byRow.get(place.row) ?? []), grid]);
  }
  return byRow;
}

function overlaps(a: Grid, b: Grid): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

/**
 * Merges `grid` in a worksheet whose rows from its top are not written yet. exceljs gives every cell of the
 * range the top-left cell's format; each is given back its own, as the file had them (borders, fills), when its
 * row is written, so here the copies are cleared.
 */
function merge(worksheet: ExcelJS.Worksheet, grid: Grid): void {
  worksheet.mergeCells(grid.row, grid.column, grid.row + grid.numRows - 1, grid.column + grid.numColumns - 1);
  for (let r = grid.row; r < grid.row + grid.numRows; r += 1)
    for (let c = grid.column; c < grid.column + grid.numColumns; c += 1)
      if (r !== grid.row || c !== grid.column) worksheet.getCell(r, c).style = {};
}

/**
 * Adds `sheet` to the streaming `workbook` as a new worksheet and writes it out row by row: each row is handed
 * to the package as soon as it is written, so a sheet of 100,000 rows is never held twice in memory.
 */
export async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: SheetModel,
  active: boolean,
): Promise<WrittenSheet> {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  // The active sheet's tab is selected as well as named in the workbook's view: Excel wants both. exceljs
  // writes `tabSelected`, though its types leave it out.
  const selected = active ? { tabSelected: true } : {};
  const views = frozen
    ? [{ ...selected, state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
    : active
      ? [{ ...selected, state: 'normal' }]
      : [];
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: views as Partial<ExcelJS.WorksheetView>[],
    // Printed across: a spreadsheet's sheets are wider than tall (Sheets asks at print time; a file must say).
    pageSetup: { orientation: 'landscape' },
  });
  // Columns, rules, the filter and protection first: a streamed sheet writes its columns with its first row.
  writeColumns(worksheet, sheet);
  sheet.rules.forEach((rule, i) =>
    worksheet.addConditionalFormatting({ ref: sqrefOf(rule), rules: [toExcelRule(rule, i + 1)] }),
  );
  if (sheet.filter)
    worksheet.autoFilter = a1Of({ ...sheet.filter.grid, endRowOpen: false, endColumnOpen: false });
  if (sheet.protections.some((p) => p.type === 'SHEET')) await worksheet.protect('', {});

  const merges = mergesByRow(sheet);
  const widthOf = (column: number) => sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  const written: WrittenSheet = { quoted: false, formulas: false };
  sheet.rows.forEach((line, r) => {
    if (!line && !merges.has(r + 1)) return;
    for (const grid of merges.get(r + 1) ?? []) merge(worksheet, grid);
    const row = worksheet.getRow(r + 1);
    line?.forEach((cell, c) => {
      if (!cell) return;
      if (writeCell(row.getCell(c + 1), cell)) written.quoted = true;
      if (cell.formula !== undefined) written.formulas = true;
    });
    const height = line && wrappedRowHeight(line, widthOf, sheet.hiddenColumns);
    if (height !== undefined) row.height = height;
    row.commit();
  });
  worksheet.commit();
  return written;
}
