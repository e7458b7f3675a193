import { DataError } from '../../src/core/errors';

describe('DataError', () => {
  it('is an Error named DataError that carries the cell it points at', () => {
    const error = new DataError('G3 in row 4 is not a number.', { row: 4, column: 'G3' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DataError');
    expect(error.message).toBe('G3 in row 4 is not a number.');
    expect(error.location).toEqual({ row: 4, column: 'G3' });
    expect(String(error)).toBe('DataError: G3 in row 4 is not a number.');
  });

  it('has no location unless one is given', () => {
    expect(new DataError('The sheet is empty.').location).toEqual({});
  });
});
