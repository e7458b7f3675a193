/**
 * A registered version with realistic evidence, for model card tests while training does not yet fill it in:
 * 300 students of two schools with a fail rate near 30%, out-of-fold risks that rank them about as well as
 * an early-term model does (AUC near 0.72), and the calibration and equity figures computed from those risks
 * by the real core functions (`reliabilityTable`, `equityReport`), so every table has the shape and the
 * arithmetic training gives it. The metrics' means and intervals are hand-set to plausible values.
 */
import { createHash } from 'node:crypto';
import type { StudentRecord } from '../../src/core/data/dictionary';
import { encodeReferenceSample } from '../../src/core/drift/reference-codec';
import { sampleReference } from '../../src/core/drift/reference-sample';
import { reliabilityTable } from '../../src/core/model/calibration';
import { equityReport } from '../../src/core/model/equity';
import type { MetricWithInterval, VersionEvidence } from '../../src/core/model/evidence';
import { seededRandom } from '../../src/core/random';
import type { ModelVersion } from '../../src/core/registry/model-version';

const interval = (mean: number, half: number, folds = 5): MetricWithInterval => ({
  mean,
  low: Math.max(0, mean - half),
  high: Math.min(1, mean + half),
  defined: folds,
  folds,
});

/** The students, their outcomes (1 = failed) and out-of-fold risks. */
export function fixtureStudents(rows = 300, seed = 7) {
  const random = seededRandom(seed);
  const records: StudentRecord[] = [];
  const labels: number[] = [];
  const risks: number[] = [];
  for (let i = 0; i < rows; i += 1) {
    const school = i % 7 === 0 ? 'MS' : 'GP';
    const sex = random() < 0.52 ? 'F' : 'M';
    const address = random() < 0.75 ? 'U' : 'R';
    const failures = random() < 0.2 ? Math.ceil(random() * 3) : 0;
    const Medu = Math.floor(random() * 5);
    const absences = Math.floor(random() * 12);
    const push = 0.9 * failures - 0.15 * Medu + (address === 'R' ? 0.3 : 0) + (school === 'MS' ? 0.3 : 0);
    const failed = random() < 1 / (1 + Math.exp(-(-0.9 + push))) ? 1 : 0;
    const z = -1.1 + 0.75 * push + 0.6 * failed + (random() - 0.5) * 1.6;
    records.push({ school, sex, address, Medu, failures, absences, course: 'math' });
    labels.push(failed);
    risks.push(1 / (1 + Math.exp(-z)));
  }
  return { records, labels, risks };
}

export function fixtureEvidence(options: { leftOut?: string[]; gapLimit?: number } = {}): VersionEvidence {
  const { records, labels, risks } = fixtureStudents();
  const failRate = labels.reduce((a, b) => a + b, 0) / labels.length;
  const rule = { kind: 'capacity', capacity: 25, mediumFrom: 0.3 } as const;
  const equity = equityReport(records, labels, risks, { rule, resamples: 100, seed: 1 });
  // "Before" the correction: the same ranking, the percentages pulled towards the middle.
  const before = risks.map((r) => 0.15 + 0.7 * r);
  const leftOut = options.leftOut ?? [];
  return {
    format: 1,
    folds: 5,
    seed: 1,
    pooledAuc: 0.712,
    metrics: {
      auc: interval(0.72, 0.07),
      brier: interval(0.181, 0.02),
      accuracy: interval(0.713, 0.05),
      topKRecall: interval(0.43, 0.12),
      topKPrecision: interval(0.6, 0.15),
    },
    capacity: 25,
    failRate,
    baselineAccuracy: 1 - failRate,
    tuning: {
      steps: 10,
      candidates: [5, 10, 20, 50],
      stepsPerFold: [10, 10, 20, 10, 10],
      thresholdCriterion: 'f1',
    },
    calibration: {
      method: 'platt',
      brierBefore: 0.19,
      brierAfter: 0.181,
      reliabilityBefore: reliabilityTable(before, labels),
      reliabilityAfter: reliabilityTable(risks, labels),
    },
    equity: {
      rule: 'the 25 highest risks',
      gapLimit: options.gapLimit ?? 0.1,
      leftOut,
      attributes: equity,
      withLeftOut:
        leftOut.length === 0
          ? null
          : {
              auc: interval(0.731, 0.07),
              attributes: equityReport(
                records,
                labels,
                risks.map((r) => r * 0.98),
                { rule, resamples: 100, seed: 2 },
              ),
            },
    },
  };
}

const FEATURES = [
  'school=MS',
  'sex=M',
  'address=R',
  'Medu',
  'failures',
  'failures>0',
  'absences',
  'higher=no',
];

/** A registered version (checksum not meaningful) with `evidence`; `null` for a row written before evidence. */
export function fixtureVersion(
  evidence: VersionEvidence | null = fixtureEvidence(),
  overrides: Partial<ModelVersion> = {},
): ModelVersion {
  const { records, labels } = fixtureStudents();
  const failures = labels.reduce((a, b) => a + b, 0);
  const model = {
    kind: 'logistic-regression',
    version: 1,
    predicts: 'P(fail)',
    intercept: -0.9,
    coefficients: {},
    encoding: { features: [] },
    training: { steps: 10, learningRate: 1, appliedRate: 1, rows: records.length, failures },
  };
  const sample = sampleReference(records, ['school', 'sex', 'address', 'Medu', 'failures', 'absences'], {
    maxRows: 200,
    seed: 1,
  });
  return {
    version: 3,
    createdAt: '2026-11-26T10:00:00.000Z',
    experimentId: 'R-0007',
    dataFingerprint: createHash('sha256').update('fixture').digest('hex'),
    rows: records.length,
    mode: 'early',
    features: FEATURES.filter((f) => !(evidence?.equity.leftOut ?? []).some((a) => f.startsWith(`${a}=`))),
    metrics: { auc: 0.72, aucSd: 0.05, brier: 0.181, topKRecall: 0.43, topKPrecision: 0.6, accuracy: 0.713 },
    threshold: 0.36,
    modelJson: JSON.stringify(model),
    checksum: 'a'.repeat(64),
    status: 'champion',
    catchCurve: null,
    referenceSample: encodeReferenceSample(sample),
    evidence,
    ...overrides,
  };
}
