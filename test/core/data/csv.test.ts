import { detectSeparator, parseCsv } from '../../../src/core/data/csv';

describe('parseCsv', () => {
  it('reads the UCI shape: semicolons, quoted text, bare numbers', () => {
    const parsed = parseCsv('school;age;G1\n"GP";18;"5"\n"MS";17;"12"\n');
    expect(parsed).toEqual({
      header: ['school', 'age', 'G1'],
      rows: [
        ['GP', '18', '5'],
        ['MS', '17', '12'],
      ],
    });
  });

  it('handles escaped quotes, quoted separators and line breaks, CRLF and a byte-order mark', () => {
    const parsed = parseCsv('\uFEFFname,note\r\n"Ana ""A""","a, b\nc"\r\n', ',');
    expect(parsed.rows).toEqual([['Ana "A"', 'a, b\nc']]);
    expect(parsed.header).toEqual(['name', 'note']);
  });

  it('keeps empty fields and skips blank lines', () => {
    expect(parseCsv('a,b\n1,\n\n,2').rows).toEqual([
      ['1', ''],
      ['', '2'],
    ]);
  });

  it('names the line whose width differs from the header', () => {
    expect(() => parseCsv('a;b\n1;2\n3')).toThrow('CSV line 3 has 1 fields where the header has 2.');
  });

  it('returns nothing for empty text', () => {
    expect(parseCsv('')).toEqual({ header: [], rows: [] });
  });

  it('detects the separator from the header line', () => {
    expect(detectSeparator('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectSeparator('a,b\n1;2')).toBe(',');
  });

  it('counts separators on the header line only, whatever the rows below hold', () => {
    // One comma in the header; the rows' three semicolons each must not outvote it (LF and CRLF endings).
    expect(detectSeparator('a,b\n1;2;3;4\n5;6;7;8')).toBe(',');
    expect(detectSeparator('a,b\r\n1;2;3;4')).toBe(',');
    expect(detectSeparator('a;b\n1,2,3,4\n5,6,7,8')).toBe(';');
  });

  it('reads a header with no line break to its last character', () => {
    expect(detectSeparator('name;')).toBe(';');
    expect(detectSeparator('a,b;c;')).toBe(';');
  });

  it('takes a comma on a tie or when the header has neither separator', () => {
    expect(detectSeparator('a;b,c')).toBe(',');
    expect(detectSeparator('name')).toBe(',');
    expect(detectSeparator('')).toBe(',');
  });
});

describe('parseCsv records and line endings', () => {
  it('removes only a leading byte-order mark and keeps one inside a field', () => {
    expect(parseCsv('a,b\nx\uFEFFy,2\n', ',')).toEqual({ header: ['a', 'b'], rows: [['x\uFEFFy', '2']] });
  });

  it('keeps rows whose first field is empty and one-column rows', () => {
    expect(parseCsv('a,b\n,2\n3,4\n').rows).toEqual([
      ['', '2'],
      ['3', '4'],
    ]);
    expect(parseCsv('name\nAna\nBo\n')).toEqual({ header: ['name'], rows: [['Ana'], ['Bo']] });
  });

  it('reads a lone CR as a line break without dropping the next character', () => {
    expect(parseCsv('a,b\r1,2\r3,4', ',').rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads CRLF as one line break, row after row', () => {
    expect(parseCsv('a;b\r\n1;2\r\n3;4\r\n', ';')).toEqual({
      header: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
    });
  });

  it('keeps a last row that ends in an empty field without a line break', () => {
    expect(parseCsv('a,b\n1,2\n3,').rows).toEqual([
      ['1', '2'],
      ['3', ''],
    ]);
  });
});
