/** Platt scaling folded into the model, kept only when the nested cross-validated Brier score improves. */
import { matchKey } from '../../../src/core/data/match-key';
import * as calibration from '../../../src/core/model/calibration';
import { calibrate, fitPlatt } from '../../../src/core/model/calibration';
import {
  CALIBRATION_INNER_FOLDS,
  trainCalibrated,
  withPlatt,
} from '../../../src/core/model/calibrated-training';
import { trainAndValidate } from '../../../src/core/model/cross-validation';
import { DEFAULT_ENCODING, featureSetFor } from '../../../src/core/model/feature-sets';
import * as nestedCalibration from '../../../src/core/model/nested-calibration';
import { foldBrier, nestedCalibratedRisks } from '../../../src/core/model/nested-calibration';
import { riskOfFailing } from '../../../src/core/model/score';
import { failLabels } from '../../../src/core/model/target';
import { ROSTER_EARLY_ATTRIBUTES, type Roster, aRoster } from '../../support/roster-builder';
import { loadUciCourse } from '../../support/uci';

function earlyTerm(course: 'math' | 'portuguese') {
  const records = loadUciCourse(course);
  return {
    records,
    labels: failLabels(records),
    groups: records.map(matchKey),
    featureSet: featureSetFor('early', Object.keys(records[0] ?? {})),
  };
}

describe('withPlatt', () => {
  it('gives the same risks as the correction applied to the model’s risks', () => {
    const input = earlyTerm('math');
    const { model } = trainAndValidate(input, { folds: 5, seed: 1 });
    const platt = { kind: 'platt', a: -0.8, b: 0.3 } as const;
    const corrected = riskOfFailing(withPlatt(model, platt.a, platt.b), input.records);
    riskOfFailing(model, input.records).forEach((risk, i) =>
      expect(corrected[i]).toBeCloseTo(calibrate(platt, risk), 12),
    );
  });
});

describe('trainCalibrated', () => {
  it('corrects the early-term Portuguese model, whose top risks are too high, and keeps its ranking', () => {
    const input = earlyTerm('portuguese');
    const plain = trainAndValidate(input, { folds: 5, seed: 1 });
    const calibrated = trainCalibrated(input, { folds: 5, seed: 1 });
    expect(calibrated.calibration.method).toBe('platt');
    expect(calibrated.calibration.brierAfter).toBeLessThan(calibrated.calibration.brierBefore);
    // The uncorrected Brier is the plain model's cross-validated one; the reported one is the corrected.
    expect(calibrated.calibration.brierBefore).toBeCloseTo(plain.validation.summary.brier.mean, 12);
    expect(calibrated.validation.summary.brier.mean).toBeCloseTo(calibrated.calibration.brierAfter, 12);
    // An increasing correction: every fold's AUC and the order of the final model's risks are unchanged.
    expect(calibrated.validation.folds.map((f) => f.auc)).toEqual(plain.validation.folds.map((f) => f.auc));
    const before = riskOfFailing(plain.model, input.records);
    const after = riskOfFailing(calibrated.model, input.records);
    const order = (risks: number[]) =>
      risks.map((_, i) => i).sort((i, j) => (risks[j] as number) - (risks[i] as number));
    expect(order(after)).toEqual(order(before));
    expect(calibrated.calibration.platt?.a).toBeLessThan(0);
    expect(calibrated.threshold).toBeCloseTo(
      calibrate({ kind: 'platt', ...calibrated.calibration.platt! }, plain.threshold),
      12,
    );
  });

  it('never reports a correction that makes the cross-validated Brier score worse', () => {
    const input = earlyTerm('math');
    const calibrated = trainCalibrated(input, { folds: 5, seed: 1 });
    expect(calibrated.calibration.brierAfter).toBeLessThanOrEqual(calibrated.calibration.brierBefore);
    if (calibrated.calibration.method === 'none') {
      expect(calibrated.model).toEqual(trainAndValidate(input, { folds: 5, seed: 1 }).model);
      expect(calibrated.calibration.platt).toBeNull();
    }
  });
});

describe('trainCalibrated on small synthetic rosters', () => {
  const early = (
    roster: Roster,
    attributes: readonly string[] = ['failures', 'studytime', 'higher', 'absences'],
  ) => ({
    ...roster,
    featureSet: { attributes, training: { steps: 25, learningRate: 1 }, encoding: DEFAULT_ENCODING },
  });
  const uncorrected = (input: ReturnType<typeof early>, options: { folds: number }) => {
    const plain = trainAndValidate(input, options);
    const brier = foldBrier(plain.validation, plain.validation.outOfFold, input.labels).mean;
    return { ...plain, calibration: { method: 'none', platt: null, brierBefore: brier, brierAfter: brier } };
  };

  afterEach(() => jest.restoreAllMocks());

  it('keeps the model uncorrected when a training fold is too small to split into inner folds', () => {
    // 10 rows, 3 of them failing: each training fold of 2 holds at most 2 failing students, too few for 3 inner folds.
    const input = early(aRoster().withRows(10).build(), ROSTER_EARLY_ATTRIBUTES);
    expect(input.labels.filter((label) => label === 1)).toHaveLength(3);
    expect(trainCalibrated(input, { folds: 2 })).toEqual(uncorrected(input, { folds: 2 }));
  });

  it('passes on an error that is not about the training data', () => {
    jest.spyOn(nestedCalibration, 'nestedCalibratedRisks').mockImplementation(() => {
      throw new RangeError('The outer result has no fold 2.');
    });
    const input = early(aRoster().withRows(60).build());
    expect(() => trainCalibrated(input, { folds: 3 })).toThrow(
      new RangeError('The outer result has no fold 2.'),
    );
  });

  it('keeps the model uncorrected when the correction makes the nested Brier score worse', () => {
    const input = early(aRoster().withRows(80).withSeed(3).build());
    const plain = trainAndValidate(input, { folds: 3 });
    // The slope is negative (a correction that keeps the ranking), but it does not help on unseen rows.
    const final = fitPlatt(plain.validation.outOfFold, input.labels);
    expect(final.kind === 'platt' && final.a < 0).toBe(true);
    const nested = nestedCalibratedRisks(input, plain.validation, CALIBRATION_INNER_FOLDS);
    const before = foldBrier(plain.validation, plain.validation.outOfFold, input.labels).mean;
    expect(foldBrier(plain.validation, nested.platt, input.labels).mean).toBeGreaterThan(before);
    expect(trainCalibrated(input, { folds: 3 })).toEqual(uncorrected(input, { folds: 3 }));
  });

  it('keeps the model uncorrected when the correction leaves the nested Brier score as it was', () => {
    jest
      .spyOn(nestedCalibration, 'nestedCalibratedRisks')
      .mockImplementation((_, outer) => ({ platt: [...outer.outOfFold], isotonic: [...outer.outOfFold] }));
    const input = early(aRoster().withRows(80).withSeed(1).build());
    const plain = trainAndValidate(input, { folds: 3 });
    const final = fitPlatt(plain.validation.outOfFold, input.labels);
    expect(final.kind === 'platt' && final.a < 0).toBe(true);
    expect(trainCalibrated(input, { folds: 3 })).toEqual(uncorrected(input, { folds: 3 }));
  });

  it.each([
    ['a flat correction (slope 0)', 0],
    ['a correction that reverses the ranking (slope above 0)', 0.4],
  ])('never folds in %s, even one that lowers the nested Brier score', (_, slope) => {
    const input = early(aRoster().withRows(80).withSeed(1).build());
    // Nested risks that all but know the outcome: Brier 0.05² = 0.0025, far below the model's.
    jest
      .spyOn(nestedCalibration, 'nestedCalibratedRisks')
      .mockImplementation(() => ({ platt: input.labels.map((y) => (y === 1 ? 0.95 : 0.05)), isotonic: [] }));
    jest.spyOn(calibration, 'fitPlatt').mockReturnValue({ kind: 'platt', a: slope, b: 1 });
    const calibrated = trainCalibrated(input, { folds: 3 });
    expect(calibrated.calibration).toMatchObject({ method: 'none', platt: null });
    expect(calibrated.model).toEqual(trainAndValidate(input, { folds: 3 }).model);
  });

  it('folds in a correction with a negative slope that lowers the nested Brier score', () => {
    const input = early(aRoster().withRows(80).withSeed(1).build());
    jest
      .spyOn(nestedCalibration, 'nestedCalibratedRisks')
      .mockImplementation(() => ({ platt: input.labels.map((y) => (y === 1 ? 0.95 : 0.05)), isotonic: [] }));
    jest.spyOn(calibration, 'fitPlatt').mockReturnValue({ kind: 'platt', a: -0.5, b: 1 });
    const calibrated = trainCalibrated(input, { folds: 3 });
    // Every fold's Brier score is 0.05² = 0.0025.
    expect(calibrated.calibration.method).toBe('platt');
    expect(calibrated.calibration.platt).toEqual({ a: -0.5, b: 1 });
    expect(calibrated.calibration.brierAfter).toBeCloseTo(0.0025, 12);
    expect(calibrated.validation.folds.map((fold) => fold.brier)).toEqual([
      expect.closeTo(0.0025, 12),
      expect.closeTo(0.0025, 12),
      expect.closeTo(0.0025, 12),
    ]);
  });
});
