/**
 * Copying one sheet's cells and layout into another, for `insertSheet({ template })`. Rules, filter,
 * protections and charts are not copied (Sheets copies some of them; the add-on does not rely on it).
 */
import { copyCell } from './cell';
import type { SheetModel } from './sheet-model';

/** Copies cells, frozen rows and columns, column widths and hidden columns from `from` into the new sheet `to`. */
export function copySheetContent(from: SheetModel, to: SheetModel): void {
  to.rows = from.rows.map((line) => line?.map((cell) => (cell ? copyCell(cell) : undefined)));
  to.frozenRows = from.frozenRows;
  to.frozenColumns = from.frozenColumns;
  to.columnWidths = new Map(from.columnWidths);
  to.hiddenColumns = new Set(from.hiddenColumns);
}
