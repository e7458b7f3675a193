import {
  NOT_AVAILABLE,
  clipText,
  countOf,
  formatAuc,
  formatCount,
  formatPercent,
  listInWords,
} from '../../../src/core/alerts/figure-format';

describe('figures in an alert', () => {
  it('group thousands in counts, whatever the locale', () => {
    expect([0, 999, 1000, 1234567, -4321].map(formatCount)).toEqual([
      '0',
      '999',
      '1,000',
      '1,234,567',
      '-4,321',
    ]);
  });

  it('use the singular for exactly one', () => {
    expect([countOf(1, 'cell'), countOf(0, 'cell'), countOf(2, 'cell'), countOf(1200, 'column')]).toEqual([
      '1 cell',
      '0 cells',
      '2 cells',
      '1,200 columns',
    ]);
  });

  it('show proportions as whole percentages and AUCs with two decimals', () => {
    expect([formatPercent(0.274), formatPercent(0.005), formatPercent(1)]).toEqual(['27%', '1%', '100%']);
    expect([formatAuc(0.7349), formatAuc(0.5)]).toEqual(['0.73', '0.50']);
  });

  it('say "not available" for a value that is not a finite number', () => {
    expect([formatCount(NaN), formatPercent(Infinity), formatAuc(NaN)]).toEqual([
      NOT_AVAILABLE,
      NOT_AVAILABLE,
      NOT_AVAILABLE,
    ]);
  });

  it('list items in words', () => {
    expect([
      listInWords([]),
      listInWords(['a']),
      listInWords(['a', 'b']),
      listInWords(['a', 'b', 'c']),
    ]).toEqual(['', 'a', 'a and b', 'a, b and c']);
  });

  it('read a missing item as empty, the way join does', () => {
    expect(listInWords(new Array<string>(2))).toBe(' and ');
  });
});

describe('clipText', () => {
  it('flattens line breaks and runs of white space', () => {
    expect(clipText('  absences:\r\n median\t4 → 11 ', 120)).toBe('absences: median 4 → 11');
  });

  it('cuts to the length given, the last character an ellipsis', () => {
    expect(clipText('abcdefghij', 5)).toBe('abcd…');
    expect(clipText('abcde', 5)).toBe('abcde');
  });

  it('never splits a surrogate pair', () => {
    expect(clipText('abc😀def', 5)).toBe('abc…');
  });

  it('cuts before a high surrogate at either end of its range, and keeps a pair that fits whole', () => {
    expect(clipText('abc\u{10000}def', 5)).toBe('abc…'); // U+10000 is \ud800 \udc00
    expect(clipText('abc\u{10fc00}def', 5)).toBe('abc…'); // U+10FC00 is \udbff \udc00
    expect(clipText('ab😀cdef', 5)).toBe('ab😀…'); // the 4th code unit is the low half of 😀
  });
});
