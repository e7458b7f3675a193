/** The Evidence (JSON) cell of a version row: read back with its shape checked, and covered by the checksum. */
import { createHash } from 'node:crypto';
import type { VersionEvidence } from '../../../src/core/model/evidence';
import {
  CANONICAL_FORMAT,
  TamperedVersionError,
  canonicalVersionText2,
  verifyChecksum,
  versionChecksum,
} from '../../../src/core/registry/integrity';
import {
  type ModelVersion,
  VERSION_HEADER,
  versionFromRow,
  versionToRow,
} from '../../../src/core/registry/model-version';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const column = (name: (typeof VERSION_HEADER)[number]) => VERSION_HEADER.indexOf(name);

const metric = { mean: 0.75, low: 0.7, high: 0.8, defined: 5, folds: 5 };
const bins = Array.from({ length: 10 }, (_, i) => ({
  from: i / 10,
  to: (i + 1) / 10,
  count: i === 9 ? 0 : 10,
  meanPredicted: i === 9 ? null : i / 10 + 0.05,
  observedRate: i === 9 ? null : i / 10,
}));

/** Evidence of the stored shape, small enough to read; an undefined AUC interval and an empty bin included. */
const EVIDENCE: VersionEvidence = {
  format: 1,
  folds: 5,
  seed: 1,
  pooledAuc: 0.74,
  metrics: {
    auc: metric,
    brier: { ...metric, mean: 0.15 },
    accuracy: metric,
    topKRecall: { mean: Number.NaN, low: Number.NaN, high: Number.NaN, defined: 0, folds: 5 },
    topKPrecision: metric,
  },
  capacity: 25,
  failRate: 0.22,
  baselineAccuracy: 0.78,
  tuning: { steps: 10, candidates: [10], stepsPerFold: [10, 10, 10, 10, 10], thresholdCriterion: 'f1' },
  calibration: {
    method: 'none',
    brierBefore: 0.15,
    brierAfter: 0.15,
    reliabilityBefore: bins,
    reliabilityAfter: bins,
  },
  equity: {
    rule: 'the 25 highest risks',
    gapLimit: 0.1,
    leftOut: ['sex'],
    attributes: [
      {
        attribute: 'sex',
        groups: [
          {
            group: 'F',
            size: 50,
            failures: 10,
            high: 5,
            shareHigh: 0.1,
            falseNegativeRate: 0.6,
            falsePositiveRate: 0.05,
            precision: 0.8,
          },
          {
            group: 'M',
            size: 40,
            failures: 0,
            high: 4,
            shareHigh: 0.1,
            falseNegativeRate: Number.NaN,
            falsePositiveRate: 0.1,
            precision: 0,
          },
        ],
        gaps: [
          { figure: 'shareHigh', highest: 'F', lowest: 'M', gap: 0, interval: { low: -0.1, high: 0.1 } },
        ],
      },
    ],
    withLeftOut: { auc: metric, attributes: [] },
  },
};

function aVersion(overrides: Partial<ModelVersion> = {}): ModelVersion {
  const version: ModelVersion = {
    version: 2,
    createdAt: '2026-11-26T10:00:00.000Z',
    experimentId: 'R-0002',
    dataFingerprint: 'abc',
    rows: 90,
    mode: 'early',
    features: ['failures'],
    metrics: { auc: 0.75 },
    threshold: 0.3,
    modelJson: '{"intercept":-1}',
    checksum: '',
    status: 'champion',
    catchCurve: null,
    referenceSample: '',
    evidence: EVIDENCE,
    ...overrides,
  };
  return { ...version, checksum: versionChecksum(version, sha256Hex) };
}

describe('the Evidence (JSON) cell', () => {
  it('is the last column, and round-trips with undefined figures and empty bins', () => {
    expect(VERSION_HEADER[VERSION_HEADER.length - 1]).toBe('Evidence (JSON)');
    const version = aVersion();
    const read = versionFromRow(versionToRow(version)) as ModelVersion;
    expect(read).toEqual(version);
    expect(verifyChecksum(read, sha256Hex)).toBe('all');
    expect(CANONICAL_FORMAT).toBe('passcompass-version/3');
  });

  it('fits the cell limit, or the row is refused with the figures', () => {
    const huge = aVersion({
      evidence: { ...EVIDENCE, equity: { ...EVIDENCE.equity, leftOut: ['x'.repeat(50_001)] } },
    });
    expect(() => versionToRow(huge)).toThrow(
      /^The evidence of model version 2 is \d+ characters of JSON, over/,
    );
  });

  it('makes a row that is not JSON, or not evidence, no version, naming the column', () => {
    const row = versionToRow(aVersion());
    row[column('Evidence (JSON)')] = '{"format": 1, ';
    expect(versionFromRow(row)).toEqual({ column: 'Evidence (JSON)', problem: 'is not valid JSON' });
    row[column('Evidence (JSON)')] = JSON.stringify({ ...EVIDENCE, capacity: -1 });
    expect(versionFromRow(row)).toEqual({
      column: 'Evidence (JSON)',
      problem: "is not a version's evidence: capacity is not a count",
    });
  });

  it('is covered by the checksum: an edited figure in it is tampering', () => {
    const row = versionToRow(aVersion());
    const edited = JSON.parse(String(row[column('Evidence (JSON)')])) as { equity: { gapLimit: number } };
    edited.equity.gapLimit = 0.5;
    row[column('Evidence (JSON)')] = JSON.stringify(edited);
    const read = versionFromRow(row) as ModelVersion;
    expect(() => verifyChecksum(read, sha256Hex)).toThrow(TamperedVersionError);
    expect(() => verifyChecksum(read, sha256Hex)).toThrow(
      /a cell the checksum covers was changed .*evidence/,
    );
  });

  it('cleared on a version that had evidence, is tampering too', () => {
    const row = versionToRow(aVersion());
    row[column('Evidence (JSON)')] = '';
    expect(() => verifyChecksum(versionFromRow(row) as ModelVersion, sha256Hex)).toThrow(
      TamperedVersionError,
    );
  });
});

describe('a row written under format 2, before the evidence existed', () => {
  /** The row as PassCompass wrote it then: no evidence column, a checksum over the format-2 text. */
  function aFormat2Row() {
    const version = { ...aVersion({ evidence: null }) };
    const checksum = sha256Hex(canonicalVersionText2(version));
    const row = versionToRow({ ...version, checksum });
    return row.slice(0, column('Evidence (JSON)'));
  }

  it('still loads, vouched for in full, with no evidence', () => {
    const read = versionFromRow(aFormat2Row()) as ModelVersion;
    expect(read.evidence).toBeNull();
    expect(verifyChecksum(read, sha256Hex)).toBe('all');
  });

  it('is tampered with when evidence is pasted into it, which its checksum never covered', () => {
    const row = [...aFormat2Row(), versionToRow(aVersion())[column('Evidence (JSON)')] as string];
    expect(() => verifyChecksum(versionFromRow(row) as ModelVersion, sha256Hex)).toThrow(
      TamperedVersionError,
    );
  });

  it('and a row whose checksum covers only the model JSON still verifies as model', () => {
    const row = aFormat2Row();
    row[column('Checksum (SHA-256)')] = sha256Hex('{"intercept":-1}');
    expect(verifyChecksum(versionFromRow(row) as ModelVersion, sha256Hex)).toBe('model');
  });
});
