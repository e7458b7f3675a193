/** How the offline runner decodes a CSV file and finds its separator, whatever program saved it. */
import { parseCsv } from '../../src/core/data/csv';
import { readCsvText, recordLines } from '../../src/local/cli/read-csv-text';

const TEXT = 'name,city\nJoão,Zürich\n';

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

describe('readCsvText: the encoding', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'UTF-8'],
    ['UTF-8 with a byte-order mark', Buffer.from(`\uFEFF${TEXT}`, 'utf8'), 'UTF-8 (with a byte-order mark)'],
    ['UTF-16 LE with a byte-order mark', Buffer.from(`\uFEFF${TEXT}`, 'utf16le'), 'UTF-16 LE'],
    ['UTF-16 BE with a byte-order mark', utf16be(`\uFEFF${TEXT}`), 'UTF-16 BE'],
    ['UTF-16 LE without one', Buffer.from(TEXT, 'utf16le'), 'UTF-16 LE'],
    ['UTF-16 BE without one', utf16be(TEXT), 'UTF-16 BE'],
    ['Latin-1', Buffer.from(TEXT, 'latin1'), 'Windows-1252 (Latin-1)'],
  ])('reads %s', (_what, bytes, encoding) => {
    const csv = readCsvText(bytes);
    expect([csv.text, csv.encoding, csv.fallback]).toEqual([TEXT, encoding, encoding.startsWith('Windows')]);
  });

  it('reads the Windows-1252 letters Latin-1 lacks (€, curly quotes)', () => {
    const bytes = Buffer.from([0x80, 0x2c, 0x93, 0x61, 0x94, 0x0a]);
    expect(readCsvText(bytes).text).toBe('€,“a”\n');
  });

  it('keeps NUL and other control characters of valid UTF-8', () => {
    const csv = readCsvText(Buffer.from('a,b\nx\u0000y,\u0001\n', 'utf8'));
    expect([csv.text, csv.encoding]).toEqual(['a,b\nx\u0000y,\u0001\n', 'UTF-8']);
  });
});

describe('readCsvText: the separator', () => {
  it.each([
    ['commas', 'a,b,c\n1,2,3\n', ','],
    ['semicolons', 'a;b;c\n1,5;2;3\n', ';'],
    ['tabs', 'a\tb\tc\n1\t2\t3\n', '\t'],
    ['more semicolons than commas in quotes', '"x, y, z";b;c\n1;2;3\n', ';'],
    ['commas on a tie', 'a,b;c\n', ','],
  ])('finds %s', (_what, text, separator) => {
    expect(readCsvText(Buffer.from(text)).separator).toBe(separator);
  });

  it('takes it from the header line after blank lines, which are blanked so line numbers stay', () => {
    const csv = readCsvText(Buffer.from('\n  \r\na;b;c\n1;2;3\n'));
    expect([csv.separator, csv.text, csv.headerFields]).toEqual([';', '\n\r\na;b;c\n1;2;3\n', 3]);
    expect(parseCsv(csv.text, csv.separator)).toEqual({ header: ['a', 'b', 'c'], rows: [['1', '2', '3']] });
  });

  it('takes it from an Excel "sep=" line, which is blanked', () => {
    const csv = readCsvText(Buffer.from('sep=;\r\na,b;c\r\n1,5;2\r\n'));
    expect([csv.separator, csv.separatorDeclared, csv.text]).toEqual([';', true, '\r\na,b;c\r\n1,5;2\r\n']);
    expect(parseCsv(csv.text, csv.separator)).toEqual({ header: ['a,b', 'c'], rows: [['1,5', '2']] });
  });

  it('says when the header has no separator at all', () => {
    expect(readCsvText(Buffer.from('a|b|c\n1|2|3\n')).headerFields).toBe(1);
  });
});

describe('recordLines', () => {
  it('names the file line each parsed record starts on, across blank lines and quoted line breaks', () => {
    const text = '\n\nname,notes\nAnn,"two\nlines"\n\r\n"",\nBob,\r\n""\nCat,x';
    const parsed = parseCsv(text, ',');
    expect(parsed.rows).toHaveLength(4);
    expect(recordLines(text)).toEqual([3, 4, 7, 8, 10]);
  });
});
