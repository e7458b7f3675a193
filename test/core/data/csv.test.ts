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
});
