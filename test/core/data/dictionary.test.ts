import {
  ATTRIBUTES,
  FINAL_GRADE,
  GRADE_ATTRIBUTES,
  MATCH_ATTRIBUTES,
  attributeForHeader,
  attributeNamed,
  isBlank,
  isCategorical,
} from '../../../src/core/data/dictionary';
import { loadUciCourse } from '../../support/uci';

const UCI_HEADER =
  'school;sex;age;address;famsize;Pstatus;Medu;Fedu;Mjob;Fjob;reason;guardian;traveltime;studytime;failures;' +
  'schoolsup;famsup;paid;activities;nursery;higher;internet;romantic;famrel;freetime;goout;Dalc;Walc;health;' +
  'absences;G1;G2;G3';

describe('the data dictionary', () => {
  it('lists the 33 UCI attributes in file order, then course', () => {
    expect(ATTRIBUTES.map((a) => a.name).join(';')).toBe(`${UCI_HEADER};course`);
  });

  it('gives every attribute a kind, a label and a valid range or category set', () => {
    for (const attribute of ATTRIBUTES) {
      expect(attribute.label.length).toBeGreaterThan(2);
      if (isCategorical(attribute)) {
        if (attribute.kind === 'binary') expect(attribute.categories).toHaveLength(2);
        else expect(attribute.categories.length).toBeGreaterThanOrEqual(3);
        expect(new Set(attribute.categories).size).toBe(attribute.categories.length);
      } else {
        expect(attribute.max).toBeGreaterThan(attribute.min);
        if (attribute.kind === 'ordinal')
          expect(attribute.levels).toHaveLength(attribute.max - attribute.min + 1);
      }
    }
  });

  it('classifies the coded scales as ordinal and the counts as numeric', () => {
    expect(attributeNamed('Medu')).toMatchObject({ kind: 'ordinal', min: 0, max: 4 });
    expect(attributeNamed('famrel')).toMatchObject({ kind: 'ordinal', min: 1, max: 5 });
    expect(attributeNamed('Mjob')).toMatchObject({ kind: 'nominal' });
    expect(attributeNamed('higher')).toMatchObject({ kind: 'binary', categories: ['no', 'yes'] });
  });

  it('accepts the documented quirks: failures up to 4, absences up to 93', () => {
    expect(attributeNamed('failures')).toMatchObject({ kind: 'numeric', min: 0, max: 4 });
    expect(attributeNamed('absences')).toMatchObject({ kind: 'numeric', min: 0, max: 93 });
  });

  it.each(['math', 'portuguese'] as const)('holds every value of the UCI %s file', (course) => {
    for (const record of loadUciCourse(course)) {
      for (const attribute of ATTRIBUTES.filter((a) => a.name !== 'course')) {
        const value = record[attribute.name];
        if (isCategorical(attribute)) expect(attribute.categories).toContain(value);
        else {
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(attribute.min);
          expect(value).toBeLessThanOrEqual(attribute.max);
        }
      }
    }
  });

  it('names the grades and keeps G3 as the final grade', () => {
    expect(GRADE_ATTRIBUTES).toEqual(['G1', 'G2', 'G3']);
    expect(FINAL_GRADE).toBe('G3');
  });

  it('matches students across courses on the dataset’s 13 attributes', () => {
    expect(MATCH_ATTRIBUTES).toEqual([
      'school',
      'sex',
      'age',
      'address',
      'famsize',
      'Pstatus',
      'Medu',
      'Fedu',
      'Mjob',
      'Fjob',
      'reason',
      'nursery',
      'internet',
    ]);
    for (const name of MATCH_ATTRIBUTES) expect(() => attributeNamed(name)).not.toThrow();
  });

  it('finds an attribute by its name or an alias in any case and spacing', () => {
    expect(attributeForHeader('Family Support')?.name).toBe('famsup');
    expect(attributeForHeader(' medu ')?.name).toBe('Medu');
    expect(attributeForHeader('Past_Failures')?.name).toBe('failures');
    expect(attributeForHeader("Mother's Job")?.name).toBe('Mjob');
    expect(attributeForHeader('shoe size')).toBeUndefined();
  });

  it('throws RangeError for a name it lacks', () => {
    expect(() => attributeNamed('shoeSize')).toThrow(RangeError);
  });

  it('treats null, undefined and whitespace as blank, and 0 or "no" as values', () => {
    expect([null, undefined, '', '  '].map(isBlank)).toEqual([true, true, true, true]);
    expect([0, 'no', ' x '].map(isBlank)).toEqual([false, false, false]);
  });
});
