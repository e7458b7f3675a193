import { createHash } from 'node:crypto';
import {
  type AliasMove,
  aliasMoveFromRow,
  aliasMoveToRow,
  currentAliases,
  rollBackTarget,
  statusOf,
} from '../../../src/core/registry/aliases';
import {
  CANONICAL_FORMAT,
  TamperedVersionError,
  canonicalVersionText,
  nextVersionNumber,
  trustOfLegacyVersion,
  verifyChecksum,
  versionChecksum,
} from '../../../src/core/registry/integrity';
import {
  CELL_CHARACTER_LIMIT,
  type ModelVersion,
  VERSION_HEADER,
  versionFromRow,
  versionToRow,
} from '../../../src/core/registry/model-version';
import { decidePromotion } from '../../../src/core/registry/promotion-gate';
import { catchCurve } from '../../../src/core/scoring/catch-curve';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A version as Train model registers it: its checksum over the canonical text. */
function aVersion(overrides: Partial<ModelVersion> = {}): ModelVersion {
  const modelJson =
    overrides.modelJson ?? JSON.stringify({ intercept: -1.5, coefficients: { failures: 0.8 } });
  const version: ModelVersion = {
    version: 1,
    createdAt: '2026-11-26T10:00:00.000Z',
    experimentId: 'R-0001',
    dataFingerprint: 'abc',
    rows: 1044,
    mode: 'early',
    features: ['failures', 'absences'],
    metrics: { auc: 0.8, aucSd: 0.02, brier: 0.11, precision: Number.NaN },
    threshold: 0.3,
    modelJson,
    checksum: '',
    status: 'champion',
    catchCurve: catchCurve([0.9, 0.2, 0.6, 0.4], [1, 0, 0, 1]),
    referenceSample: '{"format":"reference-sample/1"}',
    evidence: null,
    ...overrides,
  };
  return { ...version, checksum: overrides.checksum ?? versionChecksum(version, sha256Hex) };
}

const move = (alias: AliasMove['alias'], from: number | null, to: number | null): AliasMove => ({
  at: '2026-11-26T10:00:00.000Z',
  alias,
  from,
  to,
  by: 'promote',
  reason: 'because',
});

const column = (name: (typeof VERSION_HEADER)[number]) => VERSION_HEADER.indexOf(name);

describe('a version row', () => {
  it('round-trips through the sheet row, one cell per header, an undefined metric included', () => {
    const version = aVersion();
    const row = versionToRow(version);
    expect(row).toHaveLength(VERSION_HEADER.length);
    expect(versionFromRow(row)).toEqual(version);
  });

  it('refuses model JSON over the 50,000-character cell limit', () => {
    const big = aVersion({ modelJson: 'x'.repeat(CELL_CHARACTER_LIMIT + 1) });
    expect(() => versionToRow(big)).toThrow(/over the 50000-character cell limit/);
  });

  it('reads a row written before the catch curve and reference sample columns existed', () => {
    const row = versionToRow(aVersion()).slice(0, column('Catch curve (JSON)'));
    expect(versionFromRow(row)).toMatchObject({ catchCurve: null, referenceSample: '' });
  });

  it.each([
    ['Version', '', 'is blank, not a version number (a whole number from 1)'],
    ['Version', 2.5, 'is 2.5, not a version number (a whole number from 1)'],
    ['Created', 'yesterday', 'is "yesterday", not a time'],
    ['Experiment', 7, 'is 7, not a run id'],
    ['Data fingerprint', '', 'is blank, not a fingerprint'],
    ['Rows', -3, 'is -3, not a number of students (a whole number from 1)'],
    ['Mode', 'late', 'is "late", not early or mid'],
    ['Features', '', 'is blank, not a list of features'],
    ['CV ROC AUC', 'high', 'is "high", not a number'],
    ['Threshold', 1.5, 'is 1.5, not a probability from 0 to 1'],
    ['Threshold', 'x', 'is "x", not a probability from 0 to 1'],
    ['Metrics (JSON)', '{"auc": 0.8', 'is not valid JSON'],
    ['Metrics (JSON)', '[0.8]', 'is not a JSON object of metrics'],
    ['Metrics (JSON)', '{"auc": "0.8"}', 'holds "0.8" for "auc", not a number'],
    ['Model (JSON)', '', 'is blank, not the JSON of a model'],
    ['Checksum (SHA-256)', 'abc', 'is "abc", not a SHA-256 checksum (64 hex digits)'],
    ['Catch curve (JSON)', '{"byShare": [', 'is not valid JSON'],
    [
      'Catch curve (JSON)',
      'null',
      'is not a catch curve (a JSON object with byShare, byThreshold, failRate and rows)',
    ],
    [
      'Catch curve (JSON)',
      '{"byShare":[1],"byThreshold":[1],"failRate":0.2,"rows":4}',
      'must hold 101 numbers from 0 to 1 in byShare',
    ],
    ['Reference sample (JSON)', 5, 'is 5, not JSON text'],
  ] as const)('names the column of a malformed cell: %s = %p', (name, value, problem) => {
    const row = versionToRow(aVersion());
    row[column(name)] = value;
    expect(versionFromRow(row)).toEqual({ column: name, problem });
  });
});

describe('checksums', () => {
  it('cover one canonical text, tagged with its format and stable for the same version', () => {
    const text = canonicalVersionText(aVersion());
    expect(JSON.parse(text)[0]).toBe(CANONICAL_FORMAT);
    expect(canonicalVersionText(aVersion())).toBe(text);
    expect(aVersion().checksum).toBe(sha256Hex(text));
  });

  it('accept an untouched version, and one read back from its row', () => {
    const version = aVersion();
    expect(verifyChecksum(version, sha256Hex)).toBe('all');
    expect(verifyChecksum(versionFromRow(versionToRow(version)) as ModelVersion, sha256Hex)).toBe('all');
  });

  it('ignore only the creation time and the Status mirror', () => {
    const version = aVersion();
    expect(verifyChecksum({ ...version, createdAt: '2030-01-01T00:00:00.000Z' }, sha256Hex)).toBe('all');
    expect(verifyChecksum({ ...version, status: 'archived' }, sha256Hex)).toBe('all');
  });

  it.each([
    ['the version number', { version: 5 }],
    ['the experiment', { experimentId: 'R-0009' }],
    ['the data fingerprint', { dataFingerprint: 'other' }],
    ['the row count', { rows: 17 }],
    ['the mode', { mode: 'mid' }],
    ['the features', { features: ['failures'] }],
    ['an AUC edited to 0.01', { metrics: { auc: 0.01, aucSd: 0.02, brier: 0.11, precision: Number.NaN } }],
    ['the threshold', { threshold: 0.05 }],
    ['the model JSON', { modelJson: '{"intercept":9}' }],
    ['the catch curve', { catchCurve: catchCurve([0.9, 0.2, 0.6, 0.4], [1, 1, 0, 1]) }],
    ['a catch curve removed', { catchCurve: null }],
    ['a reference sample removed', { referenceSample: '' }],
  ] as [string, Partial<ModelVersion>][])('reject %s and name the version', (_, edit) => {
    const edited = { ...aVersion({ version: 4 }), ...edit };
    expect(() => verifyChecksum(edited, sha256Hex)).toThrow(TamperedVersionError);
    expect(() => verifyChecksum(edited, sha256Hex)).toThrow(
      /^Model version \d+ was not loaded: its row no longer matches its checksum/,
    );
  });

  it('recognise a row of an earlier PassCompass, whose checksum covers only the model JSON', () => {
    const version = aVersion();
    const legacy = { ...version, checksum: sha256Hex(version.modelJson) };
    expect(verifyChecksum(legacy, sha256Hex)).toBe('model');
    // Edits outside the model JSON cannot be seen in such a row: what it is trusted with is limited instead.
    expect(verifyChecksum({ ...legacy, metrics: { auc: 0.01 } }, sha256Hex)).toBe('model');
    expect(() => verifyChecksum({ ...legacy, modelJson: '{}' }, sha256Hex)).toThrow(TamperedVersionError);
  });
});

describe('a version of an earlier PassCompass', () => {
  const legacy = { ...aVersion(), checksum: 'x' };

  it('takes its mode, features and rows from the model JSON and drops its catch curve, saying so', () => {
    const { version, notes } = trustOfLegacyVersion(
      { ...legacy, mode: 'early', rows: 5 },
      { mode: 'mid', features: ['G1', 'failures'], rows: 395 },
      3,
    );
    expect(version).toMatchObject({
      mode: 'mid',
      features: ['G1', 'failures'],
      rows: 395,
      catchCurve: null,
      checksumCovers: 'model',
    });
    expect(version.metrics).toEqual(legacy.metrics);
    expect(notes[0]).toMatch(/^Model version 1 \(Versions row 3\) was recorded by an earlier PassCompass/);
    expect(notes[1]).toBe(
      'Versions row 3: Mode reads "early" but the model is mid-term; Features do not list the features of the ' +
        'model; Rows reads 5 but the model was trained on 395. PassCompass uses what the model JSON says.',
    );
  });

  it('says only that it is unverified when its cells agree with its model', () => {
    const { notes } = trustOfLegacyVersion(
      legacy,
      { mode: 'early', features: legacy.features, rows: 1044 },
      2,
    );
    expect(notes).toHaveLength(1);
  });
});

describe('version numbers', () => {
  it('are never reused, even after the newest row was deleted', () => {
    expect(nextVersionNumber([1, 2], [move('champion', 2, 3)])).toBe(4);
    expect(nextVersionNumber([], [], [7])).toBe(8);
    expect(nextVersionNumber([], [])).toBe(1);
  });
});

describe('aliases', () => {
  const history = [
    move('champion', null, 1),
    move('challenger', null, 2),
    move('champion', 1, 3),
    move('champion', 3, 1),
  ];

  it('point where the last move of each left them', () => {
    expect(currentAliases(history)).toEqual({ champion: 1, challenger: 2 });
    expect(currentAliases([])).toEqual({ champion: null, challenger: null });
  });

  it('give each version its status', () => {
    const aliases = currentAliases(history);
    expect([statusOf(1, aliases), statusOf(2, aliases), statusOf(3, aliases)]).toEqual([
      'champion',
      'challenger',
      'archived',
    ]);
  });

  it('round-trip through the sheet and skip a blank row', () => {
    const m = move('champion', 1, 2);
    expect(aliasMoveFromRow(aliasMoveToRow(m))).toEqual(m);
    expect(aliasMoveFromRow(['', '', '', '', '', ''])).toBeNull();
  });

  it('still read a move that an earlier PassCompass wrote as "training gate"', () => {
    const row = aliasMoveToRow(move('champion', 1, 2));
    row[4] = 'training gate';
    expect(aliasMoveFromRow(row)).toEqual({ ...move('champion', 1, 2), by: 'training gate' });
  });

  it.each([
    ['Time', 0, 'garbage', 'is "garbage", not a time'],
    ['Alias', 1, 'boss', 'is "boss", not champion or challenger'],
    ['From version', 2, 'one', 'is "one", not a version number or blank'],
    ['To version', 3, 0, 'is 0, not a version number or blank'],
    ['To version', 3, 1.5, 'is 1.5, not a version number or blank'],
    ['Moved by', 4, 'magic', 'is "magic", not one of set by training, import, promote, roll back'],
  ] as const)('names the column of a malformed history row: %s', (name, index, value, problem) => {
    const row = aliasMoveToRow(move('champion', 1, 2));
    row[index] = value;
    expect(aliasMoveFromRow(row)).toEqual({ column: name, problem });
  });
});

describe('the promotion gate', () => {
  it('makes the first version champion', () => {
    expect(decidePromotion(aVersion(), null)).toEqual({ alias: 'champion', reason: 'first version' });
  });

  it('promotes a better AUC on the same data and mode', () => {
    const decision = decidePromotion(aVersion({ version: 2, metrics: { auc: 0.82 } }), aVersion());
    expect(decision).toEqual({ alias: 'champion', reason: 'CV ROC AUC 0.820 beats champion v1 (0.800)' });
  });

  it('keeps an equal or worse AUC as challenger', () => {
    expect(decidePromotion(aVersion({ version: 2 }), aVersion()).alias).toBe('challenger');
  });

  it('never auto-promotes across different data or a different mode', () => {
    const better = { metrics: { auc: 0.95 } };
    expect(decidePromotion(aVersion({ ...better, dataFingerprint: 'other' }), aVersion()).alias).toBe(
      'challenger',
    );
    expect(decidePromotion(aVersion({ ...better, mode: 'mid' }), aVersion()).alias).toBe('challenger');
  });

  it('never replaces a champion that could not be loaded: editing its row is no way in', () => {
    expect(
      decidePromotion(aVersion({ version: 2 }), {
        version: 1,
        unusable: 'its row no longer matches its checksum',
      }),
    ).toEqual({
      alias: 'challenger',
      reason:
        'champion v1 could not be loaded (its row no longer matches its checksum), so nothing was compared; promote by hand',
    });
  });

  it('never compares with the AUC of a champion whose checksum does not cover it', () => {
    const legacy = { ...aVersion({ metrics: { auc: 0.01 } }), checksumCovers: 'model' as const };
    expect(decidePromotion(aVersion({ version: 2 }), legacy)).toEqual({
      alias: 'challenger',
      reason:
        'champion v1 was recorded by an earlier PassCompass and its CV ROC AUC (0.010) is not covered by its checksum, so it is not compared; promote by hand',
    });
  });
});

describe('roll back', () => {
  const moved = (to: number, by = 'promote'): AliasMove => ({ ...move('champion', null, to), by });

  it('walks back through earlier champions, one step per roll back', () => {
    const history = [moved(1, 'set by training'), moved(2), moved(3)];
    expect(rollBackTarget(history)).toBe(2);
    expect(rollBackTarget([...history, moved(2, 'roll back')])).toBe(1);
    expect(rollBackTarget([...history, moved(2, 'roll back'), moved(1, 'roll back')])).toBeNull();
  });

  it('has nothing to return to with a single champion', () => {
    expect(rollBackTarget([moved(1, 'set by training')])).toBeNull();
    expect(rollBackTarget([moved(1, 'training gate')])).toBeNull();
    expect(rollBackTarget([])).toBeNull();
  });
});
