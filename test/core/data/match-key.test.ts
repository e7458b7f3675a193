import { matchKey } from '../../../src/core/data/match-key';
import { loadUciCourse } from '../../support/uci';

describe('the cross-course match key', () => {
  it('finds the 382 students in both UCI courses from 366 distinct keys (inner join, as published)', () => {
    const portuguese = new Map<string, number>();
    for (const record of loadUciCourse('portuguese')) {
      const key = matchKey(record);
      portuguese.set(key, (portuguese.get(key) ?? 0) + 1);
    }
    let joinedRows = 0;
    const keys = new Set<string>();
    for (const record of loadUciCourse('math')) {
      const matches = portuguese.get(matchKey(record)) ?? 0;
      joinedRows += matches;
      if (matches > 0) keys.add(matchKey(record));
    }
    expect(joinedRows).toBe(382);
    expect(keys.size).toBe(366);
  });

  it('gives a number and its text the same key, and ignores attributes outside the 13', () => {
    const a = { school: 'GP', age: 16, Medu: 4, G3: 12, absences: 3 };
    const b = { school: ' GP ', age: '16', Medu: '4', G3: 5, absences: 0 };
    expect(matchKey(a)).toBe(matchKey(b));
  });

  it('joins the 13 trimmed values in dictionary order with "|"', () => {
    const record = {
      school: 'GP',
      sex: 'F',
      age: 18,
      address: 'U',
      famsize: 'GT3',
      Pstatus: 'A',
      Medu: 4,
      Fedu: '4 ',
      Mjob: 'at_home',
      Fjob: 'teacher',
      reason: 'course',
      nursery: 'yes',
      internet: 'no',
      G3: 6,
    };
    expect(matchKey(record)).toBe('GP|F|18|U|GT3|A|4|4|at_home|teacher|course|yes|no');
  });

  it('writes a blank or missing value as an empty part', () => {
    expect(matchKey({})).toBe('||||||||||||');
    // school, eleven empty parts (sex to nursery), internet.
    expect(matchKey({ school: 'MS', sex: '  ', age: null, internet: 'yes' })).toBe('MS||||||||||||yes');
  });

  it('keeps blanks distinct from values', () => {
    expect(matchKey({ school: null })).not.toBe(matchKey({ school: 'GP' }));
  });
});
