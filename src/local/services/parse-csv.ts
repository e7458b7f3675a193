/**
 * `Utilities.parseCsv`: CSV text to rows of strings, RFC 4180 style (fields in double quotes may hold the
 * delimiter, line breaks and doubled quotes). Every value stays a string, as in Apps Script.
 */

/**
 * Splits `csv` into rows and fields. A final line break does not add an empty row. O(n) in the text length.
 * @throws RangeError for a delimiter that is not one character, or an unclosed quote.
 */
export function parseCsv(csv: string, delimiter = ','): string[][] {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new RangeError(`parseCsv: invalid delimiter ${JSON.stringify(delimiter)}`);
  }
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < csv.length) {
    const ch = csv.charAt(i);
    if (ch === '"' && field === '') {
      const close = closingQuote(csv, i);
      field = csv.slice(i + 1, close).replace(/""/g, '"');
      i = close + 1;
    } else if (ch === delimiter) {
      endField();
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && csv.charAt(i + 1) === '\n' ? 2 : 1;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** Index of the quote that closes the quoted field opening at `open`. */
function closingQuote(csv: string, open: number): number {
  let j = open + 1;
  for (;;) {
    const next = csv.indexOf('"', j);
    if (next < 0) throw new RangeError(`parseCsv: unclosed quote starting at character ${open}`);
    if (csv.charAt(next + 1) !== '"') return next;
    j = next + 2;
  }
}
