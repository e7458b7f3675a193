/**
 * Choosing the step count inside the training rows. Oracle for the choice: the same inner folds rebuilt here,
 * each candidate fitted from scratch with `fitLogisticMatrix` and scored by hand (sigmoid of the linear
 * score), the mean log-loss over the inner folds, and the documented rule (lowest, fewer steps on a tie, stop
 * after `STEP_PATIENCE` candidates that do not beat the best) applied to it.
 */
import { stratifiedGroupFolds } from '../../../src/core/model/folds';
import { DEFAULT_ENCODING } from '../../../src/core/model/feature-sets';
import { encodeRecords, fitEncoding } from '../../../src/core/model/encoding';
import { fitLogisticMatrix } from '../../../src/core/model/logistic';
import { rocAuc } from '../../../src/core/model/metrics';
import {
  STEP_PATIENCE,
  type StepCriterion,
  type StepTuningRows,
  chooseSteps,
  logLoss,
  sortedCandidates,
} from '../../../src/core/model/step-tuning';
import { seededRandom } from '../../../src/core/random';
import { TrainingDataError } from '../../../src/core/model/training-data-error';
import { ROSTER_EARLY_ATTRIBUTES, type Roster, aRoster } from '../../support/roster-builder';

const rowsOf = (
  roster: Roster,
  attributes: readonly string[] = ROSTER_EARLY_ATTRIBUTES,
  learningRate = 1,
): StepTuningRows => ({
  encoded: encodeRecords(fitEncoding(roster.records, attributes, DEFAULT_ENCODING), roster.records),
  labels: roster.labels,
  groups: roster.groups,
  learningRate,
});

/** The mean inner loss (log-loss, or minus the AUC) of each candidate, every candidate fitted on its own. */
function innerLossByHand(
  rows: StepTuningRows,
  grid: number[],
  folds: number,
  seed: number,
  criterion: StepCriterion = 'log-loss',
): number[] {
  const foldOf = stratifiedGroupFolds(rows.labels, rows.groups, folds, seededRandom(seed));
  return grid.map((steps) => {
    let total = 0;
    for (let fold = 0; fold < folds; fold += 1) {
      const train = foldOf.flatMap((f, row) => (f === fold ? [] : [row]));
      const test = foldOf.flatMap((f, row) => (f === fold ? [row] : []));
      const fit = fitLogisticMatrix(
        train.map((row) => rows.encoded[row]!),
        train.map((row) => rows.labels[row]!),
        { steps, learningRate: rows.learningRate },
      );
      const risks = test.map((row) => {
        const x = rows.encoded[row]!;
        const z = fit.weights.reduce((sum, w, j) => sum + w * x[j]!, fit.intercept);
        return 1 / (1 + Math.exp(-z));
      });
      const labels = test.map((row) => rows.labels[row]!);
      total += (criterion === 'log-loss' ? logLoss(risks, labels) : -rocAuc(risks, labels)) / folds;
    }
    return total;
  });
}

function ruleApplied(grid: number[], loss: number[]): number {
  let best = 0;
  let since = 0;
  for (let c = 1; c < grid.length; c += 1) {
    if (loss[c]! < loss[best]! - 1e-12) {
      best = c;
      since = 0;
    } else if (++since >= STEP_PATIENCE) break;
  }
  return grid[best]!;
}

describe('chooseSteps', () => {
  const roster = aRoster().withRows(180).withStudentsInBothCourses(20).build();
  // Encoded in each test (a beforeEach runs inside it), not while Jest collects them, so Stryker can tell which
  // test covers each mutant.
  let rows: StepTuningRows;
  beforeEach(() => {
    rows = rowsOf(roster);
  });

  it('picks the candidate with the lowest mean inner log-loss, by the stated rule', () => {
    const grid = [1, 2, 5, 10, 20, 50, 100, 200, 500];
    const byHand = innerLossByHand(rows, grid, 3, 7);
    expect(chooseSteps(rows, grid, 3, 7)).toBe(ruleApplied(grid, byHand));
  });

  it('is the same for the same rows and seed, and does not care about the order of the candidates', () => {
    const grid = [50, 5, 20, 10, 100];
    expect(chooseSteps(rows, grid, 3, 7)).toBe(
      chooseSteps(
        rows,
        [...grid].sort((a, b) => a - b),
        3,
        7,
      ),
    );
    expect(chooseSteps(rows, grid, 3, 7)).toBe(chooseSteps(rows, grid, 3, 7));
  });

  it('stops earlier on inputs that carry no signal than on inputs that do', () => {
    const grid = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
    const students = aRoster().withRows(400).build();
    // The builder's risk comes from failures, absences, study time and wanting higher education only.
    const noise = rowsOf(students, ['sex', 'age', 'address', 'famsize', 'Medu', 'Fedu', 'Mjob']);
    const signal = rowsOf(students, ['failures', 'absences', 'studytime', 'higher', 'G1']);
    expect(chooseSteps(noise, grid, 3, 1)).toBeLessThan(chooseSteps(signal, grid, 3, 1));
  });

  it('takes the only candidate, or the smallest when the rows are too few to split', () => {
    expect(chooseSteps(rows, [42], 3, 1)).toBe(42);
    const tiny = rowsOf(aRoster().withRows(8).build());
    expect(chooseSteps(tiny, [30, 5, 60], 10, 1)).toBe(5);
  });

  it('takes the only candidate without splitting the rows, so rows that could not be split do not matter', () => {
    const everybodyPassed = rowsOf(aRoster().withRows(30).withEverybodyPassing().build());
    expect(chooseSteps(everybodyPassed, [42], 3, 1)).toBe(42);
    expect(chooseSteps(rows, [42], 1, 1)).toBe(42);
  });

  it('throws, rather than taking the smallest, for rows of one outcome or a fold count below 2', () => {
    const everybodyPassed = rowsOf(aRoster().withRows(30).withEverybodyPassing().build());
    expect(() => chooseSteps(everybodyPassed, [5, 10], 3, 1)).toThrow(
      new TrainingDataError(
        'one-class',
        'Every one of the 30 students passed, so there is nothing to learn the difference from.',
      ),
    );
    expect(() => chooseSteps(everybodyPassed, [5, 10], 3, 1)).toThrow(
      expect.objectContaining({ problem: 'one-class' }),
    );
    expect(() => chooseSteps(rows, [5, 10], 1, 1)).toThrow(
      new RangeError('Folds must be a whole number of at least 2, not 1.'),
    );
  });

  it('throws RangeError for no candidate or one that is not a whole number ≥ 1', () => {
    expect(() => chooseSteps(rows, [], 3, 1)).toThrow(RangeError);
    expect(() => chooseSteps(rows, [], 3, 1)).toThrow('At least one step count is needed to choose from.');
    expect(() => sortedCandidates([10, 0])).toThrow(RangeError);
    expect(() => sortedCandidates([10, 0])).toThrow(
      'Step counts must be whole numbers of at least 1, not 0.',
    );
    expect(() => sortedCandidates([2.5])).toThrow(RangeError);
    expect(() => sortedCandidates([2.5])).toThrow(
      'Step counts must be whole numbers of at least 1, not 2.5.',
    );
    expect(sortedCandidates([20, 5, 20])).toEqual([5, 20]);
  });

  describe('on 180 students (seed 1) in 3 inner folds (seed 1), where the two criteria disagree', () => {
    const grid = [1, 2, 5, 10, 20, 50, 100, 200, 500];
    const disagree = rowsOf(aRoster().withRows(180).withSeed(1).build());

    it('by log-loss, takes 5 steps: the loss falls to 5 and rises at 10', () => {
      const byHand = innerLossByHand(disagree, grid, 3, 1);
      // By hand: 0.5741, 0.5390, 0.5191, 0.5279, … (lowest at 5, higher at 10).
      expect(byHand[2]).toBeLessThan(byHand[1]!);
      expect(byHand[3]).toBeGreaterThan(byHand[2]!);
      expect(ruleApplied(grid, byHand)).toBe(5);
      expect(chooseSteps(disagree, grid, 3, 1)).toBe(5);
      expect(chooseSteps(disagree, grid, 3, 1, 'log-loss')).toBe(5);
    });

    it('by AUC, takes 20 steps: the first candidate not to raise the mean inner AUC stops the walk', () => {
      const byHand = innerLossByHand(disagree, grid, 3, 1, 'auc');
      // By hand, minus the mean inner AUC: −0.7840, −0.7859, −0.7915, −0.7949, −0.7960, then −0.7937 at 50
      // (a miss, so the walk stops at 20) although 100 and 200 reach −0.7964, lower than at 20.
      expect(byHand[5]).toBeGreaterThan(byHand[4]!);
      expect(byHand[7]).toBeLessThan(byHand[4]!);
      expect(ruleApplied(grid, byHand)).toBe(20);
      expect(chooseSteps(disagree, grid, 3, 1, 'auc')).toBe(20);
    });
  });

  describe('calls a mean inner log-loss within 1e-12 of the best a tie, and a tie goes to fewer steps', () => {
    // So slow a rate that one more step lowers the mean inner log-loss (≈ ln 2) by about 1.2e-13 per 1e-12 of
    // rate (the difference by hand: ≈ 6.2e-13 at 5e-12, ≈ 2.5e-12 at 2e-11).
    it.each([
      [5e-12, 6e-13, 7e-13, 1],
      [2e-11, 2.4e-12, 2.6e-12, 2],
    ])('at a rate of %p, where 2 steps are %p to %p lower than 1, takes %p', (rate, above, below, chosen) => {
      const slow = rowsOf(roster, ROSTER_EARLY_ATTRIBUTES, rate);
      const [one, two] = innerLossByHand(slow, [1, 2], 3, 7) as [number, number];
      expect(one - two).toBeGreaterThan(above);
      expect(one - two).toBeLessThan(below);
      expect(chooseSteps(slow, [1, 2], 3, 7)).toBe(chosen);
    });
  });
});

describe('logLoss', () => {
  it('is the mean cross-entropy, with risks kept 1e-15 away from 0 and 1', () => {
    expect(logLoss([0.5, 0.5], [1, 0])).toBeCloseTo(Math.LN2, 15);
    expect(logLoss([0.8, 0.1], [1, 0])).toBeCloseTo(-(Math.log(0.8) + Math.log(0.9)) / 2, 15);
    expect(logLoss([0], [1])).toBeCloseTo(-Math.log(1e-15), 10);
    expect(logLoss([1], [1])).toBeCloseTo(0, 12);
    // A risk of 1 for a student who passed counts as 1 − 1e-15: −log(1 − (1 − 1e-15)), and 1 − 1e-15 rounds to
    // 1 − 9.992e-16 in binary (/usr/bin/python3: -math.log(1 - (1 - 1e-15)) → 34.53957599234088).
    expect(logLoss([1], [0])).toBeCloseTo(34.53957599234088, 10);
    expect(logLoss([0], [0])).toBeCloseTo(0, 12);
  });
});
