/**
 * How the model card says a figure in a sentence (core/model-card/card-words): shares as whole percentages
 * with a decimal below 1%, percentage points with the right number, counts with thousands separators and the
 * right plural, lists joined with "and", and "not measured" where a figure is missing, never NaN.
 */
import {
  count,
  finite,
  listed,
  outOf10,
  outOf100,
  pct,
  points,
  score,
  signedPoints,
} from '../../../src/core/model-card/card-words';

describe('a share said as a percentage', () => {
  it('rounds to a whole percentage, with one decimal strictly between 0% and 1%', () => {
    expect(pct(0.27)).toBe('27%');
    expect(pct(0.004)).toBe('0.4%');
    expect(pct(0.01)).toBe('1%');
    expect(pct(0)).toBe('0%');
    expect(pct(1)).toBe('100%');
  });

  it('reads "not measured" for a missing or non-finite share', () => {
    expect(pct(Number.NaN)).toBe('not measured');
    expect(pct(Number.POSITIVE_INFINITY)).toBe('not measured');
    expect(pct(null)).toBe('not measured');
    expect(pct(undefined)).toBe('not measured');
  });
});

describe('a difference said in percentage points', () => {
  it('says "point" for exactly one, "points" otherwise, whatever the sign', () => {
    expect(points(0.01)).toBe('1 point');
    expect(points(-0.01)).toBe('1 point');
    expect(points(0.14)).toBe('14 points');
    expect(points(-0.02)).toBe('2 points');
    expect(points(0)).toBe('0 points');
  });

  it('keeps the sign, with a true minus sign, and no unit', () => {
    expect(signedPoints(0.26)).toBe('26');
    expect(signedPoints(-0.02)).toBe('−2');
    expect(signedPoints(0)).toBe('0');
    expect(signedPoints(0.004)).toBe('0');
  });
});

describe('a score, a count and a list', () => {
  it('gives a score to two decimals, or "not measured"', () => {
    expect(score(0.7249)).toBe('0.72');
    expect(score(0.181)).toBe('0.18');
    expect(score(Number.NaN)).toBe('not measured');
    expect(score(null)).toBe('not measured');
  });

  it('counts with thousands separators and the right plural', () => {
    expect(count(1, 'student')).toBe('1 student');
    expect(count(0, 'student')).toBe('0 students');
    expect(count(1044, 'student')).toBe('1,044 students');
    expect(count(2, 'person', 'people')).toBe('2 people');
    expect(count(1, 'person', 'people')).toBe('1 person');
  });

  it('joins a list with commas and a final "and"', () => {
    expect(listed([])).toBe('');
    expect(listed(['sex'])).toBe('sex');
    expect(listed(['sex', 'address'])).toBe('sex and address');
    expect(listed(['sex', 'address', 'school'])).toBe('sex, address and school');
    expect(listed(['a', 'b', 'c', 'd'])).toBe('a, b, c and d');
  });

  it('says a share out of 10 and out of 100 as whole numbers', () => {
    expect(outOf10(0.43)).toBe(4);
    expect(outOf10(0.46)).toBe(5);
    expect(outOf100(0.724)).toBe(72);
  });

  it('takes only finite numbers as measured', () => {
    expect([0, 0.5, -1, Number.NaN, Number.NEGATIVE_INFINITY, null, undefined].map(finite)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
