import { featureRawValue, numericValue } from '../../../src/core/model/feature-value';

describe('reading a raw feature value', () => {
  it('reads a number as it is, a number written as text (spaces around it allowed), and a blank as null', () => {
    expect(numericValue({ absences: 7 }, 'absences')).toBe(7);
    expect(numericValue({ absences: ' 14 ' }, 'absences')).toBe(14);
    expect(numericValue({ absences: '\t3.5\n' }, 'absences')).toBe(3.5);
    expect(numericValue({ absences: '  ' }, 'absences')).toBeNull();
    expect(numericValue({ absences: null }, 'absences')).toBeNull();
    expect(numericValue({}, 'absences')).toBeNull();
  });

  it('throws TypeError naming the attribute and the 1-based row for text that is not a finite number', () => {
    expect(() => numericValue({ age: ' 1 6 ' }, 'age', 4)).toThrow(
      new TypeError('Row 5: "age" should be a number but holds " 1 6 ".'),
    );
    expect(() => numericValue({ age: 'Infinity' }, 'age')).toThrow(
      new TypeError('Row 1: "age" should be a number but holds "Infinity".'),
    );
  });

  it('is 1 for the level of a category and 0 for any other, comparing the trimmed text', () => {
    const teacher = { attribute: 'Mjob', level: 'teacher' };
    expect(featureRawValue(teacher, { Mjob: 'teacher' }, 0)).toBe(1);
    expect(featureRawValue(teacher, { Mjob: ' teacher ' }, 0)).toBe(1);
    expect(featureRawValue(teacher, { Mjob: 'other' }, 0)).toBe(0);
    expect(featureRawValue(teacher, { Mjob: 'Teacher' }, 0)).toBe(0);
    expect(featureRawValue(teacher, { Mjob: ' ' }, 0)).toBeNull();
    expect(featureRawValue(teacher, {}, 0)).toBeNull();
  });

  it('transforms a number: as it is, log(1 + x) with negatives read as 0, or 1 when above 0', () => {
    const value = (transform: 'linear' | 'log1p' | 'positive', absences: number | string | null) =>
      featureRawValue({ attribute: 'absences', transform }, { absences }, 0);
    expect(value('linear', -2)).toBe(-2);
    expect(value('linear', ' 6 ')).toBe(6);
    // python3: import math; print(math.log1p(3)) → 1.3862943611198906
    expect(value('log1p', 3)).toBeCloseTo(1.3862943611198906, 15);
    expect(value('log1p', -5)).toBe(0);
    expect(value('positive', 0.5)).toBe(1);
    expect(value('positive', 0)).toBe(0);
    expect(value('positive', -1)).toBe(0);
    expect(value('log1p', null)).toBeNull();
  });
});
