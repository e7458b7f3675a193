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
import {
  STEP_PATIENCE,
  type StepTuningRows,
  chooseSteps,
  logLoss,
  sortedCandidates,
} from '../../../src/core/model/step-tuning';
import { seededRandom } from '../../../src/core/random';
import { ROSTER_EARLY_ATTRIBUTES, type Roster, aRoster } from '../../support/roster-builder';

const rowsOf = (roster: Roster, attributes: readonly string[] = ROSTER_EARLY_ATTRIBUTES): StepTuningRows => ({
  encoded: encodeRecords(fitEncoding(roster.records, attributes, DEFAULT_ENCODING), roster.records),
  labels: roster.labels,
  groups: roster.groups,
  learningRate: 1,
});

/** The mean inner log-loss of each candidate, every candidate fitted on its own. */
function innerLossByHand(rows: StepTuningRows, grid: number[], folds: number, seed: number): number[] {
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
      total +=
        logLoss(
          risks,
          test.map((row) => rows.labels[row]!),
        ) / folds;
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
  const rows = rowsOf(roster);

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

  it('throws RangeError for no candidate or one that is not a whole number ≥ 1', () => {
    expect(() => chooseSteps(rows, [], 3, 1)).toThrow(RangeError);
    expect(() => sortedCandidates([10, 0])).toThrow(RangeError);
    expect(() => sortedCandidates([2.5])).toThrow(RangeError);
    expect(sortedCandidates([20, 5, 20])).toEqual([5, 20]);
  });
});

describe('logLoss', () => {
  it('is the mean cross-entropy, with risks kept 1e-15 away from 0 and 1', () => {
    expect(logLoss([0.5, 0.5], [1, 0])).toBeCloseTo(Math.LN2, 15);
    expect(logLoss([0.8, 0.1], [1, 0])).toBeCloseTo(-(Math.log(0.8) + Math.log(0.9)) / 2, 15);
    expect(logLoss([0], [1])).toBeCloseTo(-Math.log(1e-15), 10);
    expect(logLoss([1], [1])).toBeCloseTo(0, 12);
  });
});
