import fc from 'fast-check';
import { MAX_PROBLEMS_LISTED } from '../../../src/core/api/api-limits';
import { constantTimeEqual, newToken } from '../../../src/core/api/constant-time-equal';
import { parseBody, readStudents, tokenInBody } from '../../../src/core/api/predict-request';

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
