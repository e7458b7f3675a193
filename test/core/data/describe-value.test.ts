import { describeValue } from '../../../src/core/data/describe-value';

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
    expect(describeValue('schoolsup', 'yes')).toBe('extra educational support from the school');
  });

  it('reads other yes/no attributes as "label: value"', () => {
    expect(describeValue('higher', 'no')).toBe('wants to take higher education: no');
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

  it('throws RangeError for an attribute the dictionary lacks', () => {
    expect(() => describeValue('shoeSize', 42)).toThrow(RangeError);
  });
});
