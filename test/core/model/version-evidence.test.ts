/** A version's evidence, built from a cross-validation made by hand so each figure can be checked. */
import type { CalibratedModel } from '../../../src/core/model/calibrated-training';
import { calibrate } from '../../../src/core/model/calibration';
import type { CrossValidationResult } from '../../../src/core/model/cross-validation';
import { EQUITY_ATTRIBUTES } from '../../../src/core/model/equity';
import {
  comparisonRisks,
  metricWithInterval,
  rounded,
  ruleText,
  tuningRecord,
  uncorrectedRisks,
  versionEvidence,
} from '../../../src/core/model/version-evidence';
import { evidenceText, readEvidenceCell } from '../../../src/core/registry/evidence-codec';
import { seededRandom } from '../../../src/core/random';
import { matchKey } from '../../../src/core/data/match-key';
import { trainCalibrated } from '../../../src/core/model/calibrated-training';
import { trainAndValidate } from '../../../src/core/model/cross-validation';
import { featureSetFor } from '../../../src/core/model/feature-sets';
import { brierScore } from '../../../src/core/model/metrics';
import { failLabels } from '../../../src/core/model/target';
import { loadUciCourse } from '../../support/uci';

const ROWS = 200;
const PLATT = { a: -1.2, b: 0.3 };

/** 200 students with the six sensitive attributes; a student's raw risk rises with their row, noisily. */
function aCohort() {
  const random = seededRandom(11);
  const records = Array.from({ length: ROWS }, (_, i) => ({
    sex: i % 2 === 0 ? 'F' : 'M',
    address: i % 3 === 0 ? 'R' : 'U',
    school: i % 4 === 0 ? 'MS' : 'GP',
    Medu: i % 5,
    Fedu: (i + 2) % 5,
    course: i < ROWS / 2 ? 'math' : 'portuguese',
    age: 16,
  }));
  const raw = records.map((_, i) => Math.min(0.98, Math.max(0.01, i / ROWS + (random() - 0.5) * 0.3)));
  const labels: number[] = raw.map((risk) => (random() < risk ? 1 : 0));
  return { records, raw, labels };
}

const fold = (i: number, auc: number) => ({
  fold: i,
  auc,
  brier: 0.15 + i / 100,
  atThreshold: { accuracy: 0.7 + i / 100 },
  topK: { recall: 0.2, precision: 0.6 + i / 50 },
  steps: i % 2 === 0 ? 10 : 20,
});

/** `trainCalibrated`'s result for the cohort: Platt kept, the out-of-fold risks mapped through it. */
function aTrainedModel(raw: readonly number[], aucs = [0.7, 0.8, 0.75, 0.72, 0.78]): CalibratedModel {
  const correction = { kind: 'platt' as const, ...PLATT };
  return {
    model: { training: { steps: 20 } },
    threshold: 0.4,
    validation: {
      k: 5,
      seed: 3,
      folds: aucs.map((auc, i) => fold(i, auc)),
      foldOf: raw.map((_, i) => i % 5),
      outOfFold: raw.map((risk) => calibrate(correction, risk)),
    },
    calibration: { method: 'platt', platt: PLATT, brierBefore: 0.2, brierAfter: 0.18 },
  } as unknown as CalibratedModel;
}

const { records, raw, labels } = aCohort();
const settings = {
  rule: { kind: 'capacity', capacity: 25, mediumFrom: 0.3 } as const,
  capacity: 25,
  gapLimit: 0.1,
  seed: 1,
  resamples: 50,
};
// Worked out in each test (a beforeEach runs inside it), not while Jest collects them, so Stryker can tell which
// test covers each mutant.
let evidence: ReturnType<typeof versionEvidence>;
beforeEach(() => {
  evidence = versionEvidence({
    records,
    labels,
    trained: aTrainedModel(raw),
    withLeftOut: null,
    leftOut: [],
    ...settings,
  });
});

describe('versionEvidence', () => {
  it('has ten reliability bins before and after the correction, whose counts sum to the rows', () => {
    for (const table of [evidence.calibration.reliabilityBefore, evidence.calibration.reliabilityAfter]) {
      expect(table).toHaveLength(10);
      expect(table.reduce((sum, bin) => sum + bin.count, 0)).toBe(ROWS);
    }
    expect(evidence.calibration).toMatchObject({ method: 'platt', brierBefore: 0.2, brierAfter: 0.18 });
  });

  it('gives each metric the mean of the folds and its Student-t 95% interval', () => {
    // R: t.test(c(.7, .8, .75, .72, .78))$conf.int → 0.6988 0.8012
    expect(evidence.metrics.auc).toEqual({ mean: 0.75, low: 0.6988, high: 0.8012, defined: 5, folds: 5 });
    expect(evidence.folds).toBe(5);
    expect(evidence.seed).toBe(3);
  });

  it('counts a fold where a metric is undefined, and averages the others', () => {
    expect(metricWithInterval([0.7, Number.NaN, 0.8])).toMatchObject({ mean: 0.75, defined: 2, folds: 3 });
    expect(metricWithInterval([Number.NaN])).toMatchObject({ defined: 0, folds: 1 });
    expect(Number.isNaN(metricWithInterval([]).mean)).toBe(true);
  });

  it('states the fail rate and what predicting "everybody passes" would score', () => {
    const failRate = labels.reduce((a, b) => a + b, 0) / ROWS;
    expect(evidence.failRate).toBeCloseTo(failRate, 4);
    expect(evidence.baselineAccuracy).toBeCloseTo(1 - failRate, 4);
    expect(evidence.capacity).toBe(25);
  });

  it('recovers the uncorrected out-of-fold risks by undoing the Platt correction', () => {
    uncorrectedRisks(aTrainedModel(raw)).forEach((risk, i) => expect(risk).toBeCloseTo(raw[i] as number, 9));
  });

  it('reports every sensitive attribute at the school’s tier rule, with nothing left out', () => {
    expect(evidence.equity.attributes.map((a) => a.attribute)).toEqual([...EQUITY_ATTRIBUTES]);
    expect(evidence.equity).toMatchObject({ rule: 'the 25 highest risks', gapLimit: 0.1, leftOut: [] });
    expect(evidence.equity.withLeftOut).toBeNull();
    const sex = evidence.equity.attributes[0];
    expect(sex?.groups.reduce((sum, g) => sum + g.high, 0)).toBe(25);
  });

  it('compares with the model trained with the left-out attributes when some were left out', () => {
    const comparison: CrossValidationResult = {
      ...aTrainedModel(raw.map((r) => Math.min(1, r + 0.01))).validation,
      outOfFold: raw,
    };
    const withComparison = versionEvidence({
      records,
      labels,
      trained: aTrainedModel(raw),
      withLeftOut: comparison,
      leftOut: ['sex', 'Medu'],
      ...settings,
    });
    expect(withComparison.equity.leftOut).toEqual(['sex', 'Medu']);
    expect(withComparison.equity.withLeftOut?.auc.mean).toBe(0.75);
    expect(withComparison.equity.withLeftOut?.attributes.map((a) => a.attribute)).toEqual([
      ...EQUITY_ATTRIBUTES,
    ]);
  });

  it('reads the tuning record from the trainer when it gives one, from the folds otherwise', () => {
    expect(tuningRecord(aTrainedModel(raw))).toEqual({
      steps: 20,
      candidates: [20],
      stepsPerFold: [10, 20, 10, 20, 10],
      thresholdCriterion: 'f1',
    });
    const tuning = { steps: 50, candidates: [10, 50], stepsPerFold: [50, 50], thresholdCriterion: 'f1' };
    expect(tuningRecord({ ...aTrainedModel(raw), tuning } as CalibratedModel)).toEqual(tuning);
  });

  it('round-trips through the Evidence (JSON) cell, undefined figures included', () => {
    const undefinedAuc = versionEvidence({
      records,
      labels,
      trained: aTrainedModel(raw, [Number.NaN, 0.8, 0.75, Number.NaN, 0.78]),
      withLeftOut: null,
      leftOut: [],
      ...settings,
    });
    for (const e of [evidence, undefinedAuc]) {
      const text = evidenceText(e);
      expect(readEvidenceCell(text)).toEqual(e);
      expect(evidenceText(readEvidenceCell(text) as typeof e)).toBe(text);
    }
    expect(readEvidenceCell('')).toBeNull();
    expect(readEvidenceCell('{"format": 1}')).toBe("is not a version's evidence: metrics is not an object");
  });

  it('on the early-term Portuguese model, gives the uncorrected risks of the same training without Platt', () => {
    const records = loadUciCourse('portuguese');
    const input = {
      records,
      labels: failLabels(records),
      groups: records.map(matchKey),
      featureSet: featureSetFor('early', Object.keys(records[0] ?? {})),
    };
    const calibrated = trainCalibrated(input, { folds: 5, seed: 1 });
    expect(calibrated.calibration.method).toBe('platt');
    const plain = trainAndValidate(input, { folds: 5, seed: 1 }).validation.outOfFold;
    const recovered = uncorrectedRisks(calibrated);
    recovered.forEach((risk, i) => expect(risk).toBeCloseTo(plain[i] as number, 9));
    expect(brierScore(recovered, input.labels)).toBeCloseTo(brierScore(plain, input.labels), 12);
  });
});

describe('rounded', () => {
  it('rounds to 4 decimals, gives 0 (not −0) for a tiny negative figure, keeps NaN and infinities', () => {
    expect(rounded(0.123456)).toBe(0.1235);
    expect(rounded(33.333, 1)).toBe(33.3);
    expect(rounded(-0.00001)).toBe(0);
    expect(Object.is(rounded(-0.00001), 0)).toBe(true);
    expect(rounded(Number.NaN)).toBeNaN();
    expect(rounded(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(rounded(Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('ruleText', () => {
  it('names the High tier of a capacity rule by its size, of a threshold rule by its percentage', () => {
    expect(ruleText({ kind: 'capacity', capacity: 25, mediumFrom: 0.3 }, 200)).toBe('the 25 highest risks');
    expect(ruleText({ kind: 'capacity', capacity: 25, mediumFrom: 0.3 }, 12)).toBe('the 12 highest risks');
    expect(ruleText({ kind: 'thresholds', highFrom: 0.3333, mediumFrom: 0.2 }, 200)).toBe(
      'risk of 33.3% or more',
    );
  });
});

/**
 * 40 students, girls and boys in turn, whose comparison risks 0.02, 0.025, … 0.215 rank them well: the 12 who
 * fail are rows 22, 27 and 29 to 39 but 33. Platt on them (the same targets as scikit-learn's):
 * /usr/bin/python3: sklearn.calibration._sigmoid_calibration(logit(r), y) → a = −4.57504, b = −7.71473,
 * corrected risks 1 / (1 + exp(a·logit(r) + b)) below, ≥ 0.5 (by at least 0.011) from row 28 on.
 */
const COMPARED = Array.from({ length: 40 }, (_, i) => 0.02 + i * 0.005);
const COMPARED_LABELS = COMPARED.map((_, i) => (i === 22 || i === 27 || (i >= 29 && i !== 33) ? 1 : 0));
// /usr/bin/python3 (see above): np.round(1 / (1 + np.exp(a * np.log(r / (1 - r)) + b)), 6)
const CORRECTED = [
  0.000041, 0.000118, 0.000278, 0.000576, 0.001085, 0.001903, 0.003153, 0.004987, 0.007587, 0.011173,
  0.015993, 0.022332, 0.030498, 0.040824, 0.053644, 0.069288, 0.088052, 0.110175, 0.135815, 0.165019,
  0.197702, 0.233637, 0.272449, 0.313631, 0.356567, 0.400574, 0.444939, 0.488969, 0.532024, 0.573554,
  0.613114, 0.650374, 0.685115, 0.71722, 0.74666, 0.773476, 0.797764, 0.819658, 0.839315, 0.856908,
];

describe('comparisonRisks', () => {
  const comparison = (outOfFold: readonly number[]) =>
    ({ ...aTrainedModel(raw).validation, outOfFold }) as CrossValidationResult;

  it('keeps the comparison risks when the version was not corrected', () => {
    expect(comparisonRisks(comparison(COMPARED), COMPARED_LABELS, false)).toEqual(COMPARED);
  });

  it('corrects them by Platt fitted on their own labels when the version was corrected', () => {
    const corrected = comparisonRisks(comparison(COMPARED), COMPARED_LABELS, true);
    expect(corrected).toHaveLength(40);
    corrected.forEach((risk, i) => expect(risk).toBeCloseTo(CORRECTED[i] as number, 5));
  });

  it('keeps them when the fitted correction would not be increasing', () => {
    // Risks that fall as failing rises: Platt's slope on them is positive, a decreasing map.
    const reversed = [...COMPARED].reverse();
    expect(comparisonRisks(comparison(reversed), COMPARED_LABELS, true)).toEqual(reversed);
    // Every risk 0.5 (logit 0): the slope stays exactly 0, a constant map that would erase every difference.
    const flat = COMPARED.map(() => 0.5);
    expect(comparisonRisks(comparison(flat), COMPARED_LABELS, true)).toEqual(flat);
  });
});

describe('versionEvidence with a threshold rule and a comparison', () => {
  const cohort = COMPARED.map((_, i) => ({ sex: i % 2 === 0 ? 'F' : 'M' }));
  const rule = { kind: 'thresholds', highFrom: 0.5, mediumFrom: 0.3 } as const;
  const withComparison = (trained: CalibratedModel) =>
    versionEvidence({
      records: cohort,
      labels: COMPARED_LABELS,
      trained,
      withLeftOut: { ...trained.validation, outOfFold: COMPARED } as CrossValidationResult,
      leftOut: ['sex'],
      ...settings,
      rule,
    });
  const highBySex = (e: ReturnType<typeof versionEvidence>) =>
    e.equity.withLeftOut?.attributes[0]?.groups.map((g) => [g.group, g.high]);

  it('flags the comparison’s students on the corrected scale when the version was corrected', () => {
    const e = withComparison(aTrainedModel(COMPARED));
    expect(e.equity.rule).toBe('risk of 50% or more');
    // Rows 28 to 39 are at 0.5 or more once corrected: 6 girls (even rows), 6 boys.
    expect(highBySex(e)).toEqual([
      ['F', 6],
      ['M', 6],
    ]);
  });

  it('keeps the comparison’s raw risks when the version was not corrected', () => {
    const base = aTrainedModel(COMPARED);
    const plain = {
      ...base,
      validation: { ...base.validation, outOfFold: COMPARED },
      calibration: { method: 'none', platt: null, brierBefore: 0.2, brierAfter: 0.2 },
    } as unknown as CalibratedModel;
    expect(uncorrectedRisks(plain)).toEqual(COMPARED);
    // No raw comparison risk reaches 0.5 (the highest is 0.215): nobody is High.
    expect(highBySex(withComparison(plain))).toEqual([
      ['F', 0],
      ['M', 0],
    ]);
  });
});
