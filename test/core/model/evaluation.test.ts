/**
 * Repeated cross-validation of one cell (`evaluateCell`) and its Student-t interval (`meanInterval`). The naive
 * baseline's figures are worked out by hand from the fold sizes: a 40-row roster with 12 failures, split into
 * 3 stratified folds of 14 rows (4 failures) and 13 rows (4 failures) twice, whatever the seed. The model's
 * figures are crossValidate's fold figures (tested in cross-validation.test.ts), averaged.
 */
import { crossValidate } from '../../../src/core/model/cross-validation';
import { evaluateCell, meanInterval } from '../../../src/core/model/evaluation';
import { DEFAULT_ENCODING } from '../../../src/core/model/feature-sets';
import { rocAuc } from '../../../src/core/model/metrics';
import { ROSTER_EARLY_ATTRIBUTES, aRoster } from '../../support/roster-builder';

const smallCell = () => ({
  ...aRoster().withRows(40).build(),
  featureSet: {
    attributes: ROSTER_EARLY_ATTRIBUTES,
    training: { steps: 10, learningRate: 1 },
    encoding: DEFAULT_ENCODING,
  },
});

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('meanInterval', () => {
  it('is NaN for no values and the value itself for one', () => {
    expect(meanInterval([])).toEqual({ mean: Number.NaN, low: Number.NaN, high: Number.NaN });
    expect(meanInterval([0.3])).toEqual({ mean: 0.3, low: 0.3, high: 0.3 });
  });

  it('widens by Student’s t with n − 1 degrees of freedom, and 1.96 beyond 30', () => {
    // scipy.stats.t.interval(0.95, 1, loc=2, scale=scipy.stats.sem([1, 3])) → (-10.7062, 14.7062)
    const two = meanInterval([1, 3]);
    expect(two.mean).toBe(2);
    expect(two.low).toBeCloseTo(-10.706, 3);
    expect(two.high).toBeCloseTo(14.706, 3);
    // v = numpy.arange(31.); scipy.stats.t.interval(0.95, 30, loc=v.mean(), scale=scipy.stats.sem(v))
    // → (11.6650, 18.3350)
    const thirtyOne = meanInterval(Array.from({ length: 31 }, (_, i) => i));
    expect(thirtyOne.low).toBeCloseTo(11.665, 2);
    expect(thirtyOne.high).toBeCloseTo(18.335, 2);
    // v = numpy.arange(32.); 15.5 ∓ 1.96 * scipy.stats.sem(v) → (12.2498, 18.7502)
    const thirtyTwo = meanInterval(Array.from({ length: 32 }, (_, i) => i));
    expect(thirtyTwo.low).toBeCloseTo(12.2498, 3);
    expect(thirtyTwo.high).toBeCloseTo(18.7502, 3);
  });
});

describe('evaluateCell', () => {
  it('with one repeat, gives intervals over the folds, the baseline’s worked out from the fold sizes', () => {
    const input = smallCell();
    const result = evaluateCell(input, { folds: 3, repeats: 1, seed: 5, capacity: 10 });
    expect(result).toMatchObject({ rows: 40, failures: 12, intervalOver: 'folds' });
    expect(result.calibration).toBeUndefined();
    expect(result.equity).toBeUndefined();
    // The baseline gives a 14-row fold the fail rate 8/26 of the other 26 rows, a 13-row fold 8/27: both below
    // 50%, so it calls everyone a pass and ranks nobody.
    expect(result.baseline.auc).toEqual({ mean: 0.5, low: 0.5, high: 0.5 });
    // scipy.stats.t.interval(0.95, 2, loc=m, scale=scipy.stats.sem(v)) with v the per-fold values, m their mean:
    // accuracy v = [10/14, 9/13, 9/13] → 0.69963 (0.66811, 0.73115)
    expect(result.baseline.accuracy.mean).toBeCloseTo(0.69963, 5);
    expect(result.baseline.accuracy.low).toBeCloseTo(0.66811, 4);
    expect(result.baseline.accuracy.high).toBeCloseTo(0.73115, 4);
    // Brier v = [(4(1 − 4/13)² + 10(4/13)²)/14, (4(1 − 8/27)² + 9(8/27)²)/13 twice] → 0.21029 (0.19798, 0.22260)
    expect(result.baseline.brier.mean).toBeCloseTo(0.21029, 5);
    expect(result.baseline.brier.low).toBeCloseTo(0.19798, 4);
    expect(result.baseline.brier.high).toBeCloseTo(0.2226, 4);
    // Capacity 10 of 40 rows: the top round(0.25 · 14) = 4 of a 14-row fold, round(0.25 · 13) = 3 of a 13-row
    // one; tied risks share the failures out evenly, so recall is K / rows: v = [4/14, 3/13, 3/13]
    // → 0.24908 (0.17028, 0.32789)
    expect(result.baseline.recallAtCapacity.mean).toBeCloseTo(0.24908, 5);
    expect(result.baseline.recallAtCapacity.low).toBeCloseTo(0.17028, 4);
    expect(result.baseline.recallAtCapacity.high).toBeCloseTo(0.32789, 4);
    // Pooled: the 4 failures of the 14-row fold rank above the 18 passes of the 13-row folds and tie with its
    // own 10 passes; the 8 other failures tie with those 18: (4·18 + ½(4·10 + 8·18)) / (12·28) = 164/336.
    expect(result.baseline.pooledAuc).toEqual({ mean: 164 / 336, low: 164 / 336, high: 164 / 336 });

    const cv = crossValidate(input, { folds: 3, seed: 5, topKShare: 0.25 });
    expect(cv.folds.map((f) => [f.testRows, f.testFailures])).toEqual([
      [14, 4],
      [13, 4],
      [13, 4],
    ]);
    expect(result.model.auc.mean).toBeCloseTo(mean(cv.folds.map((f) => f.auc)), 12);
    expect(result.model.accuracy.mean).toBeCloseTo(mean(cv.folds.map((f) => f.accuracyAtHalf)), 12);
    expect(result.model.brier.mean).toBeCloseTo(mean(cv.folds.map((f) => f.brier)), 12);
    expect(result.model.recallAtCapacity.mean).toBeCloseTo(mean(cv.folds.map((f) => f.topK.recall)), 12);
    const pooled = rocAuc(cv.outOfFold, input.labels);
    // One pooled AUC per repeat: a single value has no interval.
    expect(result.model.pooledAuc).toEqual({ mean: pooled, low: pooled, high: pooled });
  });

  it('with two repeats, averages each repeat (seeds seed and seed + 1) and gives intervals over them', () => {
    const input = smallCell();
    const result = evaluateCell(input, { folds: 3, repeats: 2, seed: 5, capacity: 10 });
    expect(result.intervalOver).toBe('repeats');
    // Both repeats have folds of 14, 13 and 13 rows, so the baseline's repeat figures are equal: no spread.
    const accuracy = (10 / 14 + 9 / 13 + 9 / 13) / 3;
    expect(result.baseline.accuracy.mean).toBeCloseTo(accuracy, 12);
    expect(result.baseline.accuracy.low).toBeCloseTo(accuracy, 12);
    expect(result.baseline.accuracy.high).toBeCloseTo(accuracy, 12);

    const repeats = [5, 6].map((seed) => crossValidate(input, { folds: 3, seed, topKShare: 0.25 }));
    const perRepeat = (pick: (f: (typeof repeats)[0]['folds'][0]) => number) =>
      repeats.map((cv) => mean(cv.folds.map(pick)));
    const aucs = perRepeat((f) => f.auc);
    expect(aucs[0]).not.toBeCloseTo(aucs[1] as number, 6);
    expect(result.model.auc.mean).toBeCloseTo(mean(aucs), 12);
    expect(result.model.recallAtCapacity.mean).toBeCloseTo(mean(perRepeat((f) => f.topK.recall)), 12);
    expect(result.model.brier.mean).toBeCloseTo(mean(perRepeat((f) => f.brier)), 12);
    const pooled = repeats.map((cv) => rocAuc(cv.outOfFold, input.labels));
    expect(result.model.pooledAuc.mean).toBeCloseTo(mean(pooled), 12);
    // t(1) = 12.706 makes two repeats' interval wide: it is cut at 0 and 1, every figure being a share.
    const spread = meanInterval(aucs);
    expect(spread.low).toBeLessThan(0);
    expect(spread.high).toBeGreaterThan(1);
    expect(result.model.auc).toMatchObject({ low: 0, high: 1 });
  });

  it('measures the corrections over the same repeats when asked, the raw Brier being the model’s', () => {
    const result = evaluateCell(smallCell(), {
      folds: 3,
      repeats: 2,
      seed: 5,
      capacity: 10,
      calibrationFolds: 2,
    });
    const calibration = result.calibration;
    expect(calibration?.brier.raw).toEqual(result.model.brier);
    for (const kind of ['platt', 'isotonic'] as const) {
      const brier = calibration?.brier[kind];
      expect(brier?.mean).toBeGreaterThan(0);
      expect(brier?.mean).toBeLessThan(0.5);
    }
    // Reliability pools both repeats' out-of-fold risks: 2 × 40 rows.
    const counted = calibration?.reliability.raw.reduce((sum, bin) => sum + bin.count, 0);
    expect(counted).toBe(80);
  });

  it('gives the equity view of the High tier at the counsellor’s capacity when asked', () => {
    const result = evaluateCell(smallCell(), {
      folds: 3,
      repeats: 1,
      seed: 5,
      capacity: 10,
      equityResamples: 0,
    });
    const sex = result.equity?.find((a) => a.attribute === 'sex');
    expect(sex?.groups.reduce((sum, g) => sum + g.size, 0)).toBe(40);
    // The 10 highest risks are High.
    expect(sex?.groups.reduce((sum, g) => sum + g.high, 0)).toBe(10);
  });
});
