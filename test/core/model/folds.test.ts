import { stratifiedGroupFolds } from '../../../src/core/model/folds';
import { TrainingDataError } from '../../../src/core/model/training-data-error';
import { seededRandom } from '../../../src/core/random';
import { aRoster } from '../../support/roster-builder';

const count = (folds: number[], k: number, pick: (row: number) => boolean) =>
  Array.from({ length: k }, (_, f) => folds.filter((fold, row) => fold === f && pick(row)).length);

describe('stratified, grouped folds', () => {
  const roster = aRoster().withRows(200).withStudentsInBothCourses(40).build();
  // Split in each test (a beforeEach runs inside it), not while Jest collects them, so Stryker can tell which
  // test covers each mutant.
  let folds: number[];
  beforeEach(() => {
    folds = stratifiedGroupFolds(roster.labels, roster.groups, 5, seededRandom(3));
  });

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

describe('stratified, grouped folds: expected assignments, worked by hand', () => {
  // A `Random` that always returns 0.999999 leaves the shuffle as it is (Fisher-Yates swaps item i with
  // itself), so groups go in the order they first appear; one that always returns 0 rotates them left by one
  // (swap i with 0 for i = n−1 … 1). Either way the greedy placement below can be followed by hand.
  const keepOrder = () => 0.999999;
  const rotateLeft = () => 0;

  it('breaks a tie in cost by the lower fold index when the folds hold as many rows', () => {
    // k = 2, targets 1 pass and 1 fail per fold. a (fail): both folds cost −1, both empty → fold 0.
    // b (fail): fold 0 costs +1, fold 1 −1 → 1. c (pass): both −1, one row each → fold 0. d (pass) → 1.
    expect(stratifiedGroupFolds([1, 1, 0, 0], ['a', 'b', 'c', 'd'], 2, keepOrder)).toEqual([0, 1, 0, 1]);
  });

  it('breaks a tie in cost by the fold with fewer rows', () => {
    // a (pass): tie, both empty → fold 0 = [1 pass]. b (fail): both folds cost −1 (neither has a failure), but
    // fold 1 has fewer rows → 1. c (fail): fold 0 costs −1, fold 1 +1 → 0. d (pass): fold 0 +1, fold 1 −1 → 1.
    expect(stratifiedGroupFolds([0, 1, 1, 0], ['a', 'b', 'c', 'd'], 2, keepOrder)).toEqual([0, 1, 0, 1]);
  });

  it('prefers the cheaper fold even when another holds fewer rows', () => {
    // Targets 1 pass and 1 fail per fold. b (2 fails) first → fold 0 = [0, 2] (tie). c (pass): both folds cost
    // −1, fold 1 is empty → 1 = [1, 0]. d (pass): fold 0 costs −1, fold 1 +1 though it holds 1 row against 2 → 0.
    expect(stratifiedGroupFolds([1, 1, 0, 0], ['b', 'b', 'c', 'd'], 2, keepOrder)).toEqual([0, 0, 1, 0]);
  });

  it('places larger groups first, whatever the shuffle', () => {
    // Targets 1.5 passes and 1.5 failures per fold. c (3 rows: 1 fail, 2 pass) goes first, into fold 0 (tie).
    // a (fail): fold 0 costs 0, fold 1 −2 → 1. b (pass): fold 0 +2, fold 1 −2 → 1. d (fail): both cost 0,
    // fold 1 has fewer rows (2 against 3) → 1. In appearance order instead, a would have gone to fold 0.
    const labels = [1, 0, 1, 0, 0, 1];
    const groups = ['a', 'b', 'c', 'c', 'c', 'd'];
    expect(stratifiedGroupFolds(labels, groups, 2, keepOrder)).toEqual([1, 1, 0, 0, 0, 1]);
  });

  it('follows the shuffled order of the groups', () => {
    // The rotation gives b, c, d, a. b (fail): tie → fold 0. c (fail): fold 0 +1, fold 1 −1 → 1. d (pass):
    // tie on cost and rows → 0. a (pass) → 1. Kept in order, a would be in fold 0 (first test above).
    expect(stratifiedGroupFolds([0, 1, 1, 0], ['a', 'b', 'c', 'd'], 2, rotateLeft)).toEqual([1, 0, 1, 0]);
  });

  it('splits two students of two rows each, one per fold, and keeps each student whole', () => {
    // Exactly k students and k of each outcome is enough. a (1 pass, 1 fail) → fold 0 (tie); b: fold 0 costs
    // +2, fold 1 −2 → 1.
    expect(stratifiedGroupFolds([1, 0, 1, 0], ['a', 'a', 'b', 'b'], 2, keepOrder)).toEqual([0, 0, 1, 1]);
  });

  it('balances three folds with fractional targets, groups of one, two and three rows', () => {
    // n = 9, 3 failures: targets 2 passes and 1 failure per fold. Sorted: c (3 rows: 1 fail, 2 pass),
    // b (2 rows: 1 fail, 1 pass), then a, d, e, f (1 row each).
    // c: all folds cost (0)²−4 + 0²−1 = −5 → fold 0 = [2, 1].
    // b: fold 0 costs (1)²−0 + (1)²−0 = 2; folds 1 and 2 cost (−1)²−4 + 0−1 = −4 → fold 1 = [1, 1].
    // a (fail): fold 0 +1, fold 1 +1, fold 2 −1 → 2 = [0, 1]. d (pass): fold 0 (0+1)²−0 = 1, fold 1 (0)²−1 = −1,
    // fold 2 (−1)²−4 = −3 → 2 = [1, 1]. e (pass): fold 0 +1, fold 1 −1, fold 2 −1; tie between 1 and 2 at 2 rows
    // each → 1 = [2, 1]. f (pass): fold 0 +1, fold 1 +1, fold 2 −1 → 2.
    const labels = [1, 1, 0, 1, 0, 0, 0, 0, 0];
    const groups = ['a', 'b', 'b', 'c', 'c', 'c', 'd', 'e', 'f'];
    expect(stratifiedGroupFolds(labels, groups, 3, keepOrder)).toEqual([2, 1, 1, 0, 0, 0, 2, 1, 2]);
  });
});

describe('stratified, grouped folds: what the user reads', () => {
  const message = (run: () => unknown) => {
    try {
      run();
      return 'no error';
    } catch (error) {
      return `${(error as Error).name}: ${(error as Error).message}`;
    }
  };
  const folds = (labels: number[], groups: string[], k: number) => () =>
    stratifiedGroupFolds(labels, groups, k, seededRandom(1));

  it('names too few distinct students even when each outcome has enough rows', () => {
    expect(message(folds([1, 1, 1, 0, 0, 0], ['a', 'a', 'a', 'b', 'b', 'b'], 3))).toBe(
      'TrainingDataError: Cross-validation with 3 folds needs at least 3 different students, 3 who passed and ' +
        '3 who failed; the rows have 2 distinct students. Add rows with a final grade, or lower the number of folds.',
    );
  });

  it('names too few students with one outcome when there are exactly k students', () => {
    expect(message(folds([1, 0, 0], ['a', 'b', 'b'], 2))).toContain(
      'the rows have only 1 student with one outcome.',
    );
  });

  it('names too few passing students, or too few failing ones, when there are students enough', () => {
    expect(message(folds([1, 1, 1, 0, 0], ['a', 'b', 'c', 'd', 'e'], 3))).toBe(
      'TrainingDataError: Cross-validation with 3 folds needs at least 3 different students, 3 who passed and ' +
        '3 who failed; the rows have only 2 students with one outcome. Add rows with a final grade, or lower ' +
        'the number of folds.',
    );
    expect(message(folds([1, 1, 0, 0, 0, 0], ['a', 'b', 'c', 'd', 'e', 'f'], 3))).toContain(
      'the rows have only 2 students with one outcome.',
    );
  });

  it('accepts exactly k students and k of each outcome', () => {
    expect(message(folds([1, 0, 1, 0], ['a', 'b', 'c', 'd'], 2))).toBe('no error');
    expect(message(folds([1, 0, 0, 1], ['a', 'a', 'b', 'b'], 2))).toBe('no error');
  });

  it('explains a bad k or mismatched lengths', () => {
    expect(message(folds([1, 0], ['a'], 2))).toBe('RangeError: 2 labels but 1 groups.');
    expect(message(folds([1, 0, 1, 0], ['a', 'b', 'c', 'd'], 1))).toBe(
      'RangeError: Folds must be a whole number of at least 2, not 1.',
    );
    expect(message(folds([1, 0, 1, 0, 1, 0], ['a', 'b', 'c', 'd', 'e', 'f'], 2.5))).toBe(
      'RangeError: Folds must be a whole number of at least 2, not 2.5.',
    );
  });
});
