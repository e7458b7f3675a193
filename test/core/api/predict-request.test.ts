import fc from 'fast-check';
import {
  MAX_BODY_CHARS,
  MAX_KEY_CHARS,
  MAX_PROBLEMS_LISTED,
  MAX_STUDENTS_PER_REQUEST,
} from '../../../src/core/api/api-limits';
import { constantTimeEqual, newToken } from '../../../src/core/api/constant-time-equal';
import { parseBody, readStudents, shownValue, tokenInBody } from '../../../src/core/api/predict-request';

describe('parseBody', () => {
  it('accepts a JSON object and names what else it got', () => {
    expect(parseBody('{"students":[]}')).toEqual({ ok: true, value: { students: [] } });
    expect(parseBody('')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^body: is empty/)] });
    expect(parseBody('{')).toEqual({ ok: false, problems: ['body: is not valid JSON'] });
    expect(parseBody('[1]')).toEqual({ ok: false, problems: ['body: [1] is not a JSON object'] });
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseBody(text)));
  });
});

describe('readStudents', () => {
  it('reads values with the roster rules: text numbers, labels and yes/no are normalised', () => {
    const read = readStudents({
      students: [{ key: 12, age: '17', address: 'urban', internet: true, Medu: null }],
    });
    expect(read).toEqual({
      ok: true,
      value: [{ key: '12', values: { age: 17, address: 'U', internet: 'yes', Medu: null } }],
    });
  });

  it('names each bad field of each student, and unexpected top-level fields', () => {
    expect(readStudents({ students: [{ age: 'abc' }, { studytime: 2.5, 'x y': 1 }], extra: 1 })).toEqual({
      ok: false,
      problems: ['extra: is not a field of a request'],
    });
    expect(readStudents({ students: [{ age: 'abc' }, { studytime: 2.5, 'x y': 1, sex: ['F'] }] })).toEqual({
      ok: false,
      problems: [
        'students[0].age: "abc" is not a number',
        'students[1].studytime: 2.5 is not a whole number from 1 to 4',
        'students[1]["x y"]: is not a student attribute PassCompass knows',
        'students[1].sex: ["F"] is not a single value',
      ],
    });
  });

  it('lists at most MAX_PROBLEMS_LISTED problems and counts the rest', () => {
    const read = readStudents({ students: Array(150).fill({ age: 'x' }) });
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems).toHaveLength(MAX_PROBLEMS_LISTED + 1);
      expect(read.problems.at(-1)).toBe('…and 50 more problems');
    }
  });

  it('takes the token only when it is a string', () => {
    expect([tokenInBody({ token: 'a' }), tokenInBody({ token: 1 }), tokenInBody({})]).toEqual([
      'a',
      null,
      null,
    ]);
  });
});

describe('constantTimeEqual', () => {
  it('agrees with === on every pair of strings', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => constantTimeEqual(a, b) === (a === b)));
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abc\u0000')).toBe(false);
  });
});

describe('newToken', () => {
  it('is 64 hex digits from two UUIDs, and refuses what is not a UUID', () => {
    const uuids = ['123e4567-e89b-42d3-a456-426614174000', 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE'];
    let i = 0;
    expect(newToken(() => uuids[i++] ?? '')).toBe(
      '123e4567e89b42d3a456426614174000aaaaaaaabbbb4ccc8dddeeeeeeeeeeee',
    );
    expect(() => newToken(() => 'x')).toThrow(TypeError);
  });
});

describe('the limits, as numbers', () => {
  // The tests below build inputs at these exact sizes; if a limit changes, their expected messages must too.
  it('are the documented values', () => {
    expect([MAX_BODY_CHARS, MAX_STUDENTS_PER_REQUEST, MAX_KEY_CHARS, MAX_PROBLEMS_LISTED]).toEqual([
      1_000_000, 1_000, 200, 100,
    ]);
  });
});

describe('shownValue', () => {
  it('shows JSON, and "missing" for undefined', () => {
    expect(shownValue(undefined)).toBe('missing');
    expect(shownValue(null)).toBe('null');
    expect(shownValue('abc')).toBe('"abc"');
    expect(shownValue([1, 'a'])).toBe('[1,"a"]');
    expect(shownValue({ a: 1 })).toBe('{"a":1}');
  });

  it('keeps 60 characters whole and cuts 61 to 57 and an ellipsis', () => {
    // 58 letters and two quotes: 60 characters.
    expect(shownValue('a'.repeat(58))).toBe(`"${'a'.repeat(58)}"`);
    // 59 letters and two quotes: 61 characters, cut to the quote, 56 letters and "…".
    expect(shownValue('a'.repeat(59))).toBe(`"${'a'.repeat(56)}…`);
    expect(shownValue('b'.repeat(100))).toBe(`"${'b'.repeat(56)}…`);
  });
});

describe('parseBody, more', () => {
  it('refuses JSON that is not an object: null, numbers, strings, booleans', () => {
    expect(parseBody('null')).toEqual({ ok: false, problems: ['body: null is not a JSON object'] });
    expect(parseBody('1')).toEqual({ ok: false, problems: ['body: 1 is not a JSON object'] });
    expect(parseBody('"students"')).toEqual({
      ok: false,
      problems: ['body: "students" is not a JSON object'],
    });
    expect(parseBody('true')).toEqual({ ok: false, problems: ['body: true is not a JSON object'] });
  });

  it('says an empty body is empty, whether empty text, null or undefined', () => {
    const empty = { ok: false, problems: ['body: is empty; send a JSON object with "students"'] };
    expect([parseBody(''), parseBody(null), parseBody(undefined)]).toEqual([empty, empty, empty]);
  });

  it('accepts a body of exactly 1,000,000 characters and refuses 1,000,001', () => {
    // "{}" and white space, which JSON allows after the value.
    expect(parseBody(`{}${' '.repeat(999_998)}`)).toEqual({ ok: true, value: {} });
    expect(parseBody(`{}${' '.repeat(999_999)}`)).toEqual({
      ok: false,
      problems: ['body: has 1000001 characters; at most 1000000 are accepted'],
    });
  });
});

describe('readStudents, more', () => {
  it('accepts "token" beside "students"', () => {
    expect(readStudents({ token: 't', students: [{ age: 17 }] })).toEqual({
      ok: true,
      value: [{ key: null, values: { age: 17 } }],
    });
  });

  it('names a missing or non-list "students"', () => {
    expect(readStudents({})).toEqual({
      ok: false,
      problems: ['students: missing is not a list of students'],
    });
    expect(readStudents({ students: { age: 17 } })).toEqual({
      ok: false,
      problems: ['students: {"age":17} is not a list of students'],
    });
    expect(readStudents({ students: 'x', other: 1 })).toEqual({
      ok: false,
      problems: ['other: is not a field of a request', 'students: "x" is not a list of students'],
    });
  });

  it('refuses an empty list of students', () => {
    expect(readStudents({ students: [] })).toEqual({ ok: false, problems: ['students: is empty'] });
  });

  it('accepts exactly 1,000 students and refuses 1,001', () => {
    const thousand = readStudents({ students: Array.from({ length: 1000 }, () => ({})) });
    expect(thousand.ok).toBe(true);
    if (thousand.ok) {
      expect(thousand.value).toHaveLength(1000);
      expect(thousand.value[999]).toEqual({ key: null, values: {} });
    }
    expect(readStudents({ students: Array.from({ length: 1001 }, () => ({})) })).toEqual({
      ok: false,
      problems: ['students: has 1001 students; at most 1000 per request'],
    });
  });

  it('lists exactly 100 problems without a count of more', () => {
    const read = readStudents({ students: Array.from({ length: 100 }, () => ({ age: 'x' })) });
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems).toHaveLength(100);
      expect(read.problems[0]).toBe('students[0].age: "x" is not a number');
      expect(read.problems[99]).toBe('students[99].age: "x" is not a number');
    }
  });

  it('counts one problem more than 100 as one more', () => {
    const read = readStudents({ students: Array.from({ length: 101 }, () => ({ age: 'x' })) });
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems).toHaveLength(101);
      expect(read.problems[99]).toBe('students[99].age: "x" is not a number');
      expect(read.problems[100]).toBe('…and 1 more problem');
    }
  });

  it('names a student that is not a JSON object', () => {
    expect(readStudents({ students: [null, 3, ['a'], { age: 17 }] })).toEqual({
      ok: false,
      problems: [
        'students[0]: null is not a JSON object',
        'students[1]: 3 is not a JSON object',
        'students[2]: ["a"] is not a JSON object',
      ],
    });
  });

  it('takes numbers as attribute values, and an attribute only once', () => {
    expect(readStudents({ students: [{ age: 17, Medu: 4, internet: 'no' }] })).toEqual({
      ok: true,
      value: [{ key: null, values: { age: 17, Medu: 4, internet: 'no' } }],
    });
    expect(readStudents({ students: [{ age: 17, 'Student age': 18 }] })).toEqual({
      ok: false,
      problems: ['students[0]["Student age"]: gives age a second time'],
    });
  });

  it('reads a null key as no key, and trims a key', () => {
    expect(
      readStudents({
        students: [
          { key: null, age: 17 },
          { key: '  s-1 ', age: 18 },
        ],
      }),
    ).toEqual({
      ok: true,
      value: [
        { key: null, values: { age: 17 } },
        { key: 's-1', values: { age: 18 } },
      ],
    });
  });

  it('names keys that are not a non-empty string or number', () => {
    expect(
      readStudents({
        students: [{ key: true }, { key: '' }, { key: '   ' }, { key: ['a'] }, { key: { id: 1 } }],
      }),
    ).toEqual({
      ok: false,
      problems: [
        'students[0].key: true is not a student key (a non-empty string)',
        'students[1].key: "" is not a student key (a non-empty string)',
        'students[2].key: "   " is not a student key (a non-empty string)',
        'students[3].key: ["a"] is not a student key (a non-empty string)',
        'students[4].key: {"id":1} is not a student key (a non-empty string)',
      ],
    });
  });

  it('accepts a key of 200 characters (after trimming) and refuses 201', () => {
    const longest = 'k'.repeat(200);
    expect(readStudents({ students: [{ key: longest }, { key: ` ${longest} ` }] })).toEqual({
      ok: true,
      value: [
        { key: longest, values: {} },
        { key: longest, values: {} },
      ],
    });
    expect(readStudents({ students: [{ key: 'k'.repeat(201) }] })).toEqual({
      ok: false,
      problems: ['students[0].key: has 201 characters; at most 200'],
    });
  });
});
