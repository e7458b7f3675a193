/** The Experiments sheet: its name and header, the row a run writes, and the run ids and versions read back. */
import type { ValidatedModel } from '../../src/core/model/cross-validation';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import {
  EXPERIMENTS_SHEET,
  EXPERIMENT_HEADER,
  type ExperimentRecord,
  experimentRow,
  nextRunId,
  versionsNamedIn,
} from '../../src/jobs/experiments';
import type { CellValue } from '../../src/jobs/ports';
import { PASSCOMPASS_VERSION } from '../../src/version';

const AT = new Date('2026-11-26T10:00:00.000Z');
const TRAINING = { steps: 40, learningRate: 1, appliedRate: 0.5, rows: 120, failures: 31 };

/** A fold as cross-validation reports it; only what the Experiments row reads is filled in. */
const fold = (n: number, testRows: number, auc: number, recall: number, topKRecall: number) => ({
  fold: n,
  trainRows: 120 - testRows,
  testRows,
  testFailures: 10,
  auc,
  brier: 0.2,
  accuracyAtHalf: 0.7,
  atThreshold: { threshold: 0.35, accuracy: 0.75, precision: 0.5, recall, f1: 0.5 },
  topK: { k: 12, caught: 3, recall: topKRecall, precision: 0.25 },
  steps: 40,
});

/**
 * A validated model as the Experiments row reads it: means with more digits than the sheet keeps, and a
 * precision and F1 that are not numbers (no student was flagged in any fold).
 */
function validated(): ValidatedModel {
  const summary = (mean: number, sd: number) => ({ mean, sd, defined: 2, count: 2 });
  return {
    model: { training: TRAINING },
    threshold: 0.35,
    validation: {
      k: 2,
      seed: 7,
      folds: [fold(0, 60, 0.81, 0.5, 0.25), fold(1, 60, 0.79, 0.6, 0.3)],
      summary: {
        auc: summary(0.81234567, 0.04321),
        brier: summary(0.2, 0),
        accuracyAtHalf: summary(0.7, 0),
        accuracy: summary(0.75, 0),
        precision: summary(Number.NaN, Number.NaN),
        recall: summary(0.55, 0.07),
        f1: summary(Number.NaN, Number.NaN),
        topKRecall: summary(0.275, 0.035),
        topKPrecision: summary(0.25, 0),
      },
    },
  } as unknown as ValidatedModel;
}

function record(changes: Partial<ExperimentRecord> = {}): ExperimentRecord {
  return {
    runId: 'R-0003',
    at: AT,
    dataFingerprint: 'f00d',
    rows: 120,
    mode: 'early',
    version: 2,
    validated: validated(),
    settings: { ...DEFAULT_SETTINGS, mode: 'early', folds: 2, seed: 7, capacity: 12 },
    seconds: 61.5,
    outcome: 'champion: first version',
    ...changes,
  };
}

/** An Experiments row whose Version cell (column S) holds `version`, every other cell blank. */
const withVersion = (version: CellValue): CellValue[] =>
  EXPERIMENT_HEADER.map((name) => (name === 'Version' ? version : ''));

describe('the Experiments sheet', () => {
  it('is named Experiments and has its header', () => {
    expect(EXPERIMENTS_SHEET).toBe('Experiments');
    expect(EXPERIMENT_HEADER).toEqual([
      'Run',
      'Time',
      'Data fingerprint',
      'Rows',
      'Failures',
      'Mode',
      'Parameters (JSON)',
      'CV ROC AUC',
      'AUC sd',
      'Accuracy',
      'Precision',
      'Recall',
      'F1',
      'Brier',
      'Top-K recall',
      'Top-K precision',
      'Per fold (JSON)',
      'Duration (s)',
      'Version',
      'Outcome',
    ]);
  });
});

describe('experimentRow', () => {
  it('writes the run, its parameters, the means to 4 places (blank when not a number) and every fold', () => {
    expect(experimentRow(record())).toEqual([
      'R-0003',
      AT,
      'f00d',
      120,
      31,
      'early',
      // No leaveOutAttributes key: the school left nothing out.
      `{"passMark":10,"folds":2,"seed":7,"capacity":12,"threshold":0.35,` +
        `"training":{"steps":40,"learningRate":1,"appliedRate":0.5,"rows":120,"failures":31},` +
        `"addOnVersion":"${PASSCOMPASS_VERSION}"}`,
      0.8123,
      0.0432,
      0.75,
      '',
      0.55,
      '',
      0.2,
      0.275,
      0.25,
      '[{"fold":0,"testRows":60,"auc":0.81,"brier":0.2,"accuracy":0.75,"recall":0.5,"topKRecall":0.25},' +
        '{"fold":1,"testRows":60,"auc":0.79,"brier":0.2,"accuracy":0.75,"recall":0.6,"topKRecall":0.3}]',
      61.5,
      2,
      'champion: first version',
    ]);
  });

  it('names the attributes left out in the parameters, and leaves the version blank for a refused model', () => {
    const row = experimentRow(
      record({
        settings: { ...DEFAULT_SETTINGS, folds: 2, seed: 7, capacity: 12, leaveOutAttributes: ['sex'] },
        version: null,
      }),
    );
    expect(JSON.parse(String(row[EXPERIMENT_HEADER.indexOf('Parameters (JSON)')]))).toEqual({
      passMark: 10,
      folds: 2,
      seed: 7,
      capacity: 12,
      threshold: 0.35,
      training: TRAINING,
      addOnVersion: PASSCOMPASS_VERSION,
      leaveOutAttributes: ['sex'],
    });
    expect(row[EXPERIMENT_HEADER.indexOf('Version')]).toBe('');
  });
});

describe('nextRunId', () => {
  it('starts at R-0001', () => {
    expect(nextRunId([])).toBe('R-0001');
  });

  it('is one more than the highest run id that is exactly R- and digits', () => {
    // R-0002 is the only well-formed id: XR-0099 and R-0098x (and the blank, number and empty rows) are not.
    expect(nextRunId([['R-0002'], ['XR-0099'], ['R-0098x'], [''], [42], []])).toBe('R-0003');
    expect(nextRunId([['R-0009'], ['R-0012'], ['R-0010']])).toBe('R-0013');
  });
});

describe('versionsNamedIn', () => {
  it('reads the whole numbers from 1 up in the Version column, nothing else', () => {
    const rows = [1, '', 0, -1, 2.5, '3', true, 4].map(withVersion);
    expect(versionsNamedIn(rows)).toEqual([1, 4]);
  });

  it('reads nothing from an empty sheet or from rows without a version', () => {
    expect(versionsNamedIn([])).toEqual([]);
    expect(versionsNamedIn([withVersion(''), withVersion('')])).toEqual([]);
  });
});
