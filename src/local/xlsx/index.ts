/**
 * The workbook (.xlsx) bridge of the local runtime, through exceljs: `writeXlsx` saves a local spreadsheet so a
 * teacher can open the demo's result in Excel or LibreOffice (or import it into Google Sheets), and `readXlsx`
 * loads a workbook into a local spreadsheet, so a school without Google can still run the add-on.
 *
 * Kept both ways: sheets in order (and hidden ones), values (numbers, text with every character, booleans,
 * dates, formulas, error values), number formats, backgrounds, bold, font colours, horizontal alignment,
 * wrapping, notes, frozen rows and columns, column widths and hidden columns (`columns.ts`), conditional
 * formats (boolean text/number/formula rules and colour scales), the filter's range, sheet protection
 * (warning-only ⇔ no password), named ranges, merged ranges read from a file (see `carried.ts`), the active
 * sheet (the sheet the workbook opens on), and the spreadsheet's name (as the title).
 * Lost: filter criteria, range protections, protection descriptions, charts, the exact grid size (read back
 * as at least 1,000 × 26), whether a range was open-ended (`A2:A` reads back as `A2:A1000`), the time zone
 * (dates keep their wall-clock reading; pass `timeZone` to `readXlsx`), formula results (there are none), and a
 * note on a cell of a file made elsewhere that has neither a value nor a format (exceljs drops such a cell).
 *
 * Text is never written as a formula, and text a spreadsheet would run or convert gets a quote prefix
 * (`quote-prefix.ts`); text read from a file stays text, quote prefix or not. A package is looked at before
 * exceljs reads it (`prepare-package.ts`): what is not a workbook is refused with the reason, and notes written
 * by openpyxl are made readable.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CallLog } from '../call-log';
import type { Realm } from '../realm';
import { a1Of, gridOf, parseA1, quoteSheetName } from '../spreadsheet/a1';
import { INTERNAL } from '../spreadsheet/context';
import { DEFAULT_COLUMNS, DEFAULT_ROWS } from '../spreadsheet/limits';
import { LocalSpreadsheet } from '../spreadsheet/spreadsheet';
import { readHiddenColumns } from './columns';
import { fixPackage } from './quote-prefix';
import { type Chunking, loadPackage } from './read-package';
import { type ReadCells, gridSizeOf, readSheet } from './read-sheet';
import { writeSheet } from './write-sheet';

export interface ReadXlsxOptions {
  calls: CallLog;
  realm?: Realm;
  /** The spreadsheet's name; the workbook's title (or `Untitled spreadsheet`) when absent. */
  name?: string;
  id?: string;
  /** The zone the workbook's dates are read in (their wall-clock reading is kept). */
  timeZone?: string;
  /** When a worksheet is large enough to be read in parts (`read-package.ts`); tests force parts with it. */
  chunking?: Chunking;
}

/**
 * The .xlsx package of `spreadsheet`, written with exceljs's streaming writer: each row goes into the compressed
 * package as it is written, so saving a roster of 100,000 students needs little memory beyond the spreadsheet.
 */
async function toPackage(spreadsheet: LocalSpreadsheet): Promise<Buffer> {
  const book = spreadsheet[INTERNAL];
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const drained = new Promise((resolve, reject) => sink.on('end', resolve).on('error', reject));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    // Shared strings, as Excel writes text (without them exceljs writes `t="str"`, a formula's result).
    useSharedStrings: true,
  });
  // The core properties are written from the writer itself; exceljs's types only declare `title` on Workbook.
  (workbook as { title?: string }).title = book.name;
  const fixes = { quotePrefixes: false, fullCalcOnLoad: false };
  // The workbook opens on the spreadsheet's active sheet, as Sheets reopens a spreadsheet on it.
  const active = Math.max(0, book.active ? book.sheets.indexOf(book.active) : 0);
  workbook.views = [
    { x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, activeTab: active, visibility: 'visible' },
  ];
  for (const [i, sheet] of book.sheets.entries()) {
    const written = await writeSheet(workbook, sheet, i === active);
    fixes.quotePrefixes ||= written.quoted;
    fixes.fullCalcOnLoad ||= written.formulas;
  }
  for (const [name, ref] of book.namedRanges) {
    const absolute = a1Of({ ...ref.grid, endRowOpen: false, endColumnOpen: false }).replace(
      /([A-Z]+)(\d+)/g,
      '$$$1$$$2',
    );
    workbook.definedNames.add(`${quoteSheetName(ref.sheet.name)}!${absolute}`, name);
  }
  await workbook.commit();
  await drained;
  return fixPackage(Buffer.concat(chunks), fixes);
}

function fromWorkbook(
  workbook: ExcelJS.Workbook,
  options: ReadXlsxOptions,
  inParts: Map<ExcelJS.Worksheet, ReadCells>,
): LocalSpreadsheet {
  const spreadsheet = new LocalSpreadsheet({
    calls: options.calls,
    ...(options.realm ? { realm: options.realm } : {}),
    ...(options.id ? { id: options.id } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    name: options.name ?? (workbook.title || 'Untitled spreadsheet'),
  });
  const book = spreadsheet[INTERNAL];
  const defaults = { rows: DEFAULT_ROWS, columns: DEFAULT_COLUMNS };
  if (workbook.worksheets.length === 0) throw new Error('it holds no worksheets');
  workbook.worksheets.forEach((worksheet, i) => {
    const cells = inParts.get(worksheet);
    const size = gridSizeOf(worksheet, defaults, cells);
    let sheet = book.sheets[0];
    if (i === 0 && sheet) {
      // The new spreadsheet's `Sheet1` becomes the first worksheet, keeping sheet id 0 as in Sheets.
      sheet.name = worksheet.name;
      book.assertRoomFor(size.rows * size.columns - sheet.gridCells());
      sheet.maxRows = size.rows;
      sheet.maxColumns = size.columns;
    } else {
      sheet = book.addSheet(worksheet.name, book.sheets.length, size.rows, size.columns);
    }
    readSheet(worksheet, sheet, cells);
    readHiddenColumns(worksheet, sheet);
  });
  // The sheet the workbook opens on, when it is visible; else the first visible one.
  const opened = book.sheets[workbook.views?.[0]?.activeTab ?? -1];
  book.active =
    (opened && !opened.hidden ? opened : null) ??
    book.sheets.find((s) => !s.hidden) ??
    book.sheets[0] ??
    null;
  for (const { name, ranges } of workbook.definedNames.model) {
    const reference = ranges[0] ? parseA1(ranges[0]) : null;
    const sheet = reference?.sheetName ? book.findSheet(reference.sheetName) : null;
    if (reference && sheet)
      book.namedRanges.set(name, { sheet, grid: gridOf(reference, sheet.maxRows, sheet.maxColumns) });
  }
  return spreadsheet;
}

/** Saves `spreadsheet` as an .xlsx file at `path`. */
export async function writeXlsx(spreadsheet: LocalSpreadsheet, path: string): Promise<void> {
  await writeFile(path, await toPackage(spreadsheet));
}

/** The .xlsx file of `spreadsheet`, in memory. */
export async function writeXlsxBuffer(spreadsheet: LocalSpreadsheet): Promise<Buffer> {
  return toPackage(spreadsheet);
}

/**
 * Loads the .xlsx file at `path` into a new local spreadsheet. Reading records no calls.
 * @throws RangeError when the workbook exceeds the 10-million-cell limit, or a cell holds more than 50,000
 * characters (the message names it); Error with the reason when the file is not an .xlsx workbook.
 */
export async function readXlsx(path: string, options: ReadXlsxOptions): Promise<LocalSpreadsheet> {
  return readXlsxBuffer(await readFile(path), options);
}

/** `readXlsx` from bytes in memory. */
export async function readXlsxBuffer(
  data: Buffer | ArrayBuffer,
  options: ReadXlsxOptions,
): Promise<LocalSpreadsheet> {
  const { workbook, inParts } = await loadPackage(data, options.chunking);
  return fromWorkbook(workbook, options, inParts);
}
