import type { ColumnTable } from '../../../src/core/drift/column-table';
import { datasetDrift } from '../../../src/core/drift/dataset-drift';
import { counted, integers, normalSample, withBlanks } from './samples';

const reference: ColumnTable = {
  age: integers(15, 22, 25), // 200 rows
  G1: normalSample(200, { seed: 1, mean: 11, sd: 3 }).map(Math.round),
  internet: counted({ yes: 160, no: 40 }),
  Mjob: counted({ teacher: 30, health: 20, services: 50, at_home: 30, other: 70 }),
  failures: Array(200).fill(0),
};

function currentWindow(rows: number, changes: ColumnTable = {}): ColumnTable {
  const base: ColumnTable = {
    age: integers(15, 22, rows / 8),
    G1: normalSample(rows, { seed: 2, mean: 11, sd: 3 }).map(Math.round),
    internet: counted({ yes: (rows * 4) / 5, no: rows / 5 }),
    Mjob: counted({
      teacher: rows * 0.15,
      health: rows * 0.1,
      services: rows * 0.25,
      at_home: rows * 0.15,
      other: rows * 0.35,
    }),
    failures: Array(rows).fill(0),
  };
  return { ...base, ...changes };
}

describe('dataset drift', () => {
  it('does not drift when nothing changed, and leaves the constant column out of the share', () => {
    const result = datasetDrift(reference, currentWindow(80));
    expect(result.testedColumns).toBe(4);
    expect(result.columns.find((column) => column.column === 'failures')?.note).toBe(
      'not tested: constant in both',
    );
    expect(result.raw).toEqual({ driftedColumns: 0, share: 0, drifted: false });
    expect(result.corrected.drifted).toBe(false);
    expect(result.note).toBe('');
  });

  it('drifts when at least half of the tested columns drift', () => {
    const current = currentWindow(80, {
      G1: normalSample(80, { seed: 3, mean: 15, sd: 3 }).map(Math.round),
      internet: counted({ yes: 30, no: 50 }),
    });
    const result = datasetDrift(reference, current);
    expect(result.raw).toEqual({ driftedColumns: 2, share: 0.5, drifted: true });
    expect(result.corrected).toEqual({ driftedColumns: 2, share: 0.5, drifted: true });
  });

  it('does not drift when fewer than half drift', () => {
    const current = currentWindow(80, { internet: counted({ yes: 30, no: 50 }) });
    expect(datasetDrift(reference, current).raw).toEqual({ driftedColumns: 1, share: 0.25, drifted: false });
  });

  it('reports a Benjamini-Hochberg adjusted p-value beside each raw one', () => {
    const result = datasetDrift(reference, currentWindow(80, { internet: counted({ yes: 55, no: 25 }) }));
    const tested = result.columns.filter((column) => column.pValue !== undefined);
    expect(tested).toHaveLength(4);
    for (const column of tested) expect(column.adjustedP).toBeGreaterThanOrEqual(column.pValue as number);
    const smallest = tested.reduce((a, b) => ((a.pValue as number) < (b.pValue as number) ? a : b));
    expect(smallest.adjustedP).toBeCloseTo((smallest.pValue as number) * 4, 14);
  });

  it('lets the correction silence a marginal alarm that the raw verdict raises', () => {
    // internet: 54 of 80 yes against 160 of 200: p = 0.026 on its own (python3: erfc(|z|/√2) with the pooled
    // z → 0.02599873324851877), about 4 × 0.026 once adjusted over four columns.
    const result = datasetDrift(reference, currentWindow(80, { internet: counted({ yes: 54, no: 26 }) }), {
      driftShare: 0.25,
    });
    const internet = result.columns.find((column) => column.column === 'internet');
    expect(internet?.pValue).toBeCloseTo(0.02599873324851877, 12);
    expect(internet?.adjustedP).toBeGreaterThan(0.05);
    expect(internet).toMatchObject({ drifted: true, driftedCorrected: false });
    expect(result.raw.drifted).toBe(true);
    expect(result.corrected.drifted).toBe(false);
  });

  it('gives no verdict on a tiny current window', () => {
    const tiny = Object.fromEntries(
      Object.entries(currentWindow(80)).map(([name, values]) => [name, values.slice(0, 16)]),
    );
    const result = datasetDrift(reference, tiny);
    expect(result.testedColumns).toBe(0);
    expect(result.raw).toEqual({ driftedColumns: 0, share: null, drifted: null });
    expect(result.corrected.drifted).toBeNull();
    expect(result.note).toBe('too few rows: the current window has 16 rows (minimum 30)');
    expect(result.columns.every((column) => column.status === 'too few rows')).toBe(true);
  });

  it('counts blank and invalid cells per side as data-quality signals', () => {
    const current = currentWindow(80, {
      G1: withBlanks(integers(5, 15, 6), 14),
      age: [...integers(15, 22, 9), 'n/a', null, null, null, null, null, null, null],
    });
    const result = datasetDrift(reference, current);
    expect(result.quality.current).toEqual({
      rows: 80,
      cells: 400,
      blank: 21,
      invalid: 1,
      blankShare: 21 / 400,
    });
    expect(result.quality.reference).toMatchObject({ rows: 200, cells: 1000, blank: 0, invalid: 0 });
    expect(result.columns.find((column) => column.column === 'G1')?.current.blankShare).toBeCloseTo(
      14 / 80,
      15,
    );
  });

  it('tests only the columns asked for, with kinds for columns the dictionary lacks', () => {
    const result = datasetDrift(
      { ...reference, score: normalSample(200, { seed: 8 }) },
      { ...currentWindow(80), score: normalSample(80, { seed: 9, mean: 2 }) },
      { columns: ['score', 'age'], kinds: { score: 'numeric' } },
    );
    expect(result.columns.map((column) => column.column)).toEqual(['score', 'age']);
    expect(result.raw).toEqual({ driftedColumns: 1, share: 0.5, drifted: true });
  });

  it('throws RangeError for ragged tables, a missing column or a drift share outside (0, 1]', () => {
    expect(() => datasetDrift({ age: [16, 17], G1: [10] }, { age: [16], G1: [10] })).toThrow(RangeError);
    expect(() => datasetDrift(reference, { age: integers(15, 22, 10) })).toThrow(RangeError);
    expect(() => datasetDrift(reference, currentWindow(80), { driftShare: 0 })).toThrow(RangeError);
    expect(() => datasetDrift({ mystery: [1] }, { mystery: [1] })).toThrow(RangeError);
  });
});

describe('dataset drift at its boundaries', () => {
  it('gives no verdict and zero blank shares, not NaN, for tables without columns', () => {
    const empty = { rows: 0, cells: 0, blank: 0, invalid: 0, blankShare: 0 };
    expect(datasetDrift({}, {})).toEqual({
      columns: [],
      testedColumns: 0,
      raw: { driftedColumns: 0, share: null, drifted: null },
      corrected: { driftedColumns: 0, share: null, drifted: null },
      note: 'too few rows: the current window has 0 rows (minimum 30)',
      quality: { reference: empty, current: empty },
    });
  });

  it('says so when the window is large enough but no column could be tested', () => {
    const result = datasetDrift({ failures: Array(200).fill(0) }, { failures: Array(80).fill(0) });
    expect(result.testedColumns).toBe(0);
    expect(result.raw).toEqual({ driftedColumns: 0, share: null, drifted: null });
    expect(result.note).toBe('no column could be tested');
  });

  it('gives a verdict on a window of exactly minRows rows', () => {
    const result = datasetDrift(reference, currentWindow(80), { minRows: 80 });
    expect(result.testedColumns).toBe(4);
    expect(result.note).toBe('');
  });

  it('accepts a drift share of 1: drifted only when every tested column drifted', () => {
    const current = currentWindow(80, {
      G1: normalSample(80, { seed: 3, mean: 15, sd: 3 }).map(Math.round),
      internet: counted({ yes: 30, no: 50 }),
    });
    expect(datasetDrift(reference, current, { driftShare: 1 }).raw).toEqual({
      driftedColumns: 2,
      share: 0.5,
      drifted: false,
    });
  });

  it('keeps the verdict of distance-tested columns after the correction, and sets none on untested ones', () => {
    const current = currentWindow(80, {
      G1: normalSample(80, { seed: 3, mean: 15, sd: 3 }).map(Math.round),
      internet: counted({ yes: 30, no: 50 }),
    });
    const result = datasetDrift(reference, current, { largeReference: 100 });
    const verdicts = result.columns.map(({ column, test, drifted, driftedCorrected }) => ({
      column,
      test,
      drifted,
      driftedCorrected,
    }));
    expect(verdicts).toEqual([
      { column: 'age', test: 'wasserstein', drifted: false, driftedCorrected: false },
      { column: 'G1', test: 'wasserstein', drifted: true, driftedCorrected: true },
      { column: 'internet', test: 'jensen-shannon', drifted: true, driftedCorrected: true },
      { column: 'Mjob', test: 'jensen-shannon', drifted: false, driftedCorrected: false },
      { column: 'failures', test: null, drifted: false, driftedCorrected: undefined },
    ]);
    expect('driftedCorrected' in (result.columns[4] as object)).toBe(false);
    expect(result.corrected).toEqual({ driftedColumns: 2, share: 0.5, drifted: true });
  });

  it('calls an adjusted p-value equal to the threshold no drift', () => {
    // One column, so the adjusted p-value is the raw one: /usr/bin/python3 -c "from scipy.stats import ks_2samp;
    // print(ks_2samp([0], [1, 2, 3, 4, 5, 6, 7], method='exact').pvalue)" → 0.25
    const result = datasetDrift(
      { score: [0] },
      { score: [1, 2, 3, 4, 5, 6, 7] },
      {
        kinds: { score: 'numeric' },
        minRows: 1,
        pThreshold: 0.25,
      },
    );
    expect(result.columns[0]).toMatchObject({ pValue: 0.25, adjustedP: 0.25, driftedCorrected: false });
    expect(result.corrected).toEqual({ driftedColumns: 0, share: 0, drifted: false });
    expect(result.note).toBe('');
  });

  it('says which table is ragged or lacks a column, and which drift share is out of range', () => {
    expect(() => datasetDrift({ age: [16, 17], G1: [10] }, { age: [16], G1: [10] })).toThrow(
      new RangeError('Every column of the reference table needs 2 rows; "G1" has 1.'),
    );
    expect(() => datasetDrift({ age: [16], G1: [10] }, { age: [16, 17], G1: [10] })).toThrow(
      new RangeError('Every column of the current table needs 2 rows; "G1" has 1.'),
    );
    expect(() => datasetDrift(reference, { age: integers(15, 22, 10) })).toThrow(
      new RangeError('The current table has no column "G1".'),
    );
    expect(() =>
      datasetDrift(
        { age: [16] },
        { age: [16], score: [1] },
        { columns: ['score'], kinds: { score: 'numeric' } },
      ),
    ).toThrow(new RangeError('The reference table has no column "score".'));
    expect(() => datasetDrift(reference, currentWindow(80), { driftShare: 0 })).toThrow(
      new RangeError('driftShare must lie in (0, 1], got 0.'),
    );
    expect(() => datasetDrift(reference, currentWindow(80), { driftShare: 1.5 })).toThrow(
      new RangeError('driftShare must lie in (0, 1], got 1.5.'),
    );
  });
});
