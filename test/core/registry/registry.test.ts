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
  TamperedVersionError,
  assertChecksumMatches,
  nextVersionNumber,
} from '../../../src/core/registry/integrity';
import {
  CELL_CHARACTER_LIMIT,
  type ModelVersion,
  VERSION_HEADER,
  versionFromRow,
  versionToRow,
} from '../../../src/core/registry/model-version';
import { decidePromotion } from '../../../src/core/registry/promotion-gate';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function aVersion(overrides: Partial<ModelVersion> = {}): ModelVersion {
  const modelJson =
    overrides.modelJson ?? JSON.stringify({ intercept: -1.5, coefficients: { failures: 0.8 } });
  return {
    version: 1,
    createdAt: '2026-11-26T10:00:00.000Z',
    experimentId: 'exp-1',
    dataFingerprint: 'abc',
    rows: 1044,
    mode: 'early',
    features: ['failures', 'absences'],
    metrics: { auc: 0.8, brier: 0.11 },
    threshold: 0.3,
    modelJson,
    checksum: sha256Hex(modelJson),
    status: 'champion',
    catchCurve: { byShare: [0, 1], byThreshold: [1, 0] },
    referenceSample: '{"format":"reference-sample/1"}',
    ...overrides,
  };
}

const move = (alias: AliasMove['alias'], from: number | null, to: number | null): AliasMove => ({
  at: '2026-11-26T10:00:00.000Z',
  alias,
  from,
  to,
  by: 'test',
  reason: 'because',
});

describe('a version row', () => {
  it('round-trips through the sheet row, one cell per header', () => {
    const version = aVersion();
    const row = versionToRow(version);
    expect(row).toHaveLength(VERSION_HEADER.length);
    expect(versionFromRow(row)).toEqual(version);
  });

  it('refuses model JSON over the 50,000-character cell limit', () => {
    const big = aVersion({ modelJson: 'x'.repeat(CELL_CHARACTER_LIMIT + 1) });
    expect(() => versionToRow(big)).toThrow(/over the 50000-character cell limit/);
  });

  it('explains why a malformed row is not a version', () => {
    expect(versionFromRow(['', '', ''])).toEqual({ problem: 'no version number' });
    const row = versionToRow(aVersion());
    row[5] = 'late';
    expect(versionFromRow(row)).toEqual({ problem: 'unknown mode "late"' });
  });
});

describe('checksums', () => {
  it('accept an untouched version', () => {
    const version = aVersion();
    expect(assertChecksumMatches(version, sha256Hex)).toBe(version);
  });

  it('reject an edited model and name the version', () => {
    const edited = { ...aVersion({ version: 4 }), modelJson: '{"intercept":9}' };
    expect(() => assertChecksumMatches(edited, sha256Hex)).toThrow(TamperedVersionError);
    expect(() => assertChecksumMatches(edited, sha256Hex)).toThrow(/^Model version 4 was not loaded/);
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

  it('round-trip through the sheet and skip rows that are not moves', () => {
    const m = move('champion', 1, 2);
    expect(aliasMoveFromRow(aliasMoveToRow(m))).toEqual(m);
    expect(aliasMoveFromRow(['', '', '', '', '', ''])).toBeNull();
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
});

describe('roll back', () => {
  const moved = (to: number, by = 'promote'): AliasMove => ({ ...move('champion', null, to), by });

  it('walks back through earlier champions, one step per roll back', () => {
    const history = [moved(1, 'training gate'), moved(2), moved(3)];
    expect(rollBackTarget(history)).toBe(2);
    expect(rollBackTarget([...history, moved(2, 'roll back')])).toBe(1);
    expect(rollBackTarget([...history, moved(2, 'roll back'), moved(1, 'roll back')])).toBeNull();
  });

  it('has nothing to return to with a single champion', () => {
    expect(rollBackTarget([moved(1, 'training gate')])).toBeNull();
    expect(rollBackTarget([])).toBeNull();
  });
});
