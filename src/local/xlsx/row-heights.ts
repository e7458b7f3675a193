/**
 * Heights of rows with wrapped text, for the .xlsx writer. Sheets grows such a row by itself; Excel and
 * LibreOffice use the height the file stores (LibreOffice 7.4 does not measure rows when it opens an .xlsx, so
 * without one, wrapped text runs over the rows above it). So the writer stores an estimate: the lines the
 * longest wrapped cell of the row needs, word by word, at 6 pixels a character, times Excel's default line
 * height for Calibri 11. Text in Calibri 11 or Arial 10 averages 5.5 to 6 pixels a character (LibreOffice, with
 * its wider substitute font and proportionally wider columns, put 62 characters on a line the estimate gives
 * 59), so the estimate errs on a line too many rather than too few.
 */
import type { Cell } from '../spreadsheet/cell';

/** Points per line of Calibri 11, Excel's default row height. */
export const POINTS_PER_LINE = 15;
/** Pixels per character of text, an upper estimate for Calibri 11 and Arial 10. */
const PIXELS_PER_CHARACTER = 6;
/** Pixels a cell keeps free at its left and right. */
const CELL_PADDING = 6;

/** Lines `text` takes when wrapped at word boundaries in a column `widthPx` pixels wide; a longer word is cut. */
export function linesNeeded(text: string, widthPx: number): number {
  const perLine = Math.max(1, Math.floor((widthPx - CELL_PADDING) / PIXELS_PER_CHARACTER));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(' ')) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= perLine) {
        used = needed;
        continue;
      }
      if (used > 0) lines += 1;
      lines += Math.floor(Math.max(0, word.length - 1) / perLine);
      used = word.length % perLine || Math.min(word.length, perLine);
    }
  }
  return lines;
}

/**
 * The height in points `line` needs for its wrapped cells to show whole, or undefined when one line is enough
 * (the row then keeps the default height). Cells of `hidden` columns do not count.
 */
export function wrappedRowHeight(
  line: readonly (Cell | undefined)[],
  widthOf: (column: number) => number,
  hidden: ReadonlySet<number>,
): number | undefined {
  let lines = 1;
  line.forEach((cell, i) => {
    if (cell?.style?.wrapStrategy !== 'WRAP' || cell.value === '' || hidden.has(i + 1)) return;
    lines = Math.max(lines, linesNeeded(String(cell.value), widthOf(i + 1)));
  });
  return lines > 1 ? lines * POINTS_PER_LINE : undefined;
}
