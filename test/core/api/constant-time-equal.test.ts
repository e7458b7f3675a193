import { constantTimeEqual, newToken } from '../../../src/core/api/constant-time-equal';

/** A `uuid` that returns `first`, then `second`, then `first` again, and so on. */
const uuidsOf = (first: string, second: string): (() => string) => {
  let calls = 0;
  return () => (calls++ % 2 === 0 ? first : second);
};

const NOT_UUIDS = new TypeError('uuid() must return UUIDs to make a token.');

describe('constantTimeEqual', () => {
  it('is true only for the same string', () => {
    expect(constantTimeEqual('', '')).toBe(true);
    expect(constantTimeEqual('token', 'token')).toBe(true);
    expect(constantTimeEqual('token', 'tokem')).toBe(false);
    expect(constantTimeEqual('token', 'Token')).toBe(false);
  });

  it('is false when one string is the other with more characters, either way round', () => {
    expect(constantTimeEqual('tok', 'token')).toBe(false);
    expect(constantTimeEqual('token', 'tok')).toBe(false);
    expect(constantTimeEqual('', 'a')).toBe(false);
    expect(constantTimeEqual('a', '')).toBe(false);
    // NUL reads as 0, like a position past the end: only the lengths tell these apart.
    expect(constantTimeEqual('a\u0000', 'a')).toBe(false);
    expect(constantTimeEqual('a', 'a\u0000')).toBe(false);
  });
});

describe('newToken', () => {
  const a = '123e4567-e89b-42d3-a456-426614174000';
  const b = 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE';

  it('joins two UUIDs without dashes, in lower case: 64 hex digits', () => {
    expect(newToken(uuidsOf(a, b))).toBe('123e4567e89b42d3a456426614174000aaaaaaaabbbb4ccc8dddeeeeeeeeeeee');
  });

  it('refuses 63 and 65 hex digits, naming the cause', () => {
    expect(() => newToken(uuidsOf('a'.repeat(32), 'a'.repeat(31)))).toThrow(NOT_UUIDS);
    expect(() => newToken(uuidsOf('a'.repeat(32), 'a'.repeat(33)))).toThrow(NOT_UUIDS);
  });

  it('refuses 64 hex digits with something else before or after them', () => {
    expect(() => newToken(uuidsOf(`g${'a'.repeat(32)}`, 'a'.repeat(32)))).toThrow(NOT_UUIDS);
    expect(() => newToken(uuidsOf('a'.repeat(32), `${'a'.repeat(32)}g`))).toThrow(NOT_UUIDS);
  });

  it('throws a TypeError with its message, not just any error', () => {
    expect(() => newToken(() => 'x')).toThrow(TypeError);
    expect(() => newToken(() => 'x')).toThrow(/^uuid\(\) must return UUIDs to make a token\.$/);
  });
});
