import { attributeNamed } from '../../../src/core/data/dictionary';
import { type CellReading, normaliseValue } from '../../../src/core/data/roster/normalise-value';

const ok = (value: string | number | null): CellReading => ({ kind: 'ok', value });
const normalised = (value: string | number, problem: string): CellReading => ({
  kind: 'normalised',
  value,
  problem,
});
const invalid = (problem: string): CellReading => ({ kind: 'invalid', value: null, problem });
const asText = 'is a number stored as text';
const notANumber = 'is not a number';

describe('reading one roster cell', () => {
  it.each<[string, unknown]>([
    ['age', null],
    ['age', undefined],
    ['age', ''],
    ['age', '   '],
    ['higher', ' \t '],
    ['school', null],
    ['Mjob', undefined],
  ])('reads a blank %s cell (%j) as null, without a problem', (name, cell) => {
    expect(normaliseValue(attributeNamed(name), cell)).toEqual(ok(null));
  });

  it('refuses a date, in any column, with the likely cause', () => {
    const date = invalid('is a date (the spreadsheet may have converted it)');
    expect(normaliseValue(attributeNamed('age'), new Date(2024, 0, 15))).toEqual(date);
    expect(normaliseValue(attributeNamed('school'), new Date(2024, 0, 15))).toEqual(date);
  });

  describe('numbers', () => {
    it.each<[string, unknown, CellReading]>([
      // age is a count from 15 to 22: both ends are valid, one step beyond is not.
      ['age', 18, ok(18)],
      ['age', 15, ok(15)],
      ['age', 22, ok(22)],
      ['age', 14, invalid('is outside the valid range 15-22')],
      ['age', 23, invalid('is outside the valid range 15-22')],
      ['failures', -1, invalid('is outside the valid range 0-4')],
      // A count or grade may be fractional; an ordinal code may not.
      ['G1', 12.5, ok(12.5)],
      ['failures', 0.5, ok(0.5)],
      ['Medu', 2.5, invalid('is not a whole number from 0 to 4')],
      ['Medu', 0, ok(0)],
      ['Medu', 5, invalid('is outside the valid range 0-4')],
      ['Medu', -1, invalid('is outside the valid range 0-4')],
      ['Medu', '3', normalised(3, asText)],
      ['Medu', '3,5', invalid('is not a whole number from 0 to 4')],
      // Text that is a number, with spaces, a decimal comma or point, a leading point or a trailing one.
      ['age', '18', normalised(18, asText)],
      ['age', ' 18 ', normalised(18, asText)],
      ['G1', '12,5', normalised(12.5, asText)],
      ['G1', '12,25', normalised(12.25, asText)],
      ['absences', '12,5', normalised(12.5, asText)],
      ['G1', '12.25', normalised(12.25, asText)],
      ['G1', '.5', normalised(0.5, asText)],
      ['G1', '.25', normalised(0.25, asText)],
      ['G1', '5.', normalised(5, asText)],
      ['G1', '0', normalised(0, asText)],
      ['failures', '-1', invalid('is outside the valid range 0-4')],
      ['failures', '-0,5', invalid('is outside the valid range 0-4')],
      ['failures', '-.5', invalid('is outside the valid range 0-4')],
      // Anything else is not a number.
      ['age', 'eighteen', invalid(notANumber)],
      ['age', '18 years', invalid(notANumber)],
      ['age', 'age 18', invalid(notANumber)],
      ['age', '1 8', invalid(notANumber)],
      ['G1', '1e1', invalid(notANumber)],
      ['G1', '12,5,1', invalid(notANumber)],
      ['G1', '1.2.3', invalid(notANumber)],
      ['G1', '.', invalid(notANumber)],
      ['G1', '-', invalid(notANumber)],
      ['G1', ',5', invalid(notANumber)],
      ['age', true, invalid(notANumber)],
      ['age', { value: 18 }, invalid(notANumber)],
    ])('reads %s %j', (name, cell, reading) => {
      expect(normaliseValue(attributeNamed(name), cell)).toEqual(reading);
    });
  });

  describe('yes/no columns', () => {
    it.each<[unknown, CellReading]>([
      ['yes', ok('yes')],
      ['no', ok('no')],
      // A difference of case only is not reported.
      ['Yes', ok('yes')],
      ['No', ok('no')],
      ['NO', ok('no')],
      // Spaces around a right value, or another way to say yes or no, are.
      [' yes', normalised('yes', 'is written " yes"')],
      ['YES ', normalised('yes', 'is written "YES "')],
      ['Y', normalised('yes', 'is written "Y"')],
      ['y', normalised('yes', 'is written "y"')],
      ['TRUE', normalised('yes', 'is written "TRUE"')],
      ['1', normalised('yes', 'is written "1"')],
      [1, normalised('yes', 'is written "1"')],
      [true, normalised('yes', 'is written "true"')],
      ['N', normalised('no', 'is written "N"')],
      ['n', normalised('no', 'is written "n"')],
      ['false', normalised('no', 'is written "false"')],
      ['FALSE', normalised('no', 'is written "FALSE"')],
      ['0', normalised('no', 'is written "0"')],
      [0, normalised('no', 'is written "0"')],
      [false, normalised('no', 'is written "false"')],
      ['maybe', invalid('is not one of the expected values (no, yes)')],
      ['yes please', invalid('is not one of the expected values (no, yes)')],
      // Only spaces, '_' and '-' fold to nothing, which is no answer.
      ['-', invalid('is not one of the expected values (no, yes)')],
      ['_ -', invalid('is not one of the expected values (no, yes)')],
      [2, invalid('is not one of the expected values (no, yes)')],
    ])('reads higher %j', (cell, reading) => {
      expect(normaliseValue(attributeNamed('higher'), cell)).toEqual(reading);
    });
  });

  describe('category columns', () => {
    it.each<[string, unknown, CellReading]>([
      ['school', 'GP', ok('GP')],
      ['school', 'gp', ok('GP')],
      ['school', 'Ms', ok('MS')],
      ['school', ' GP ', normalised('GP', 'is written " GP "')],
      ['school', ' gp', normalised('GP', 'is written " gp"')],
      // The label a teacher would write, in any case and with spaces, '_' or '-' anywhere.
      ['school', 'Gabriel Pereira', normalised('GP', 'is written "Gabriel Pereira"')],
      ['school', 'gabriel-pereira', normalised('GP', 'is written "gabriel-pereira"')],
      ['school', 'Mousinho_da_Silveira', normalised('MS', 'is written "Mousinho_da_Silveira"')],
      ['sex', 'female', normalised('F', 'is written "female"')],
      ['address', 'Rural', normalised('R', 'is written "Rural"')],
      ['Mjob', 'at_home', ok('at_home')],
      ['Mjob', 'At_Home', ok('at_home')],
      ['Mjob', 'at home', normalised('at_home', 'is written "at home"')],
      ['Mjob', 'at  - home', normalised('at_home', 'is written "at  - home"')],
      ['Mjob', 'AtHome', normalised('at_home', 'is written "AtHome"')],
      ['Mjob', 'health care', normalised('health', 'is written "health care"')],
      ['Mjob', 'Civil Services', normalised('services', 'is written "Civil Services"')],
      ['Mjob', 'other', ok('other')],
      // Yes and no mean nothing in a column whose categories are not yes and no.
      ['school', 'yes', invalid('is not one of the expected values (GP, MS)')],
      ['school', 'y', invalid('is not one of the expected values (GP, MS)')],
      ['school', 'no', invalid('is not one of the expected values (GP, MS)')],
      ['school', 1, invalid('is not one of the expected values (GP, MS)')],
      ['sex', true, invalid('is not one of the expected values (F, M)')],
      [
        'Mjob',
        'nurse',
        invalid('is not one of the expected values (teacher, health, services, at_home, other)'),
      ],
      [
        'Mjob',
        'athom',
        invalid('is not one of the expected values (teacher, health, services, at_home, other)'),
      ],
      ['guardian', 'aunt', invalid('is not one of the expected values (mother, father, other)')],
    ])('reads %s %j', (name, cell, reading) => {
      expect(normaliseValue(attributeNamed(name), cell)).toEqual(reading);
    });
  });
});
