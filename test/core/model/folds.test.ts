import { stratifiedGroupFolds } from '../../../src/core/model/folds';
import { TrainingDataError } from '../../../src/core/model/training-data-error';
import { seededRandom } from '../../../src/core/random';
import { aRoster } from '../../support/roster-builder';

const count = (folds: number[], k: number, pick: (row: number) => boolean) =>
  Array.from({ length: k }, (_, f) => folds.filter((fold, row) => fold === f && pick(row)).length);

describe('stratified, grouped folds', () => {
  const roster = aRoster().withRows(200).withStudentsInBothCourses(40).build();
  const folds = stratifiedGroupFolds(roster.labels, roster.groups, 5, seededRandom(3));

  it('puts every row of one student in the same fold', () => {
    const foldOfGroup = new Map<string, number>();
    roster.groups.forEach((group, row) => {
      const fold = folds[row] as number;
      expect(foldOfGroup.get(group) ?? fold).toBe(fold);
      foldOfGroup.set(group, fold);
    });
    expect(roster.groups.length - foldOfGroup.size).toBeGreaterThanOrEqual(40);
  });

  it('gives each fold close to the overall number of failing and passing students', () => {
    const failures = count(folds, 5, (row) => roster.labels[row] === 1);
    const passes = count(folds, 5, (row) => roster.labels[row] === 0);
    expect(Math.max(...failures) - Math.min(...failures)).toBeLessThanOrEqual(2);
    expect(Math.max(...passes) - Math.min(...passes)).toBeLessThanOrEqual(2);
  });

  it('repeats for a seed and changes with it', () => {
    expect(stratifiedGroupFolds(roster.labels, roster.groups, 5, seededRandom(3))).toEqual(folds);
    expect(stratifiedGroupFolds(roster.labels, roster.groups, 5, seededRandom(4))).not.toEqual(folds);
  });

  it('throws TrainingDataError when there are fewer students, or failing students, than folds', () => {
    const few = aRoster().withRows(30).build();
    const rows = few.labels.map((_, row) => row);
    const failingRows = rows.filter((row) => few.labels[row] === 1).slice(0, 3);
    const threeFailures = [...failingRows, ...rows.filter((row) => few.labels[row] === 0)];
    const problem = (run: () => unknown) => {
      try {
        run();
        return 'none';
      } catch (error) {
        return error instanceof TrainingDataError ? error.problem : 'other';
      }
    };
    const labels = threeFailures.map((row) => few.labels[row] as number);
    const groups = threeFailures.map((row) => `student ${row}`);
    expect(problem(() => stratifiedGroupFolds(labels, groups, 5, seededRandom(1)))).toBe('too-few-rows');
    expect(problem(() => stratifiedGroupFolds([1, 0, 1], ['a', 'a', 'b'], 3, seededRandom(1)))).toBe(
      'too-few-rows',
    );
    expect(problem(() => stratifiedGroupFolds([0, 0, 0], ['a', 'b', 'c'], 2, seededRandom(1)))).toBe(
      'one-class',
    );
    expect(problem(() => stratifiedGroupFolds([], [], 2, seededRandom(1)))).toBe('no-rows');
  });

  it('counts in words that agree with the number ("only 1 student", not "only 1 students")', () => {
    const message = (run: () => unknown) => {
      try {
        run();
        return '';
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    };
    expect(
      message(() => stratifiedGroupFolds([1, 0, 0, 0], ['a', 'b', 'c', 'd'], 2, seededRandom(1))),
    ).toContain('the rows have only 1 student with one outcome.');
    expect(message(() => stratifiedGroupFolds([1, 0], ['a', 'a'], 2, seededRandom(1)))).toContain(
      'the rows have 1 distinct student.',
    );
  });

  it('throws RangeError for a bad k or mismatched lengths', () => {
    expect(() => stratifiedGroupFolds([1, 0], ['a', 'b'], 1, seededRandom(1))).toThrow(RangeError);
    expect(() => stratifiedGroupFolds([1, 0], ['a'], 2, seededRandom(1))).toThrow(RangeError);
  });
});
