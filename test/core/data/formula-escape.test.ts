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

  it('leaves text that only starts with a number as it is', () => {
    expect([escapeForSheet('12 apples'), escapeForSheet('3rd period'), escapeForSheet(' 0.5e-2 ')]).toEqual([
      '12 apples',
      '3rd period',
      "' 0.5e-2 ",
    ]);
  });

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

  it.each([' -5', ' +2.5 ', '.25', '.5', '1e-3', '2E+5', '1e10', '-.75%', '  TRUE'])(
    '%j is a number or boolean Sheets would convert, so it needs a prefix',
    (text) => {
      expect(needsQuotePrefix(text)).toBe(true);
    },
  );

  it.each(['12 apples', '3rd period', 'true story', 'G3', 'a5', '.x', '1e', '1e-', '5..', '1e3x'])(
    '%j only starts like a number or boolean, so it needs no prefix',
    (text) => {
      expect(needsQuotePrefix(text)).toBe(false);
    },
  );
});
