/**
 * The monitoring core end to end on the vendored UCI Math students: the version's reference is the whole
 * file, and the current window is the same students with absences doubled and study time lowered one level
 * (a school that counts absences in half days and whose students study less). The shift must be described
 * in the right direction, the impossible absences (over 93) reported by row, and the verdict must follow.
 */
import { ATTRIBUTES, type StudentRecord } from '../../../src/core/data/dictionary';
import { columnTable } from '../../../src/core/drift/column-table';
import { datasetDrift } from '../../../src/core/drift/dataset-drift';
import { checkVerdict } from '../../../src/core/monitoring/check-verdict';
import { dataQuality } from '../../../src/core/monitoring/data-quality';
import { describeShift } from '../../../src/core/monitoring/describe-shift';
import { loadUciCourse } from '../../support/uci';

const INPUTS = ATTRIBUTES.map((attribute) => attribute.name).filter(
  (name) => name !== 'G3' && name !== 'course',
);

// Oracle: /usr/bin/python3 with pandas 1.5, on data/uci-student/student-mat.csv:
//   import pandas as pd; d = pd.read_csv('data/uci-student/student-mat.csv', sep=';')
const math = loadUciCourse('math');
const shifted: StudentRecord[] = math.map((record) => ({
  ...record,
  absences: (record.absences as number) * 2,
  studytime: Math.max(1, (record.studytime as number) - 1),
}));
const reference = columnTable(math, INPUTS);
const current = columnTable(shifted, INPUTS);
const drift = datasetDrift(reference, current);
const phrase = (name: string): string => {
  const column = drift.columns.find((entry) => entry.column === name);
  if (!column) throw new Error(`no drift result for ${name}`);
  return describeShift(column, reference[name] ?? [], current[name] ?? []);
};

describe('monitoring a shifted copy of the UCI Math students', () => {
  it('finds exactly the two shifted columns drifted', () => {
    expect(drift.columns.filter((column) => column.driftedCorrected).map((column) => column.column)).toEqual([
      'studytime',
      'absences',
    ]);
    expect(drift.corrected.drifted).toBe(false); // 2 of 32 columns
  });

  it('describes the absences rising, by their medians', () => {
    // d.absences.median(), (2 * d.absences).median() → 4.0 8.0
    expect(phrase('absences')).toBe('absences: median 4 → 8');
  });

  it('describes study time falling, by its lowest level growing', () => {
    // d.studytime.value_counts(normalize=True)[1] → 0.26582278481012656
    // (d.studytime - 1).clip(lower=1).value_counts(normalize=True)[1] → 0.7670886075949367
    expect(phrase('studytime')).toBe('weekly study time: "under 2 hours" 27% → 77%');
  });

  it('describes an unshifted column as unchanged', () => {
    // d.age.median(), d.age.mean() → 17.0 16.696202531645568
    expect(phrase('age')).toBe('age: median 17, mean 16.7 on both sides');
  });

  it('reports the doubled absences above 93 by sheet row, and calls the check a data-quality problem', () => {
    const rows = shifted.map((values, index) => ({ sheetRow: index + 2, values }));
    const report = dataQuality({
      attributes: INPUTS,
      reference,
      rows,
      rosterHeaders: INPUTS,
      notScoredRows: [],
    });
    // ((2 * d.absences) > 93).sum(), list(d.index[(2 * d.absences) > 93] + 2) → 3 [76, 185, 278]
    expect(report.problems).toEqual([
      expect.objectContaining({
        kind: 'out-of-range',
        column: 'absences',
        count: 3,
        firstRows: [76, 185, 278],
      }),
    ]);
    const summary = checkVerdict({ drift, dataQuality: report.problems, accuracy: null });
    expect(summary).toMatchObject({
      verdict: 'data-quality',
      problemKinds: ['data-quality:out-of-range:absences'],
      drift: { raw: false, corrected: false },
    });
  });
});
