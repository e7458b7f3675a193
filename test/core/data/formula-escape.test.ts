import { escapeForSheet } from '../../../src/core/data/formula-escape';

describe('escapeForSheet', () => {
  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'prefixes an apostrophe to text that Sheets would run as a formula: %j',
    (text) => {
      expect(escapeForSheet(text)).toBe(`'${text}`);
    },
  );

  it.each(['007', '1e3', '12.5', '50%', 'TRUE', 'false'])(
    'keeps text that Sheets would convert: %j',
    (text) => {
      expect(escapeForSheet(text)).toBe(`'${text}`);
    },
  );

  it('doubles a leading apostrophe, which Sheets would otherwise swallow', () => {
    expect(escapeForSheet("'quoted")).toBe("''quoted");
  });

  it('leaves ordinary text, numbers, booleans and dates alone', () => {
    const date = new Date(0);
    expect([
      escapeForSheet('GP'),
      escapeForSheet('at_home'),
      escapeForSheet(12),
      escapeForSheet(true),
      escapeForSheet(date),
    ]).toEqual(['GP', 'at_home', 12, true, date]);
  });
});
