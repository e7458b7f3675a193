/**
 * A large worksheet read in parts, so that reading it needs memory for one part at a time besides its cells:
 * exceljs reads the whole workbook model at once (about 17 times the worksheet's XML at its peak, 1.8 GB for a
 * roster of 100,000 students and 33 columns), which the runner's 1 GB heap cannot hold.
 *
 * Each part is a small package that exceljs reads as it reads the whole workbook: the worksheet's own text
 * around its rows, a run of its rows (about `partBytes` of XML), and what those rows need from elsewhere in the
 * worksheet (`part-xml.ts`); the other parts exceljs reads (styles, shared strings, notes, the workbook's sheet
 * list) as they are. Its cells are read as `read-sheet.ts` reads a whole worksheet, and the part is dropped. The
 * rows of the parts follow each other from row 1 down, the last reaching to the end of the grid, so every row
 * (merged ranges below the last row of data too) is read with exactly one part.
 */
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { MAX_CELLS } from '../spreadsheet/limits';
import { PartTail, SharedMasters } from './part-xml';
import { type ReadCells, readCells } from './read-sheet';
import { type SheetFrame, type SheetRow, sheetRows } from './sheet-xml';

/** The worksheet exceljs reads from a package whose worksheet part is `xml`. */
export type LoadPart = (xml: string) => Promise<ExcelJS.Worksheet>;

/** Extends `cells`' counts with rows `from` to `to` of a part, as exceljs counts them for a whole worksheet. */
function count(worksheet: ExcelJS.Worksheet, from: number, to: number, cells: ReadCells): void {
  for (let r = from; r <= Math.min(to, worksheet.rowCount); r += 1) {
    const row = worksheet.findRow(r);
    if (!row) continue;
    cells.rowCount = r;
    if (row.hasValues) cells.columnCount = Math.max(cells.columnCount, row.cellCount);
  }
}

/**
 * The cells of the worksheet part `file`, whose text around the rows is `frame`, read in parts of about
 * `partBytes` of rows through `loadPart`; and the worksheet's name.
 */
export async function readLargeSheet(
  file: JSZip.JSZipObject,
  frame: SheetFrame,
  partBytes: number,
  loadPart: LoadPart,
): Promise<{ name: string; cells: ReadCells }> {
  const tail = new PartTail(frame.tail);
  const masters = new SharedMasters();
  const cells: ReadCells = { rows: [], rowCount: 0, columnCount: 0, error: null };
  const copies = new Map<string, string>();
  let name: string | null = null;
  let pending: SheetRow[] = [];
  let pendingBytes = 0;
  let from = 1;

  const readPart = async (to: number) => {
    const after = tail.forPart(from, to);
    const xml = frame.head + masters.rowsBefore(from) + pending.map((row) => row.xml).join('') + after.xml;
    // Masters are noted once their part is built: one of these rows may replace an earlier master that a
    // follower in these rows still uses.
    for (const row of pending) masters.see(row.xml, row.number);
    pending = [];
    pendingBytes = 0;
    const worksheet = await loadPart(xml);
    if (name !== null && worksheet.name !== name) throw new Error('a part of another worksheet');
    name = worksheet.name;
    count(worksheet, from, to, cells);
    // Past the first cell too long, or past the 10-million-cell limit, the read fails: only counting goes on
    // (the whole read counts every row before it fails; a later part may still be unreadable).
    if (!cells.error && cells.rowCount * cells.columnCount <= MAX_CELLS) {
      try {
        readCells(worksheet, cells.rows, { from, to, mergedAway: after.mergedAway }, copies);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        cells.error = error;
      }
    }
    from = to + 1;
  };

  for await (const row of sheetRows(file, { head: '', tail: '' })) {
    if (pendingBytes >= partBytes) await readPart(row.number - 1);
    pending.push(row);
    pendingBytes += row.xml.length;
  }
  await readPart(Number.POSITIVE_INFINITY);
  return { name: name ?? '', cells };
}
