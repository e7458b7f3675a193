/**
 * A small RFC 4180-style CSV reader for the bundled UCI sample and for rosters exported as CSV. The UCI files
 * use `;` as the separator and double quotes around text; both are handled, along with `""` escapes, quoted
 * separators and line breaks, and CRLF line endings. Values come back as strings; typing is the caller's job,
 * because only the caller knows which columns are numbers.
 */

export interface ParsedCsv {
  header: string[];
  rows: string[][];
}

/** Parses CSV text into a header and rows. Throws `RangeError` naming the line when a row's width differs. */
export function parseCsv(text: string, separator = detectSeparator(text)): ParsedCsv {
  const records = splitRecords(text.replace(/^\uFEFF/, ''), separator);
  const header = records.shift();
  if (!header) return { header: [], rows: [] };
  records.forEach((record, index) => {
    if (record.length !== header.length) {
      throw new RangeError(
        `CSV line ${index + 2} has ${record.length} fields where the header has ${header.length}.`,
      );
    }
  });
  return { header, rows: records };
}

/** Picks `;` when the first line has more semicolons than commas (the UCI files), otherwise `,`. */
export function detectSeparator(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // One more piece than separators for each, so comparing pieces compares separators.
  const pieces = (ch: string) => firstLine.split(ch).length;
  return pieces(';') > pieces(',') ? ';' : ',';
}

function splitRecords(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      record.push(field);
      if (!(record.length === 1 && record[0] === '')) records.push(record);
      record = [];
      // The LF of a CRLF then reads as an empty line, which is skipped like any other.
      field = '';
    } else field += ch;
    i += 1;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
