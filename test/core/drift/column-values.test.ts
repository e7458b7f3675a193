import {
  categoricalValues,
  countCategories,
  dictionaryKind,
  numericValues,
} from '../../../src/core/drift/column-values';

describe('column values', () => {
  it('reads a numeric column: blanks counted, text and non-finite numbers invalid', () => {
    expect(numericValues([3, null, ' ', 'absent', 7.5, Number.NaN, Number.POSITIVE_INFINITY, 0])).toEqual({
      values: [3, 7.5, 0],
      counts: { rows: 8, blank: 2, invalid: 3, used: 3, blankShare: 2 / 8 },
    });
  });

  it('reads a categorical column: numbers as their text, blanks counted, NaN and Infinity invalid', () => {
    expect(categoricalValues(['GP', null, '  ', 1, 'MS', Number.NaN, 2.5, Number.NEGATIVE_INFINITY])).toEqual(
      {
        values: ['GP', '1', 'MS', '2.5'],
        counts: { rows: 8, blank: 2, invalid: 2, used: 4, blankShare: 2 / 8 },
      },
    );
  });

  it('gives a blank share of 0, not NaN, for a column without rows', () => {
    const empty = { values: [], counts: { rows: 0, blank: 0, invalid: 0, used: 0, blankShare: 0 } };
    expect(categoricalValues([])).toEqual(empty);
    expect(numericValues([])).toEqual(empty);
  });

  it('reads the kind from the data dictionary', () => {
    expect(dictionaryKind('absences')).toBe('numeric');
    expect(dictionaryKind('Mjob')).toBe('categorical');
  });
});

describe('category counts', () => {
  it('sorts text categories by code unit, whatever the row order', () => {
    expect(countCategories(['b', 'c', 'a', 'b'], ['c', 'd', 'B'])).toEqual({
      categories: ['B', 'a', 'b', 'c', 'd'],
      reference: [0, 1, 2, 1, 0],
      current: [1, 0, 0, 1, 1],
    });
  });

  it('sorts numbers numerically, not as text (10 after 9)', () => {
    expect(countCategories([10, 9, 2, 10], [1, 9])).toEqual({
      categories: [1, 2, 9, 10],
      reference: [0, 1, 1, 2],
      current: [1, 0, 1, 0],
    });
  });

  it('keeps the number 1 and the text "1" apart, in the order first met', () => {
    expect(countCategories<string | number>([1, '1', 1], ['1'])).toEqual({
      categories: [1, '1'],
      reference: [2, 1],
      current: [0, 1],
    });
    expect(countCategories<string | number>(['1'], [1])).toEqual({
      categories: ['1', 1],
      reference: [1, 0],
      current: [0, 1],
    });
  });
});
