import { escapeForSheet, looksLikeFormula, needsQuotePrefix } from '../../../src/core/data/formula-escape';

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

describe('looksLikeFormula and needsQuotePrefix', () => {
  it.each(['=1+1', '+1', '-x', '@SUM(A1)', '\tcmd', '\rcmd'])(
    '%j looks like a formula and needs a prefix',
    (text) => {
      expect([looksLikeFormula(text), needsQuotePrefix(text)]).toEqual([true, true]);
    },
  );

  it.each(['007', '1e3', '50%', 'TRUE', ' false '])(
    '%j needs a prefix without looking like a formula',
    (text) => {
      expect([looksLikeFormula(text), needsQuotePrefix(text)]).toEqual([false, true]);
    },
  );

  it.each(['GP', "'quoted", ' =1+1', 'a=b', '', '#DIV/0!'])('%j needs neither', (text) => {
    expect([looksLikeFormula(text), needsQuotePrefix(text)]).toEqual([false, false]);
  });
});
