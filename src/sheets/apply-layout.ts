/**
 * A `SheetLayout` (layouts/layout.ts) as spreadsheet calls, batched as the speed rules ask: setting up a sheet
 * costs one call per run of equal widths and per run of hidden columns, plus four for the header row's
 * wrapping and notes and the frozen row, whatever the rows; styling a block of rows costs one to four calls
 * (number formats; wrapping and vertical alignment where text wraps; weight below a header), each over the
 * whole block, whatever its size. Sheets gives an inserted row the formats of the row above it: rows right
 * below the header are given every style, or they would be bold and wrapped like it; rows below other rows
 * are given their number formats (what the local runtime and the .xlsx need, since they copy nothing), and
 * wrapping where the layout wraps.
 */
import type { CellValue } from '../jobs/ports';
import { type SheetLayout, blockStyles, headerNotes } from './layouts/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * The header row wrapped and frozen with its notes (the legend on A1), the widths and the hidden columns. The
 * header's values and weight are the writer's: a record writes its header once, a table with every rewrite.
 */
export function layOutColumns(sheet: Sheet, layout: SheetLayout): void {
  const header = sheet.getRange(1, 1, 1, layout.columns.length);
  header.setWrap(true);
  const notes = headerNotes(layout);
  if (notes.some((note) => note !== '')) header.setNotes([notes]);
  sheet.setFrozenRows(1);
  for (const run of runs(layout, (c) => (c.hidden ? undefined : c.width)))
    sheet.setColumnWidths(run.start, run.count, run.value);
  for (const run of runs(layout, (c) => (c.hidden ? true : undefined)))
    sheet.hideColumns(run.start, run.count);
}

/**
 * True when `sheet`, which has `layout`'s header, lacks its legend on A1: it was made by an earlier PassCompass
 * (or the note was removed), so `layOutColumns` should run once more. One call; false, with no call, for a
 * layout without a legend.
 */
export function lacksLayout(sheet: Sheet, layout: SheetLayout): boolean {
  return layout.legend !== '' && sheet.getRange(1, 1).getNote() !== headerNotes(layout)[0];
}

/**
 * The number formats of `rows`, just written to `range` (the rows in `layout`'s columns), and what else they
 * need: wrapping and the vertical alignment where the layout wraps text, and, for rows right below a header
 * (`belowHeader`), the plain weight and no wrapping that Sheets would otherwise copy from the header. Rows
 * further down take those from the row above. Reusing the range of the write saves a call.
 */
export function styleBlock(
  range: Range,
  rows: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  timeFormat: () => string,
  belowHeader: boolean,
): void {
  if (rows.length === 0) return;
  const styles = blockStyles(layout, rows, timeFormat);
  const wraps = layout.columns.some((c) => c.wrap);
  range.setNumberFormats(styles.formats);
  if (wraps || belowHeader) range.setWraps(styles.wraps);
  if (belowHeader) range.setFontWeights(styles.weights);
  // Without wrapped text every row is one line high, and where it sits in its cell cannot be seen.
  if (wraps) range.setVerticalAlignments(styles.alignments);
}

/** Runs of adjacent columns (1-based) with the same defined `value`. */
function runs<T>(
  layout: SheetLayout,
  valueOf: (column: SheetLayout['columns'][number]) => T | undefined,
): { start: number; count: number; value: T }[] {
  const found: { start: number; count: number; value: T }[] = [];
  layout.columns.forEach((column, i) => {
    const value = valueOf(column);
    if (value === undefined) return;
    const last = found[found.length - 1];
    if (last && last.value === value && last.start + last.count === i + 1) last.count += 1;
    else found.push({ start: i + 1, count: 1, value });
  });
  return found;
}
