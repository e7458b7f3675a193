/** Calibration fitted inside cross-validation: each test fold corrected by corrections fitted on its training rows. */
import { calibrate, reliabilityTable } from '../../../src/core/model/calibration';
import type { CrossValidationResult, FoldEvaluation } from '../../../src/core/model/cross-validation';
import { DEFAULT_ENCODING } from '../../../src/core/model/feature-sets';
import {
  calibrationReport,
  foldBrier,
  innerCalibrations,
  nestedCalibratedRisks,
} from '../../../src/core/model/nested-calibration';
import { aRoster } from '../../support/roster-builder';

const INNER_FOLDS = 3;

function smallInput() {
  const roster = aRoster().withRows(60).build();
  return {
    ...roster,
    featureSet: {
      attributes: ['failures', 'absences', 'studytime', 'higher'],
      training: { steps: 25, learningRate: 1 },
      encoding: DEFAULT_ENCODING,
    },
  };
}

/** An outer cross-validation result built by hand: only what the nested calibration reads is filled in. */
function outerResult(
  seed: number,
  foldOf: readonly number[],
  steps: readonly number[],
  outOfFold: readonly number[],
): CrossValidationResult {
  return {
    k: steps.length,
    seed,
    folds: steps.map((s, fold) => ({ fold, steps: s }) as FoldEvaluation),
    summary: {} as CrossValidationResult['summary'],
    foldOf,
    outOfFold,
  };
}

describe('nestedCalibratedRisks', () => {
  it('corrects each test fold with corrections fitted on its training rows, inner folds seeded seed + fold + 1', () => {
    const input = smallInput();
    const n = input.records.length;
    // Rows alternate between the two folds; the last row is in no test fold (fold 2 of 2) and stays NaN.
    const foldOf = input.records.map((_, row) => (row === n - 1 ? 2 : row % 2));
    const outOfFold = input.records.map((_, row) => (row + 1) / (n + 1));
    const outer = outerResult(20, foldOf, [10, 30], outOfFold);
    const nested = nestedCalibratedRisks(input, outer, INNER_FOLDS);

    expect(nested.platt).toHaveLength(n);
    expect(nested.isotonic).toHaveLength(n);
    expect(nested.platt[n - 1]).toBeNaN();
    expect(nested.isotonic[n - 1]).toBeNaN();
    for (const fold of [0, 1]) {
      const train = foldOf.flatMap((f, row) => (f === fold ? [] : [row]));
      const fitted = innerCalibrations(input, train, INNER_FOLDS, 20 + fold + 1, fold === 0 ? 10 : 30);
      foldOf.forEach((f, row) => {
        if (f !== fold) return;
        expect(nested.platt[row]).toBe(calibrate(fitted.platt, outOfFold[row] as number));
        expect(nested.isotonic[row]).toBe(calibrate(fitted.isotonic, outOfFold[row] as number));
      });
    }
  });

  it('names a fold the outer result does not have', () => {
    const input = smallInput();
    const foldOf = input.records.map((_, row) => row % 2);
    const outer = { ...outerResult(1, foldOf, [10, 30], input.labels), k: 3 };
    expect(() => nestedCalibratedRisks(input, outer, INNER_FOLDS)).toThrow(
      new RangeError('The outer result has no fold 2.'),
    );
  });
});

describe('calibrationReport', () => {
  it('gives each repeat’s Brier scores and pools every repeat’s risks into the reliability tables', () => {
    const input = smallInput();
    const { labels } = input;
    const failures = labels.filter((label) => label === 1).length;
    const passes = labels.length - failures;
    const foldOf = labels.map((_, row) => row % 2);
    // Every risk is 0.2 from its label in the first repeat and 0.3 in the second: Brier 0.04 and 0.09.
    const first = outerResult(
      3,
      foldOf,
      [25, 25],
      labels.map((y) => (y === 1 ? 0.8 : 0.2)),
    );
    const second = outerResult(
      8,
      foldOf,
      [25, 25],
      labels.map((y) => (y === 1 ? 0.7 : 0.3)),
    );
    const report = calibrationReport(input, [first, second], INNER_FOLDS);

    expect(report.brier.raw).toHaveLength(2);
    expect(report.brier.raw[0]).toBeCloseTo(0.04, 12);
    expect(report.brier.raw[1]).toBeCloseTo(0.09, 12);
    const nested = [first, second].map((outer) => nestedCalibratedRisks(input, outer, INNER_FOLDS));
    expect(report.brier.platt).toEqual([
      foldBrier(first, nested[0]!.platt, labels).mean,
      foldBrier(second, nested[1]!.platt, labels).mean,
    ]);
    expect(report.brier.isotonic).toEqual([
      foldBrier(first, nested[0]!.isotonic, labels).mean,
      foldBrier(second, nested[1]!.isotonic, labels).mean,
    ]);

    // Raw risks 0.2 and 0.3 (the passes) fall in bins 2 and 3, 0.7 and 0.8 (the failures) in bins 7 and 8.
    const counts = report.reliability.raw.map((bin) => bin.count);
    expect(counts).toEqual([0, 0, passes, passes, 0, 0, 0, failures, failures, 0]);
    expect(report.reliability.raw.map((bin) => bin.observedRate)).toEqual([
      null,
      null,
      0,
      0,
      null,
      null,
      null,
      1,
      1,
      null,
    ]);
    const twice = [...labels, ...labels];
    expect(report.reliability.platt).toEqual(
      reliabilityTable([...nested[0]!.platt, ...nested[1]!.platt], twice),
    );
    expect(report.reliability.isotonic).toEqual(
      reliabilityTable([...nested[0]!.isotonic, ...nested[1]!.isotonic], twice),
    );
  });
});
