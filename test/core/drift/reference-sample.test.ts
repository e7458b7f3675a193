import { ATTRIBUTES, type StudentRecord } from '../../../src/core/data/dictionary';
import { decodeReferenceSample, encodeReferenceSample } from '../../../src/core/drift/reference-codec';
import {
  SHEET_CELL_LIMIT,
  referenceSampleThatFits,
  sampleReference,
} from '../../../src/core/drift/reference-sample';
import { loadUciCourse, loadUciJoined } from '../../support/uci';

const UCI_INPUTS = ATTRIBUTES.map((attribute) => attribute.name).filter((name) => name !== 'G3');
/** The stored JSON, loosely typed so a test can damage it. */
interface StoredSample {
  rows: number;
  levels: Record<string, unknown>;
  columns: { age: unknown[]; Mjob: unknown[] };
}

const rows: StudentRecord[] = [
  { age: 16, Mjob: 'teacher', G1: 12 },
  { age: 17, Mjob: 'health', G1: null },
  { age: 15, Mjob: null, G1: 9 },
  { age: 18, Mjob: 'teacher', G1: 14 },
  { age: 16, Mjob: 'other' },
];

describe('reference sample', () => {
  it('is the same for the same seed and differs for another', () => {
    const first = sampleReference(loadUciJoined(), UCI_INPUTS, { maxRows: 100, seed: 7 });
    const again = sampleReference(loadUciJoined(), UCI_INPUTS, { maxRows: 100, seed: 7 });
    const other = sampleReference(loadUciJoined(), UCI_INPUTS, { maxRows: 100, seed: 8 });
    expect(again).toEqual(first);
    expect(other.table).not.toEqual(first.table);
    expect(first).toMatchObject({ seed: 7, sourceRows: 1044, rows: 100 });
  });

  it('keeps every row when there are fewer than asked for, in training order', () => {
    const sample = sampleReference(rows, ['age', 'Mjob', 'G1'], { maxRows: 10, seed: 1 });
    expect(sample.rows).toBe(5);
    expect(sample.table.age).toEqual([16, 17, 15, 18, 16]);
    expect(sample.table.G1).toEqual([12, null, 9, 14, null]); // a missing value reads as blank
  });

  it('nests: the sample of k rows lies inside the sample of k + 1', () => {
    const key = (table: Record<string, readonly unknown[]>, i: number) =>
      JSON.stringify(UCI_INPUTS.map((c) => table[c]?.[i]));
    const small = sampleReference(loadUciJoined(), UCI_INPUTS, { maxRows: 50, seed: 3 });
    const large = sampleReference(loadUciJoined(), UCI_INPUTS, { maxRows: 51, seed: 3 });
    const larger = new Set(Array.from({ length: 51 }, (_, i) => key(large.table, i)));
    for (let i = 0; i < 50; i += 1) expect(larger.has(key(small.table, i))).toBe(true);
  });

  it('gives an empty sample of no rows, and throws RangeError for a negative or fractional size', () => {
    expect(sampleReference([], ['age'], { maxRows: 10, seed: 1 })).toEqual({
      seed: 1,
      sourceRows: 0,
      rows: 0,
      table: { age: [] },
    });
    expect(() => sampleReference(rows, ['age'], { maxRows: -1, seed: 1 })).toThrow(RangeError);
    expect(() => sampleReference(rows, ['age'], { maxRows: 2.5, seed: 1 })).toThrow(RangeError);
  });
});

describe('reference sample that fits a sheet cell', () => {
  it('fits 714 rows of the 33 UCI inputs in 50,000 characters (the figure documented in reference-sample.ts)', () => {
    const sample = referenceSampleThatFits(loadUciJoined(), UCI_INPUTS, { seed: 1 });
    expect(sample.rows).toBe(714);
    expect(encodeReferenceSample(sample).length).toBeLessThanOrEqual(SHEET_CELL_LIMIT);
    const oneMore = sampleReference(loadUciJoined(), UCI_INPUTS, { maxRows: 715, seed: 1 });
    expect(encodeReferenceSample(oneMore).length).toBeGreaterThan(SHEET_CELL_LIMIT);
  });

  it('keeps a whole course when it fits', () => {
    const math = UCI_INPUTS.filter((name) => name !== 'course');
    expect(referenceSampleThatFits(loadUciCourse('math'), math, { seed: 1 }).rows).toBe(395);
    expect(referenceSampleThatFits(loadUciCourse('portuguese'), math, { seed: 1 }).rows).toBe(649);
  });

  it('honours a smaller row or character limit', () => {
    expect(referenceSampleThatFits(loadUciJoined(), UCI_INPUTS, { seed: 1, maxRows: 200 }).rows).toBe(200);
    const small = referenceSampleThatFits(loadUciJoined(), UCI_INPUTS, { seed: 1, maxChars: 5000 });
    expect(encodeReferenceSample(small).length).toBeLessThanOrEqual(5000);
    expect(small.rows).toBeGreaterThan(40);
  });

  it('throws RangeError when not even the column names fit', () => {
    expect(() => referenceSampleThatFits(rows, ['age', 'Mjob', 'G1'], { seed: 1, maxChars: 20 })).toThrow(
      RangeError,
    );
  });
});

describe('reference sample JSON', () => {
  it('round-trips numbers, text and blanks', () => {
    const sample = sampleReference(rows, ['age', 'Mjob', 'G1'], { maxRows: 5, seed: 4 });
    expect(decodeReferenceSample(encodeReferenceSample(sample))).toEqual(sample);
    const uci = sampleReference(loadUciJoined(), UCI_INPUTS, { maxRows: 300, seed: 2 });
    expect(decodeReferenceSample(encodeReferenceSample(uci))).toEqual(uci);
  });

  it('stores text columns as indices into sorted levels', () => {
    const encoded: StoredSample = JSON.parse(
      encodeReferenceSample(sampleReference(rows, ['Mjob'], { maxRows: 5, seed: 4 })),
    );
    expect(encoded.levels.Mjob).toEqual(['health', 'other', 'teacher']);
    expect(encoded.columns.Mjob).toEqual([2, 0, null, 2, 1]);
  });

  it('refuses other formats and damaged samples', () => {
    const good: StoredSample = JSON.parse(
      encodeReferenceSample(sampleReference(rows, ['age', 'Mjob'], { maxRows: 5, seed: 4 })),
    );
    const damaged = (change: (sample: StoredSample) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return JSON.stringify(copy);
    };
    expect(() => decodeReferenceSample('not json')).toThrow(SyntaxError);
    expect(() => decodeReferenceSample('{"format":"other"}')).toThrow(RangeError);
    expect(() => decodeReferenceSample(damaged((s) => s.columns.age.pop()))).toThrow(RangeError);
    expect(() => decodeReferenceSample(damaged((s) => (s.columns.Mjob[0] = 7)))).toThrow(RangeError);
    expect(() => decodeReferenceSample(damaged((s) => (s.columns.age[0] = 'sixteen')))).toThrow(TypeError);
    expect(() => decodeReferenceSample(damaged((s) => (s.levels.Mjob = 'teacher')))).toThrow(TypeError);
    expect(() => decodeReferenceSample(damaged((s) => (s.rows = -1)))).toThrow(TypeError);
  });
});

describe('reference sample limits, exactly', () => {
  // The five rows' ages as stored, in training order; and the same sample with no rows.
  const whole =
    '{"format":"reference-sample/1","seed":1,"sourceRows":5,"rows":5,"levels":{},"columns":{"age":[16,17,15,18,16]}}';
  const none =
    '{"format":"reference-sample/1","seed":1,"sourceRows":5,"rows":0,"levels":{},"columns":{"age":[]}}';

  it('takes a sample of 0 rows when asked for none', () => {
    expect(sampleReference(rows, ['age'], { maxRows: 0, seed: 1 })).toEqual({
      seed: 1,
      sourceRows: 5,
      rows: 0,
      table: { age: [] },
    });
    expect(referenceSampleThatFits(rows, ['age'], { seed: 1, maxRows: 0 }).rows).toBe(0);
  });

  it('keeps a sample whose JSON is exactly maxChars long, and one row fewer below that', () => {
    expect(encodeReferenceSample(sampleReference(rows, ['age'], { maxRows: 5, seed: 1 }))).toBe(whole);
    expect(referenceSampleThatFits(rows, ['age'], { seed: 1, maxChars: whole.length }).rows).toBe(5);
    expect(referenceSampleThatFits(rows, ['age'], { seed: 1, maxChars: whole.length - 1 }).rows).toBe(4);
  });

  it('keeps an empty sample that exactly fits, and says so when not even that fits', () => {
    expect(encodeReferenceSample(sampleReference(rows, ['age'], { maxRows: 0, seed: 1 }))).toBe(none);
    expect(referenceSampleThatFits(rows, ['age'], { seed: 1, maxChars: none.length }).rows).toBe(0);
    expect(() => referenceSampleThatFits(rows, ['age'], { seed: 1, maxChars: none.length - 1 })).toThrow(
      new RangeError(`Even an empty reference sample of 1 columns exceeds ${none.length - 1} characters.`),
    );
  });

  it('says which limit is not a whole number ≥ 0', () => {
    expect(() => sampleReference(rows, ['age'], { maxRows: -1, seed: 1 })).toThrow(
      new RangeError('maxRows must be a whole number ≥ 0, got -1.'),
    );
    expect(() => referenceSampleThatFits(rows, ['age'], { seed: 1, maxRows: 2.5 })).toThrow(
      new RangeError('maxRows must be a whole number ≥ 0, got 2.5.'),
    );
    expect(() => referenceSampleThatFits(rows, ['age'], { seed: 1, maxChars: -1 })).toThrow(
      new RangeError('maxChars must be a whole number ≥ 0, got -1.'),
    );
  });
});
