/**
 * End to end on the vendored UCI data: Math students as the reference, Portuguese students as the current
 * window (a real shift: different course, different grades and absences, far more paid classes in Math), and
 * Portuguese split in random halves (no shift at all: every alarm there is a false one).
 */
import { ATTRIBUTES, type StudentRecord } from '../../../src/core/data/dictionary';
import { columnTable } from '../../../src/core/drift/column-table';
import { type DatasetDrift, datasetDrift } from '../../../src/core/drift/dataset-drift';
import { seededRandom, shuffleInPlace } from '../../../src/core/random';
import { loadUciCourse } from '../../support/uci';

const INPUTS = ATTRIBUTES.map((attribute) => attribute.name).filter(
  (name) => name !== 'G3' && name !== 'course',
);

function compare(reference: readonly StudentRecord[], current: readonly StudentRecord[]): DatasetDrift {
  return datasetDrift(columnTable(reference, INPUTS), columnTable(current, INPUTS));
}

function column(result: DatasetDrift, name: string) {
  const found = result.columns.find((entry) => entry.column === name);
  if (!found) throw new Error(`no result for ${name}`);
  return found;
}

describe('drift between the UCI Math and Portuguese students', () => {
  const result = compare(loadUciCourse('math'), loadUciCourse('portuguese'));

  it('tests every input with the test Evidently would pick for a 395-row reference', () => {
    expect(result.testedColumns).toBe(32);
    expect(column(result, 'G1').test).toBe('ks');
    expect(column(result, 'absences').test).toBe('ks');
    expect(column(result, 'failures').test).toBe('chi-square'); // 0-3: four distinct values
    expect(column(result, 'Mjob').test).toBe('chi-square');
    expect(column(result, 'paid').test).toBe('z-test');
  });

  it('flags the columns that really differ, even after the correction', () => {
    for (const name of ['G1', 'G2', 'absences', 'paid', 'school', 'higher'])
      expect(column(result, name)).toMatchObject({ drifted: true, driftedCorrected: true });
    expect(column(result, 'paid').pValue).toBeLessThan(1e-40);
  });

  it('leaves past failures just above the threshold (p ≈ 0.06: the courses share most students)', () => {
    expect(column(result, 'failures').pValue).toBeGreaterThan(0.05);
    expect(column(result, 'failures').pValue).toBeLessThan(0.1);
  });

  it('finds 14 of 32 columns drifted raw, 8 corrected: under half, so no dataset drift', () => {
    expect(result.raw).toEqual({ driftedColumns: 14, share: 14 / 32, drifted: false });
    expect(result.corrected).toEqual({ driftedColumns: 8, share: 8 / 32, drifted: false });
    expect(result.quality.current).toMatchObject({ rows: 649, blank: 0, invalid: 0 });
  });
});

describe('drift between random halves of the Portuguese students', () => {
  const portuguese = loadUciCourse('portuguese');
  const splits = Array.from({ length: 20 }, (_, index) => {
    const order = shuffleInPlace(
      portuguese.map((_, row) => row),
      seededRandom(index + 1),
    );
    const half = Math.floor(portuguese.length / 2);
    const pick = (rows: number[]) => rows.map((row) => portuguese[row] as StudentRecord);
    return compare(pick(order.slice(0, half)), pick(order.slice(half)));
  });
  const meanShare = (verdict: 'raw' | 'corrected') =>
    splits.reduce((total, split) => total + (split[verdict].share ?? 0), 0) / splits.length;

  it('never reports dataset drift, raw or corrected', () => {
    for (const split of splits) {
      expect(split.testedColumns).toBe(32);
      expect(split.raw.drifted).toBe(false);
      expect(split.corrected.drifted).toBe(false);
    }
  });

  it('raises false column alarms at about the test level (5%) raw', () => {
    expect(meanShare('raw')).toBeGreaterThan(0.01);
    expect(meanShare('raw')).toBeLessThan(0.1);
  });

  it('is much quieter with the Benjamini-Hochberg correction', () => {
    const alarms = (verdict: 'raw' | 'corrected') =>
      splits.reduce((total, split) => total + split[verdict].driftedColumns, 0);
    expect(alarms('corrected')).toBeLessThan(alarms('raw') / 5);
    expect(meanShare('corrected')).toBeLessThan(0.01);
  });
});
