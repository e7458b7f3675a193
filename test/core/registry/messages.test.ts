/**
 * What a data lead reads from the registry, word for word (integrity and promotion gate), and the alias history
 * read back from its sheet for both aliases.
 */
import { createHash } from 'node:crypto';
import {
  type AliasMove,
  MOVED_BY,
  SET_BY_IMPORT,
  SET_BY_TRAINING,
  aliasMoveFromRow,
  aliasMoveToRow,
  currentAliases,
  isAliasMove,
  rollBackTarget,
  statusOf,
} from '../../../src/core/registry/aliases';
import {
  TamperedVersionError,
  canonicalVersionText,
  canonicalVersionText2,
  nextVersionNumber,
  trustOfLegacyVersion,
  verifyChecksum,
  versionChecksum,
} from '../../../src/core/registry/integrity';
import type { ModelVersion } from '../../../src/core/registry/model-version';
import { decidePromotion } from '../../../src/core/registry/promotion-gate';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function aVersion(overrides: Partial<ModelVersion> = {}): ModelVersion {
  const version: ModelVersion = {
    version: 1,
    createdAt: '2026-11-26T10:00:00.000Z',
    experimentId: 'R-0001',
    dataFingerprint: 'abc',
    rows: 1044,
    mode: 'early',
    features: ['failures', 'absences'],
    metrics: { auc: 0.8, brier: 0.11 },
    threshold: 0.3,
    modelJson: '{"intercept":-1.5}',
    checksum: '',
    status: 'champion',
    catchCurve: null,
    referenceSample: '{"format":"reference-sample/1"}',
    evidence: null,
    ...overrides,
  };
  return { ...version, checksum: overrides.checksum ?? versionChecksum(version, sha256Hex) };
}

const problem = (run: () => unknown) => {
  try {
    run();
    return 'no error';
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
};

describe('the canonical text a checksum covers', () => {
  it('lists the covered fields in a fixed order, each as its cell holds it', () => {
    const fields = [1, 'R-0001', 'abc', 1044, 'early', 'failures, absences', '{"auc":0.8,"brier":0.11}', 0.3];
    const rest = ['{"intercept":-1.5}', '', '{"format":"reference-sample/1"}'];
    expect(JSON.parse(canonicalVersionText(aVersion()))).toEqual([
      'passcompass-version/3',
      ...fields,
      ...rest,
      '',
    ]);
    expect(JSON.parse(canonicalVersionText2(aVersion()))).toEqual([
      'passcompass-version/2',
      ...fields,
      ...rest,
    ]);
  });
});

describe('verifying a checksum', () => {
  it('ignores spaces around the stored checksum and its case', () => {
    const version = aVersion();
    expect(verifyChecksum({ ...version, checksum: ` ${version.checksum.toUpperCase()}  ` }, sha256Hex)).toBe(
      'all',
    );
    const format2 = { ...version, checksum: ` ${sha256Hex(canonicalVersionText2(version)).toUpperCase()} ` };
    expect(verifyChecksum(format2, sha256Hex)).toBe('all');
    const legacy = { ...version, checksum: `${sha256Hex(version.modelJson).toUpperCase()}\n` };
    expect(verifyChecksum(legacy, sha256Hex)).toBe('model');
  });

  it('tells the data lead which version was refused, why, and what to do', () => {
    const edited = { ...aVersion({ version: 4 }), threshold: 0.05 };
    expect(problem(() => verifyChecksum(edited, sha256Hex))).toBe(
      'TamperedVersionError: Model version 4 was not loaded: its row no longer matches its checksum: a cell the ' +
        'checksum covers was changed (model JSON, mode, features, metrics, threshold, catch curve, reference ' +
        'sample, evidence, rows, fingerprint or version number). Roll back to an earlier version or train a new one.',
    );
    const error = new TamperedVersionError(7, 'because');
    expect([error.version, error.why, error.message]).toEqual([
      7,
      'because',
      'Model version 7 was not loaded: because. Roll back to an earlier version or train a new one.',
    ]);
  });

  it('refuses a blank checksum', () => {
    expect(problem(() => verifyChecksum({ ...aVersion(), checksum: '' }, sha256Hex))).toMatch(
      /^TamperedVersionError: Model version 1 was not loaded/,
    );
  });
});

describe('a version of an earlier PassCompass, in words', () => {
  const legacy = { ...aVersion({ version: 3 }), checksum: 'x' };
  const facts = { mode: 'early' as const, features: ['failures', 'absences'], rows: 1044 };
  const unverified =
    'Model version 3 (Versions row 5) was recorded by an earlier PassCompass, whose checksum covers only its ' +
    'model JSON: its metrics, threshold, catch curve and reference sample cannot be verified, so its AUC is ' +
    'never used to replace a champion automatically and no share of failures caught is promised from it. Train ' +
    'a new version to have every field checked.';

  it('says it is unverified, and nothing else, when its cells agree with its model', () => {
    const { version, notes } = trustOfLegacyVersion(
      { ...legacy, evidence: { format: 'x' } as unknown as ModelVersion['evidence'] },
      facts,
      5,
    );
    expect(notes).toEqual([unverified]);
    expect(version).toEqual({ ...legacy, catchCurve: null, evidence: null, checksumCovers: 'model' });
  });

  it.each([
    ['the mode', { mode: 'mid' as const }, 'Mode reads "early" but the model is mid-term'],
    ['the features', { features: ['failures'] }, 'Features do not list the features of the model'],
    ['the rows', { rows: 395 }, 'Rows reads 1044 but the model was trained on 395'],
  ])('names %s alone when only it disagrees with the model', (_, differs, note) => {
    const { version, notes } = trustOfLegacyVersion(legacy, { ...facts, ...differs }, 5);
    expect(notes).toEqual([
      unverified,
      `Versions row 5: ${note}. PassCompass uses what the model JSON says.`,
    ]);
    expect(version).toMatchObject(differs);
  });
});

describe('the next version number', () => {
  it('is one more than any number seen: versions in any order, both ends of a move, experiments', () => {
    const move = (from: number | null, to: number | null): AliasMove => ({
      at: '2026-11-26T10:00:00.000Z',
      alias: 'challenger',
      from,
      to,
      by: 'promote',
      reason: '',
    });
    expect(nextVersionNumber([3, 1, 2], [])).toBe(4);
    expect(nextVersionNumber([1], [move(9, null)])).toBe(10);
    expect(nextVersionNumber([1], [move(null, 6)])).toBe(7);
    expect(nextVersionNumber([1], [move(null, null)], [2])).toBe(3);
  });
});

describe('the promotion gate, in words', () => {
  const champion = aVersion();

  it.each([
    ['the same AUC', { auc: 0.8 }, 'CV ROC AUC 0.800 does not beat champion v1 (0.800)'],
    ['a worse AUC', { auc: 0.7999 }, 'CV ROC AUC 0.800 does not beat champion v1 (0.800)'],
    ['no AUC', { brier: 0.1 }, 'CV ROC AUC n/a does not beat champion v1 (0.800)'],
    ['an undefined AUC', { auc: Number.NaN }, 'CV ROC AUC n/a does not beat champion v1 (0.800)'],
  ])('keeps a candidate with %s as challenger', (_, metrics, reason) => {
    expect(decidePromotion(aVersion({ version: 2, metrics }), champion)).toEqual({
      alias: 'challenger',
      reason,
    });
  });

  it('promotes a candidate whose AUC is higher, however slightly', () => {
    expect(decidePromotion(aVersion({ version: 2, metrics: { auc: 0.8001 } }), champion)).toEqual({
      alias: 'champion',
      reason: 'CV ROC AUC 0.800 beats champion v1 (0.800)',
    });
  });

  it('compares nothing with a champion that has no AUC', () => {
    const noAuc = aVersion({ metrics: { brier: 0.1 } });
    expect(decidePromotion(aVersion({ version: 2, metrics: { auc: 0.9 } }), noAuc)).toEqual({
      alias: 'challenger',
      reason: 'CV ROC AUC 0.900 does not beat champion v1 (n/a)',
    });
    const infinite = aVersion({ metrics: { auc: Number.POSITIVE_INFINITY } });
    expect(decidePromotion(aVersion({ version: 2 }), infinite).reason).toBe(
      'CV ROC AUC 0.800 does not beat champion v1 (n/a)',
    );
  });

  it('says n/a for the AUC of an earlier PassCompass champion that has none', () => {
    const legacy = { ...aVersion({ version: 3, metrics: {} }), checksumCovers: 'model' as const };
    expect(decidePromotion(aVersion({ version: 4 }), legacy)).toEqual({
      alias: 'challenger',
      reason:
        'champion v3 was recorded by an earlier PassCompass and its CV ROC AUC (n/a) is not covered by its ' +
        'checksum, so it is not compared; promote by hand',
    });
  });

  it('compares a champion whose checksum covers all of it', () => {
    const checked = { ...champion, checksumCovers: 'all' as const };
    expect(decidePromotion(aVersion({ version: 2, metrics: { auc: 0.9 } }), checked).alias).toBe('champion');
  });

  it('says why it did not compare across data or moments of the term', () => {
    const better = { version: 2, metrics: { auc: 0.95 } };
    expect(decidePromotion(aVersion({ ...better, dataFingerprint: 'other' }), champion)).toEqual({
      alias: 'challenger',
      reason: 'trained on different data from champion v1; promote by hand',
    });
    expect(decidePromotion(aVersion({ ...better, mode: 'mid' }), champion)).toEqual({
      alias: 'challenger',
      reason: 'mid-term model vs early-term champion; promote by hand',
    });
  });
});

describe('the alias history, both aliases', () => {
  const at = '2026-11-26T10:00:00.000Z';
  const move = (
    alias: AliasMove['alias'],
    from: number | null,
    to: number | null,
    by = 'promote',
  ): AliasMove => ({
    at,
    alias,
    from,
    to,
    by,
    reason: `${alias} ${from} → ${to}`,
  });

  it.each([
    ['a challenger set by training', move('challenger', null, 2, 'set by training')],
    ['a challenger imported', move('challenger', 2, 3, 'import')],
    ['a challenger promoted away', move('challenger', 3, null)],
    ['a champion rolled back', move('champion', 3, 2, 'roll back')],
  ])('round-trips %s through its sheet row', (_, moved) => {
    const row = aliasMoveToRow(moved);
    expect(row).toEqual([
      new Date(at),
      moved.alias,
      moved.from ?? '',
      moved.to ?? '',
      moved.by,
      moved.reason,
    ]);
    expect(aliasMoveFromRow(row)).toEqual(moved);
  });

  it('reads a time written as text, blank versions and a missing or numeric reason', () => {
    expect(aliasMoveFromRow(['2026-11-26 10:00Z', 'challenger', null, 4, 'import'])).toEqual({
      at,
      alias: 'challenger',
      from: null,
      to: 4,
      by: 'import',
      reason: '',
    });
    expect(aliasMoveFromRow([new Date(at), 'champion', 1, '', 'promote', null])).toMatchObject({
      to: null,
      reason: '',
    });
    expect(aliasMoveFromRow([new Date(at), 'champion', 1, 2, 'promote', 42])).toMatchObject({ reason: '42' });
  });

  it('writes what training and an import moved, in words the history accepts', () => {
    expect([SET_BY_TRAINING, SET_BY_IMPORT]).toEqual(['set by training', 'import']);
    expect(MOVED_BY).toEqual(['set by training', 'import', 'promote', 'roll back']);
  });

  it('reads missing cells at the end of a short row as blank', () => {
    expect(aliasMoveFromRow([new Date(at), 'champion'])).toEqual({
      column: 'Moved by',
      problem: 'is blank, not one of set by training, import, promote, roll back',
    });
  });

  it('refuses a Moved by cell that is not text', () => {
    expect(aliasMoveFromRow([new Date(at), 'champion', 1, 2, 3, ''])).toEqual({
      column: 'Moved by',
      problem: 'is 3, not one of set by training, import, promote, roll back',
    });
  });

  it('tells a move from a problem or a blank row', () => {
    expect(isAliasMove(aliasMoveFromRow(aliasMoveToRow(move('challenger', null, 2))))).toBe(true);
    expect(isAliasMove(aliasMoveFromRow(['', 'boss']))).toBe(false);
    expect(isAliasMove(aliasMoveFromRow([]))).toBe(false);
  });

  it('follows the challenger as it is set, moved and cleared', () => {
    const history = [move('champion', null, 1), move('challenger', null, 2), move('challenger', 2, 3)];
    expect(currentAliases(history)).toEqual({ champion: 1, challenger: 3 });
    expect(statusOf(3, currentAliases(history))).toBe('challenger');
    expect(statusOf(2, currentAliases(history))).toBe('archived');
    const cleared = [...history, move('challenger', 3, null)];
    expect(currentAliases(cleared)).toEqual({ champion: 1, challenger: null });
    expect(statusOf(3, currentAliases(cleared))).toBe('archived');
  });

  it('rolls the champion back past challenger moves and cleared champions', () => {
    const history = [
      move('champion', null, 1, 'set by training'),
      move('challenger', null, 5),
      move('champion', 1, 2),
      move('challenger', 5, 6),
      move('champion', 2, null),
    ];
    expect(rollBackTarget(history)).toBe(1);
  });
});
