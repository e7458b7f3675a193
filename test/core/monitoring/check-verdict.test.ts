import type { DatasetDrift, DriftVerdict } from '../../../src/core/drift/dataset-drift';
import { type CheckInputs, checkVerdict, dataQualityKind } from '../../../src/core/monitoring/check-verdict';
import type { DataQualityProblem } from '../../../src/core/monitoring/data-quality';
import { realisedAccuracy } from '../../../src/core/monitoring/realised-accuracy';
import { gradedPairs } from './graded-pairs';

const verdict = (drifted: boolean | null, columns = 0): DriftVerdict => ({
  driftedColumns: columns,
  share: drifted === null ? null : columns / 10,
  drifted,
});

/** A dataset drift result over 10 tested columns with the given raw and corrected verdicts. */
function aDrift(raw: boolean | null, corrected: boolean | null, note = ''): DatasetDrift {
  const side = { rows: 40, cells: 400, blank: 0, invalid: 0, blankShare: 0 };
  return {
    columns: [],
    testedColumns: raw === null ? 0 : 10,
    raw: verdict(raw, raw ? 5 : 2),
    corrected: verdict(corrected, corrected ? 5 : 1),
    note,
    quality: { reference: side, current: side },
  };
}

const blanks: DataQualityProblem = {
  kind: 'blank-share',
  column: 'absences',
  count: 7,
  firstRows: [3],
  sentence: '…',
};
const unscored: DataQualityProblem = {
  kind: 'not-scored',
  column: null,
  count: 2,
  firstRows: [4],
  sentence: '…',
};

const FAIL = [0.91, 0.85, 0.78, 0.66, 0.62, 0.55, 0.47, 0.35, 0.22, 0.12];
const PASS = [0.81, 0.58, 0.44, 0.41, 0.33, 0.3, 0.28, 0.25, 0.21, 0.19, 0.17, 0.15, 0.14, 0.12, 0.1, 0.08];
const promise = { auc: 0.85, accuracy: 0.85, threshold: 0.5 };
// 20 of these 26 are right at 0.5, whose Wilson interval lies below the promised 0.95:
// /usr/bin/python3 -c "from scipy.stats import binomtest; print(binomtest(20, 26).proportion_ci(confidence_level=0.95, method='wilson'))"
// → low=0.5794844592105632, high=0.8896615059421671
const worseThanPromised = realisedAccuracy(gradedPairs(FAIL, PASS), { ...promise, accuracy: 0.95 });
const asPromised = realisedAccuracy(gradedPairs(FAIL, PASS), promise);

const inputs = (overrides: Partial<CheckInputs>): CheckInputs => ({
  drift: aDrift(false, false),
  dataQuality: [],
  accuracy: null,
  ...overrides,
});

describe('the verdict of a monitoring check', () => {
  it('is ok without problems, and reports both drift verdicts', () => {
    expect(checkVerdict(inputs({ accuracy: asPromised }))).toEqual({
      verdict: 'ok',
      problemKinds: [],
      drift: { raw: false, corrected: false, note: '' },
    });
  });

  it('alerts on the corrected drift verdict, not the raw one', () => {
    const rawOnly = checkVerdict(inputs({ drift: aDrift(true, false) }));
    expect(rawOnly.verdict).toBe('ok');
    expect(rawOnly.drift).toEqual({ raw: true, corrected: false, note: '' });
    expect(checkVerdict(inputs({ drift: aDrift(true, true) }))).toMatchObject({
      verdict: 'drift',
      problemKinds: ['drift'],
    });
  });

  it('is ok when drift could not be judged (too few rows) or there is no reference', () => {
    const tooFew = checkVerdict(inputs({ drift: aDrift(null, null, 'too few rows') }));
    expect(tooFew).toMatchObject({
      verdict: 'ok',
      drift: { raw: null, corrected: null, note: 'too few rows' },
    });
    expect(checkVerdict(inputs({ drift: null })).drift.note).toBe('no reference sample to compare with');
  });

  it('names each data-quality problem by kind and column', () => {
    const summary = checkVerdict(inputs({ dataQuality: [unscored, blanks] }));
    expect(summary.verdict).toBe('data-quality');
    expect(summary.problemKinds).toEqual(['data-quality:blank-share:absences', 'data-quality:not-scored']);
    expect(dataQualityKind(blanks)).toBe('data-quality:blank-share:absences');
  });

  it('names each realised metric that fell short of its promise', () => {
    expect(worseThanPromised.accuracy.problem).toBe(true);
    expect(checkVerdict(inputs({ accuracy: worseThanPromised }))).toMatchObject({
      verdict: 'accuracy',
      problemKinds: ['accuracy:accuracy'],
    });
  });

  it('is "several" when problems of more than one family are present, listing every kind', () => {
    const summary = checkVerdict({
      drift: aDrift(true, true),
      dataQuality: [blanks],
      accuracy: worseThanPromised,
    });
    expect(summary.verdict).toBe('several');
    expect(summary.problemKinds).toEqual(['accuracy:accuracy', 'data-quality:blank-share:absences', 'drift']);
  });

  it('lists a kind once however many problems share it', () => {
    expect(checkVerdict(inputs({ dataQuality: [blanks, { ...blanks, count: 9 }] })).problemKinds).toEqual([
      'data-quality:blank-share:absences',
    ]);
  });
});
