/**
 * Reads an .xlsx package with exceljs, its large worksheets in parts (`large-sheet.ts`) so that a roster of
 * 100,000 students fits the runner's memory. A worksheet part over `sheetBytes` of XML is large; the workbook is
 * then read once without the rows of its large worksheets (which gives every other sheet, and the large ones'
 * names, views, columns, merged ranges, conditional formats, filter and protection), and each large worksheet's
 * cells are read part by part.
 *
 * Reading in parts must give what reading the whole workbook gives. Where it could not (a layout `sheet-xml.ts`
 * or `part-xml.ts` does not read), and whenever it fails, the workbook is read whole, as before: a package that
 * cannot be read then fails with exceljs's own error.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type LoadPart, readLargeSheet } from './large-sheet';
import { PartTail } from './part-xml';
import { preparePackage } from './prepare-package';
import type { ReadCells } from './read-sheet';
import { NotInParts, type SheetFrame, sheetRows } from './sheet-xml';

export interface Chunking {
  /** A worksheet whose XML is larger than this (bytes, uncompressed) is read in parts. */
  sheetBytes: number;
  /** About how many bytes of rows each part holds. */
  partBytes: number;
}

const MB = 1024 * 1024;

/**
 * Measured on a roster of 100,000 students and 33 columns (104 MB of worksheet XML), reading alone: 1.8 GB peak
 * resident read whole, 0.66-0.89 GB in parts of 2-16 MB (0.78 GB at 4 MB), in the same 25 s. A worksheet under
 * 16 MB (about 15,000 such rows) reads whole within the runner's 1 GB heap.
 */
export const CHUNKING: Chunking = { sheetBytes: 16 * MB, partBytes: 4 * MB };

export interface LoadedPackage {
  workbook: ExcelJS.Workbook;
  /** The cells of the worksheets read in parts (their worksheet in `workbook` has no rows). */
  inParts: Map<ExcelJS.Worksheet, ReadCells>;
}

/** What exceljs takes for a worksheet (its own test: `xl/worksheets/sheetN.xml`, anywhere in the name). */
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
/** What a part's package needs besides its worksheet and that worksheet's links: what exceljs reads a cell with. */
const FOR_CELLS = [
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/comments\d+\.xml$/,
  /^xl\/drawings\//,
  /^xl\/tables\//,
];

function uncompressedSize(entry: JSZip.JSZipObject): number {
  // JSZip keeps each entry's size from the archive's directory, but does not declare it.
  return (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}

/** The text around the rows of `entry`; null when it is not read in parts. */
async function frameOf(entry: JSZip.JSZipObject): Promise<SheetFrame | null> {
  const frame = { head: '', tail: '' };
  try {
    // Read through once: the rows must all be laid out as parts are cut, and the frame is filled in.
    for await (const _row of sheetRows(entry, frame));
    // So must the merged ranges (this throws NotInParts when they are not).
    new PartTail(frame.tail);
    return frame;
  } catch (error) {
    if (error instanceof NotInParts) return null;
    throw error;
  }
}

/** Loads, for the worksheet at `path` in `base`, a package whose worksheet is a part's XML. */
async function partLoader(base: JSZip, path: string): Promise<LoadPart> {
  const links = path.replace(/^xl\/worksheets\//, 'xl/worksheets/_rels/') + '.rels';
  const kept: [string, Uint8Array][] = [];
  for (const entry of Object.values(base.files)) {
    if (!entry.dir && (entry.name === links || FOR_CELLS.some((re) => re.test(entry.name))))
      kept.push([entry.name, await entry.async('uint8array')]);
  }
  return async (xml) => {
    const pack = new JSZip();
    for (const [name, data] of kept) pack.file(name, data);
    pack.file(path, Buffer.from(xml, 'utf8'));
    const workbook = new ExcelJS.Workbook();
    const data = await pack.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    const [worksheet, ...others] = workbook.worksheets;
    if (!worksheet || others.length > 0) throw new Error(`the part of ${path} is not one worksheet`);
    return worksheet;
  };
}

/** The workbook in `data` with its large worksheets read in parts; null when none is. */
async function loadInParts(data: Buffer | ArrayBuffer, chunking: Chunking): Promise<LoadedPackage | null> {
  const source = await JSZip.loadAsync(data);
  const frames = new Map<JSZip.JSZipObject, SheetFrame>();
  for (const entry of Object.values(source.files)) {
    if (entry.dir || !WORKSHEET.test(entry.name) || uncompressedSize(entry) <= chunking.sheetBytes) continue;
    const frame = await frameOf(entry);
    if (frame) frames.set(entry, frame);
  }
  if (frames.size === 0) return null;
  // The workbook without the large worksheets' rows; the other parts stay compressed as they are.
  const base = await JSZip.loadAsync(data);
  for (const [entry, frame] of frames) base.file(entry.name, frame.head + frame.tail);
  const workbook = new ExcelJS.Workbook();
  const rowless = await base.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  await workbook.xlsx.load(rowless as unknown as ArrayBuffer);
  const inParts = new Map<ExcelJS.Worksheet, ReadCells>();
  for (const [entry, frame] of frames) {
    const loadPart = await partLoader(base, entry.name);
    const { name, cells } = await readLargeSheet(entry, frame, chunking.partBytes, loadPart);
    const worksheet = workbook.getWorksheet(name);
    if (!worksheet || inParts.has(worksheet)) throw new Error(`no worksheet of its own for ${entry.name}`);
    inParts.set(worksheet, cells);
  }
  return { workbook, inParts };
}

/**
 * The workbook in `data`, read by exceljs after `preparePackage`, with its large worksheets' cells read in parts.
 * @throws Error with the reason when it is not an .xlsx workbook (see `preparePackage`), or exceljs's error.
 */
export async function loadPackage(
  data: Buffer | ArrayBuffer,
  chunking: Chunking = CHUNKING,
): Promise<LoadedPackage> {
  const prepared = await preparePackage(data);
  // Any failure in parts is left to the whole read, which reads the workbook or fails with exceljs's reason.
  const loaded = await loadInParts(prepared, chunking).catch(() => null);
  if (loaded) return loaded;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(prepared as ArrayBuffer);
  return { workbook, inParts: new Map() };
}
