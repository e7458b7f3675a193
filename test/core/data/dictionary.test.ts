import {
  ATTRIBUTES,
  FINAL_GRADE,
  GRADE_ATTRIBUTES,
  MATCH_ATTRIBUTES,
  attributeForHeader,
  attributeNamed,
  isBlank,
  isCategorical,
  normaliseHeader,
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
    expect(attributeNamed('course')).toMatchObject({ kind: 'binary', categories: ['math', 'portuguese'] });
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
    expect(() => attributeNamed('shoeSize')).toThrow(
      new RangeError('"shoeSize" is not an attribute in the data dictionary.'),
    );
  });

  it('lists exactly these other header spellings for each attribute', () => {
    expect(Object.fromEntries(ATTRIBUTES.map((a) => [a.name, a.aliases]))).toEqual({
      school: [],
      sex: ['gender'],
      age: ['student age'],
      address: ['address type', 'home address'],
      famsize: ['family size'],
      Pstatus: ['parent status', 'parents status'],
      Medu: ['mother education', 'mothers education'],
      Fedu: ['father education', 'fathers education'],
      Mjob: ['mother job', 'mothers job'],
      Fjob: ['father job', 'fathers job'],
      reason: ['school choice reason'],
      guardian: [],
      traveltime: ['travel time'],
      studytime: ['study time'],
      failures: ['past failures', 'class failures'],
      schoolsup: ['school support'],
      famsup: ['family support'],
      paid: ['paid classes'],
      activities: ['extracurricular activities'],
      nursery: ['nursery school'],
      higher: ['wants higher education', 'higher education'],
      internet: ['internet access'],
      romantic: ['relationship'],
      famrel: ['family relationships'],
      freetime: ['free time'],
      goout: ['going out', 'go out'],
      Dalc: ['workday alcohol', 'weekday alcohol'],
      Walc: ['weekend alcohol'],
      health: ['health status'],
      absences: ['absence count', 'school absences'],
      G1: ['grade 1', 'period 1 grade', 'first period grade'],
      G2: ['grade 2', 'period 2 grade', 'second period grade'],
      G3: ['grade 3', 'final grade'],
      course: ['subject'],
    });
  });

  it.each([
    ['Gender', 'sex'],
    ['Student Age', 'age'],
    ['Address Type', 'address'],
    ['Home address', 'address'],
    ['Family Size', 'famsize'],
    ['Parent Status', 'Pstatus'],
    ["Parents' status", 'Pstatus'],
    ['Mother Education', 'Medu'],
    ["Mother's education", 'Medu'],
    ['Father Education', 'Fedu'],
    ["Father's education", 'Fedu'],
    ['Mother Job', 'Mjob'],
    ['Father Job', 'Fjob'],
    ["Father's job", 'Fjob'],
    ['School Choice Reason', 'reason'],
    ['Travel Time', 'traveltime'],
    ['Study Time', 'studytime'],
    ['Past Failures', 'failures'],
    ['Class Failures', 'failures'],
    ['School Support', 'schoolsup'],
    ['Paid Classes', 'paid'],
    ['Extracurricular Activities', 'activities'],
    ['Nursery School', 'nursery'],
    ['Wants Higher Education', 'higher'],
    ['Higher Education', 'higher'],
    ['Internet Access', 'internet'],
    ['Relationship', 'romantic'],
    ['Family Relationships', 'famrel'],
    ['Free Time', 'freetime'],
    ['Going Out', 'goout'],
    ['Go out', 'goout'],
    ['Workday Alcohol', 'Dalc'],
    ['Weekday Alcohol', 'Dalc'],
    ['Weekend Alcohol', 'Walc'],
    ['Health Status', 'health'],
    ['Absence Count', 'absences'],
    ['School Absences', 'absences'],
    ['Grade 1', 'G1'],
    ['Period 1 Grade', 'G1'],
    ['First-Period Grade', 'G1'],
    ['Grade 2', 'G2'],
    ['Period 2 Grade', 'G2'],
    ['Second Period Grade', 'G2'],
    ['Grade 3', 'G3'],
    ['Final Grade', 'G3'],
    ['Subject', 'course'],
  ])('reads the roster header "%s" as %s', (header, name) => {
    expect(attributeForHeader(header)?.name).toBe(name);
  });

  it('keeps the notes where the data and its description disagree, and no others', () => {
    expect(ATTRIBUTES.filter((a) => a.note !== undefined).map((a) => [a.name, a.note])).toEqual([
      ['failures', 'The UCI files hold 0-3; their description codes "3 or more" as 4, so 4 is accepted too.'],
      ['absences', 'The description allows 0-93; the UCI files reach 75 (Math) and 32 (Portuguese).'],
    ]);
  });

  it('words the coded categories for a teacher', () => {
    const labelled = ATTRIBUTES.filter(isCategorical)
      .filter((a) => a.categoryLabels !== undefined)
      .map((a) => [a.name, a.categoryLabels]);
    expect(labelled).toEqual([
      ['school', { GP: 'Gabriel Pereira', MS: 'Mousinho da Silveira' }],
      ['sex', { F: 'female', M: 'male' }],
      ['address', { U: 'urban', R: 'rural' }],
      ['famsize', { LE3: '3 or fewer', GT3: 'more than 3' }],
      ['Pstatus', { T: 'together', A: 'apart' }],
      ['Mjob', { health: 'health care', services: 'civil services', at_home: 'at home' }],
      ['Fjob', { health: 'health care', services: 'civil services', at_home: 'at home' }],
      [
        'reason',
        { home: 'close to home', reputation: "the school's reputation", course: 'course preference' },
      ],
      ['course', { math: 'Math', portuguese: 'Portuguese' }],
    ]);
  });

  it('normalises a header to lower case without spaces, _, -, . or apostrophes', () => {
    expect(normaliseHeader("Mother's  Job")).toBe('mothersjob');
    expect(normaliseHeader(' First_Period-Grade. ')).toBe('firstperiodgrade');
    expect(normaliseHeader('Father’s Edu')).toBe('fathersedu');
    expect(normaliseHeader('G1')).toBe('g1');
  });

  it('treats null, undefined and whitespace as blank, and 0 or "no" as values', () => {
    expect([null, undefined, '', '  '].map(isBlank)).toEqual([true, true, true, true]);
    expect([0, 'no', ' x '].map(isBlank)).toEqual([false, false, false]);
  });
});
