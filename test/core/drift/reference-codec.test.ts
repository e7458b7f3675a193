import { decodeReferenceSample, encodeReferenceSample } from '../../../src/core/drift/reference-codec';

/** A stored sample written by hand: Mjob level-coded (1 = teacher, 0 = health), age as plain numbers. */
const stored = {
  format: 'reference-sample/1',
  seed: 4,
  sourceRows: 9,
  rows: 3,
  levels: { Mjob: ['health', 'teacher'] },
  columns: { age: [16, null, 17], Mjob: [1, 0, null] },
};

/** `stored` with `change` applied to a copy, as JSON. */
function damaged(change: (sample: Record<string, unknown> & typeof stored) => void): string {
  const copy = structuredClone(stored);
  change(copy);
  return JSON.stringify(copy);
}

describe('reference sample JSON, exactly', () => {
  it('reads a hand-written sample', () => {
    expect(decodeReferenceSample(JSON.stringify(stored))).toEqual({
      seed: 4,
      sourceRows: 9,
      rows: 3,
      table: { age: [16, null, 17], Mjob: ['teacher', 'health', null] },
    });
  });

  it('level-codes a column mixing numbers and text: numbers first, numerically, then text', () => {
    const sample = { seed: 1, sourceRows: 5, rows: 5, table: { code: [10, 'a', 2, null, 2] } };
    const text = encodeReferenceSample(sample);
    expect(text).toBe(
      '{"format":"reference-sample/1","seed":1,"sourceRows":5,"rows":5,' +
        '"levels":{"code":[2,10,"a"]},"columns":{"code":[1,2,0,null,0]}}',
    );
    expect(decodeReferenceSample(text)).toEqual(sample);
  });

  it('keeps the number 1 and the text "1" as two levels, in the order first met', () => {
    const sample = { seed: 1, sourceRows: 3, rows: 3, table: { code: ['1', 1, '1'] } };
    const text = encodeReferenceSample(sample);
    expect(text).toBe(
      '{"format":"reference-sample/1","seed":1,"sourceRows":3,"rows":3,' +
        '"levels":{"code":["1",1]},"columns":{"code":[0,1,0]}}',
    );
    expect(decodeReferenceSample(text)).toEqual(sample);
  });

  it('round-trips a sample of no rows', () => {
    const empty = { seed: 1, sourceRows: 0, rows: 0, table: { age: [] } };
    const text = encodeReferenceSample(empty);
    expect(text).toBe(
      '{"format":"reference-sample/1","seed":1,"sourceRows":0,"rows":0,"levels":{},"columns":{"age":[]}}',
    );
    expect(decodeReferenceSample(text)).toEqual(empty);
  });

  it('reads levels that are not an object as no levels', () => {
    const numbersOnly = damaged((s) => {
      s.levels = null as never;
      s.columns = { age: [16, null, 17] } as never;
    });
    expect(decodeReferenceSample(numbersOnly).table).toEqual({ age: [16, null, 17] });
  });

  it('says what is wrong with a text that is not a sample', () => {
    const notASample = new RangeError('This is not a reference sample in the format reference-sample/1.');
    expect(() => decodeReferenceSample('null')).toThrow(notASample);
    expect(() => decodeReferenceSample('[]')).toThrow(notASample);
    expect(() => decodeReferenceSample(damaged((s) => (s.format = 'reference-sample/2')))).toThrow(
      notASample,
    );
  });

  it('says which count is not a whole number ≥ 0', () => {
    expect(() => decodeReferenceSample(damaged((s) => (s.rows = -1)))).toThrow(
      new TypeError("The reference sample's row count must be a whole number ≥ 0."),
    );
    expect(() => decodeReferenceSample(damaged((s) => (s.sourceRows = 2.5)))).toThrow(
      new TypeError("The reference sample's source row count must be a whole number ≥ 0."),
    );
    expect(() => decodeReferenceSample(damaged((s) => (s.seed = '4' as never)))).toThrow(
      new TypeError("The reference sample's seed must be a number."),
    );
  });

  it('refuses columns that are not an object of columns', () => {
    const message = new TypeError("The reference sample's columns must be an object.");
    for (const columns of [null, [], 5])
      expect(() => decodeReferenceSample(damaged((s) => (s.columns = columns as never)))).toThrow(message);
  });

  it('says which column is damaged and how', () => {
    expect(() => decodeReferenceSample(damaged((s) => s.columns.age.pop()))).toThrow(
      new RangeError('Reference column "age" must be a list of 3 values.'),
    );
    expect(() => decodeReferenceSample(damaged((s) => (s.columns.age[0] = 'sixteen' as never)))).toThrow(
      new TypeError('Reference column "age" holds a value that is neither a number nor blank.'),
    );
    expect(() => decodeReferenceSample(damaged((s) => (s.columns.Mjob[0] = 7)))).toThrow(
      new RangeError('Reference column "Mjob" points at level 7, which does not exist.'),
    );
    const badLevels = new TypeError(
      'The levels of reference column "Mjob" must be a list of texts or numbers.',
    );
    expect(() => decodeReferenceSample(damaged((s) => (s.levels.Mjob = 'health' as never)))).toThrow(
      badLevels,
    );
    expect(() => decodeReferenceSample(damaged((s) => (s.levels.Mjob = [true, 'teacher'] as never)))).toThrow(
      badLevels,
    );
    expect(() => decodeReferenceSample(damaged((s) => (s.levels.Mjob = ['health', null] as never)))).toThrow(
      badLevels,
    );
  });
});
