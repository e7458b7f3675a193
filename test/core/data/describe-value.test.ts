import { describeValue } from '../../../src/core/data/describe-value';
import { ATTRIBUTES, type Attribute, FINAL_GRADE, isCategorical } from '../../../src/core/data/dictionary';

describe('describing a value to a teacher', () => {
  it('counts past failures and absences', () => {
    expect(describeValue('failures', 3)).toBe('3 past class failures');
    expect(describeValue('failures', 1)).toBe('1 past class failure');
    expect(describeValue('failures', 0)).toBe('no past class failures');
    expect(describeValue('absences', 14)).toBe('14 absences');
    expect(describeValue('absences', '1')).toBe('1 absence');
  });

  it('reads a support attribute as present or absent', () => {
    expect(describeValue('famsup', 'no')).toBe('no family educational support');
    expect(describeValue('internet', 'yes')).toBe('internet access at home');
  });

  it('words help a student already gets as such: it answers a difficulty, it does not cause it', () => {
    expect(describeValue('schoolsup', 'yes')).toBe(
      'already receives extra educational support from the school',
    );
    expect(describeValue('famsup', 'yes')).toBe('already receives family educational support');
    expect(describeValue('paid', 'yes')).toBe('already takes extra paid classes in the subject');
  });

  it('words a yes/no that would read awkwardly as "label: value" as a sentence', () => {
    expect(describeValue('higher', 'no')).toBe('does not want to go on to higher education');
    expect(describeValue('romantic', 'yes')).toBe('in a romantic relationship');
    expect(describeValue('nursery', 'no')).toBe('did not attend nursery school');
  });

  it('reads other yes/no attributes as "label: value"', () => {
    expect(describeValue('activities', 'no')).toBe('no extra-curricular activities');
  });

  it('never reads a cell such as "constructor" as a wording of its own', () => {
    expect(describeValue('higher', 'constructor')).toBe('wants to take higher education: constructor');
    expect(describeValue('Mjob', 'toString')).toBe("mother's job: toString");
  });

  it('uses the scale level and category wording', () => {
    expect(describeValue('studytime', 1)).toBe('weekly study time: under 2 hours');
    expect(describeValue('Walc', 5)).toBe('alcohol use at weekends: very high');
    expect(describeValue('Medu', 0)).toBe("mother's education: none");
    expect(describeValue('address', 'R')).toBe('home address: rural');
    expect(describeValue('Mjob', 'at_home')).toBe("mother's job: at home");
    expect(describeValue('G1', 8)).toBe('first-period grade 8 of 20');
  });

  it('says so for a blank, and shows an unexpected value as it is', () => {
    expect(describeValue('absences', null)).toBe('absences: blank');
    expect(describeValue('Mjob', 'pilot')).toBe("mother's job: pilot");
    expect(describeValue('studytime', 9)).toBe('weekly study time: 9');
  });

  it('words all three grades as "<period> grade n of 20"', () => {
    expect(describeValue('G2', 11)).toBe('second-period grade 11 of 20');
    expect(describeValue('G3', 12)).toBe('final grade 12 of 20');
  });

  it('trims a category typed with spaces before reading it', () => {
    expect(describeValue('famsup', ' yes ')).toBe('already receives family educational support');
    expect(describeValue('internet', ' no')).toBe('no internet access at home');
    expect(describeValue('address', 'R ')).toBe('home address: rural');
  });

  it('reads "no" as absence only for a yes/no attribute, and nothing else as absence', () => {
    expect(describeValue('Mjob', 'no')).toBe("mother's job: no");
    expect(describeValue('guardian', 'yes')).toBe('guardian: yes');
    expect(describeValue('famsup', 'maybe')).toBe('family educational support: maybe');
    expect(describeValue('internet', 'No')).toBe('internet access at home: No');
  });

  it('throws RangeError for an attribute the dictionary lacks', () => {
    expect(() => describeValue('shoeSize', 42)).toThrow(RangeError);
  });
});

describe('every attribute a model may use has a wording a teacher can read', () => {
  const modelInputs = ATTRIBUTES.filter(
    (attribute) => attribute.name !== FINAL_GRADE && attribute.name !== 'course',
  );

  /** Every category; every scale level; the ends, the middle and one above the minimum of a count. */
  const validValues = (attribute: Attribute): (string | number)[] => {
    if (isCategorical(attribute)) return [...attribute.categories];
    const { min, max } = attribute;
    if (attribute.levels) return Array.from({ length: max - min + 1 }, (_, i) => min + i);
    return [...new Set([min, min + 1, Math.round((min + max) / 2), max])];
  };

  /** Column names and category codes a teacher would not recognise: those that are not words of their label. */
  const words = (text: string): string[] => text.split(/[\s:;,()'’]+/).filter((word) => word !== '');
  const rawCodes = (attribute: Attribute): string[] => {
    const codes = [attribute.name];
    if (isCategorical(attribute)) codes.push(...Object.keys(attribute.categoryLabels ?? {}));
    return codes;
  };

  const cases = modelInputs.flatMap((attribute) =>
    validValues(attribute).map((value) => [attribute.name, value, attribute] as const),
  );

  it('covers every attribute but the final grade and the course', () => {
    expect(new Set(cases.map(([name]) => name)).size).toBe(ATTRIBUTES.length - 2);
    expect(cases.some(([name]) => name === FINAL_GRADE || name === 'course')).toBe(false);
  });

  /** Yes/no attributes worded as a sentence of their own ("does not want to go on to higher education"). */
  const SENTENCED = new Set(['higher', 'romantic', 'nursery']);

  it.each(cases)('words %s = %p as a sentence without raw codes', (_name, value, attribute) => {
    const text = describeValue(attribute, value);
    expect(text.trim()).toBe(text);
    expect(text).not.toBe('');
    expect(text).not.toMatch(/[=<>_]|\s\s|:$|blank|undefined|NaN/);
    // The Main reasons cell finds where the reasons end by the first ". " (core/scoring/reasons-cell.ts).
    expect(text).not.toContain('. ');
    const meant = !isCategorical(attribute)
      ? (attribute.levels?.[Number(value) - attribute.min] ?? null)
      : attribute.phrasing === 'presence'
        ? attribute.label
        : SENTENCED.has(attribute.name)
          ? null
          : (attribute.categoryLabels?.[String(value)] ?? String(value));
    if (meant !== null) expect(text).toContain(meant);
    const counted = !isCategorical(attribute) && !attribute.levels && Number(value) > 0;
    if (counted && !(attribute.name === 'failures' && value === 4))
      expect(words(text)).toContain(String(value));
    for (const code of rawCodes(attribute)) {
      const meaning = isCategorical(attribute) ? (attribute.categoryLabels?.[code] ?? '') : '';
      if (!words(`${attribute.label} ${meaning}`).includes(code)) expect(words(text)).not.toContain(code);
    }
  });

  it('reads the same for a number typed as text', () => {
    for (const [, value, attribute] of cases) {
      if (typeof value === 'number')
        expect(describeValue(attribute, ` ${value} `)).toBe(describeValue(attribute, value));
    }
  });

  it('says the explicit sentences a teacher reads most often', () => {
    expect(describeValue('failures', 2)).toBe('2 past class failures');
    expect(describeValue('failures', 4)).toBe('3 or more past class failures');
    expect(describeValue('absences', 0)).toBe('no absences recorded');
    expect(describeValue('absences', 93)).toBe('93 absences');
    expect(describeValue('famsup', 'yes')).toBe('already receives family educational support');
    expect(describeValue('higher', 'yes')).toBe('wants to go on to higher education');
    expect(describeValue('schoolsup', 'no')).toBe('no extra educational support from the school');
    expect(describeValue('Medu', 1)).toBe("mother's education: primary school (4th grade)");
    expect(describeValue('Medu', 4)).toBe("mother's education: higher education");
    expect(describeValue('studytime', 4)).toBe('weekly study time: over 10 hours');
    expect(describeValue('goout', 5)).toBe('going out with friends: very high');
    expect(describeValue('Dalc', 4)).toBe('alcohol use on school days: high');
    expect(describeValue('romantic', 'yes')).toBe('in a romantic relationship');
    expect(describeValue('romantic', 'no')).toBe('not in a romantic relationship');
    expect(describeValue('nursery', 'yes')).toBe('attended nursery school');
    expect(describeValue('internet', 'no')).toBe('no internet access at home');
    expect(describeValue('address', 'U')).toBe('home address: urban');
    expect(describeValue('traveltime', 4)).toBe('travel time to school: over 1 hour');
    expect(describeValue('Pstatus', 'A')).toBe("parents' living situation: apart");
    expect(describeValue('famsize', 'LE3')).toBe('family size: 3 or fewer');
    expect(describeValue('school', 'MS')).toBe('school: Mousinho da Silveira');
  });
});
