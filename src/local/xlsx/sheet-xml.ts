/**
 * A worksheet part's XML read as a stream, row by row, for reading a large worksheet in parts (`large-sheet.ts`):
 * the text before the rows (up to and with `<sheetData>`), each `<row>` element as text with its number, and
 * the text after them (from `</sheetData>`). The worksheet is never held whole as one string.
 *
 * Only the plain layout every spreadsheet program writes is accepted: unprefixed `<row>` elements with
 * ascending `r` numbers and nothing else between them, and no comments, CDATA sections or processing
 * instructions inside the rows (where `</row>` could be text). Anything else throws `NotInParts`, and the
 * workbook is read whole, as before.
 */
import { PassThrough } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type JSZip from 'jszip';

/** Why a worksheet is not read in parts; the reader then reads the workbook whole. */
export class NotInParts extends Error {}

/** The text around a worksheet's rows. */
export interface SheetFrame {
  /** Everything up to and with the `<sheetData>` start tag. */
  head: string;
  /** Everything from the `</sheetData>` end tag. */
  tail: string;
}

export interface SheetRow {
  /** The `<row>` element, as in the file. */
  xml: string;
  /** Its `r` attribute. */
  number: number;
}

const SHEET_DATA_START = /<sheetData(?:\s[^>]*)?(\/?)>/;
const SHEET_DATA_END = /<\/sheetData\s*>/y;
const ROW_START = /<row[\s>/]/y;
const ROW_NUMBER = /\sr\s*=\s*(["'])(\d+)\1/;
const SPACE = /\s*/y;
// Where `</row>` could be text rather than markup.
const NOT_MARKUP = /<!|<\?/;

function rowNumber(startTag: string, previous: number): number {
  const found = ROW_NUMBER.exec(startTag);
  const number = found ? Number(found[2]) : Number.NaN;
  // exceljs numbers rows by `r` alone; a part must hold every row it would put in that part.
  if (!(number > previous)) throw new NotInParts('rows without ascending numbers');
  return number;
}

/**
 * The rows of the worksheet part `file`, in order; `frame` is filled in as they are read (its `tail` once the
 * last row is given).
 * @throws NotInParts when the worksheet is not laid out as this reads it.
 */
export async function* sheetRows(file: JSZip.JSZipObject, frame: SheetFrame): AsyncGenerator<SheetRow> {
  const decoder = new StringDecoder('utf8');
  let text = '';
  let phase: 'head' | 'rows' | 'tail' = 'head';
  let previous = 0;
  // JSZip's stream is an old-style one, without async iteration.
  const stream = file.nodeStream('nodebuffer').pipe(new PassThrough());
  for await (const piece of stream as AsyncIterable<Buffer>) {
    text += decoder.write(piece);
    if (phase === 'head') {
      const start = SHEET_DATA_START.exec(text);
      if (!start) continue;
      if (start[1]) throw new NotInParts('no rows');
      const end = start.index + start[0].length;
      frame.head = text.slice(0, end);
      text = text.slice(end);
      phase = 'rows';
    }
    if (phase === 'tail') {
      frame.tail += text;
      text = '';
      continue;
    }
    let at = 0;
    for (;;) {
      SPACE.lastIndex = at;
      SPACE.exec(text);
      at = SPACE.lastIndex;
      ROW_START.lastIndex = at;
      if (ROW_START.test(text)) {
        const startEnd = text.indexOf('>', at);
        if (startEnd < 0) break;
        const end = text[startEnd - 1] === '/' ? startEnd + 1 : text.indexOf('</row>', startEnd);
        if (end < 0) break;
        const xml = text.slice(at, text[startEnd - 1] === '/' ? end : end + '</row>'.length);
        if (NOT_MARKUP.test(xml)) throw new NotInParts('a comment, CDATA or instruction among the rows');
        previous = rowNumber(text.slice(at, startEnd + 1), previous);
        at += xml.length;
        yield { xml, number: previous };
        continue;
      }
      SHEET_DATA_END.lastIndex = at;
      if (SHEET_DATA_END.test(text)) {
        frame.tail = text.slice(at);
        phase = 'tail';
        at = text.length;
        break;
      }
      // Too little text left to tell (a start tag cut by the stream), or something that is not a row.
      if (text.length - at < '</sheetData>'.length) break;
      throw new NotInParts('something other than rows in the sheet data');
    }
    text = text.slice(at);
  }
  frame.tail += text + decoder.end();
  if (phase !== 'tail') throw new NotInParts('no end of the sheet data');
}
