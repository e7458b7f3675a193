/** Where a spreadsheet stands, for the sidebar: the status job and the background record behind it. */
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import {
  BACKGROUND_KEY,
  type LastScoring,
  loadBackground,
  saveBackground,
} from '../../src/jobs/background/background-state';
import type { KeyValueStore } from '../../src/jobs/ports';
import { workbookStatus } from '../../src/jobs/workbook-status';
import { tierRuleSentence } from '../../src/ui/sidebar';
import { MapStore, nodeDigests } from '../support/fakes';
import { type Sheets, emptySheets, train } from './trained';

const LAST_RUN: LastScoring = {
  at: Date.parse('2026-12-01T09:00:00Z'),
  version: 1,
  scored: 395,
  notScored: 2,
  tiers: { High: 25, Medium: 120, Low: 250 },
  expectedCatch: 0.21,
};

function statusOf(sheets: Sheets, store: KeyValueStore, settings: Partial<Settings> = {}) {
  return workbookStatus({
    versions: sheets.versions,
    aliases: sheets.aliases,
    store,
    digests: nodeDigests,
    settings: { ...DEFAULT_SETTINGS, ...settings },
  });
}

describe('workbookStatus', () => {
  const sheets = emptySheets();
  const trained = train(sheets);
  const curve = trained.version.catchCurve;

  it('describes the champion: version, moment, rows and cross-validated AUC, with no challenger', () => {
    const status = statusOf(sheets, new MapStore());
    expect(status.champion).toMatchObject({
      version: 1,
      mode: 'early',
      rows: 395,
      auc: trained.version.metrics['auc'],
    });
    expect(status.champion?.createdAt.toISOString()).toBe(trained.version.createdAt);
    expect(status.challenger).toBeNull();
    expect(status.lastScoring).toBeNull();
    expect(status.monitoring).toEqual({ on: false, nextCheck: null, lastCheck: null });
  });

  it('gives the High tier’s share of failures by the current rule', () => {
    if (!curve) throw new Error('training recorded no catch curve');
    // Thresholds: the share of failures among out-of-fold risks ≥ 50%, read straight off the curve.
    expect(
      statusOf(sheets, new MapStore(), { tierRule: 'thresholds', highFrom: 0.5 }).champion?.highHolds,
    ).toBe(curve.byThreshold[50]);
    // A capacity with no roster scored yet: the share depends on the roster's size, so none is given.
    expect(statusOf(sheets, new MapStore()).champion?.highHolds).toBeNull();
    // After a run of 395 students, capacity 25 is the top 6.33% of them: between the 6% and 7% points.
    const store = new MapStore();
    saveBackground(store, { ...loadBackground(store), lastScoring: LAST_RUN });
    const share = 2500 / 395;
    const [at6 = NaN, at7 = NaN] = [curve.byShare[6], curve.byShare[7]];
    expect(statusOf(sheets, store).champion?.highHolds).toBeCloseTo(at6 + (share - 6) * (at7 - at6), 9);
    expect(statusOf(sheets, store).lastScoring).toEqual(LAST_RUN);
  });

  it('names a damaged champion row instead of describing it', () => {
    const damaged = emptySheets();
    train(damaged);
    const row = damaged.versions.data[0] ?? [];
    row[11] = '{}'; // Model (JSON): no longer what its checksum vouches for
    const status = statusOf(damaged, new MapStore());
    expect(status.champion).toBeNull();
    expect(status.championProblem).toMatch(/Versions row 2/);
  });
});

describe('the background record’s last run and last check', () => {
  it('round-trips and keeps nothing but counts and words', () => {
    const store = new MapStore();
    const lastCheck = { at: LAST_RUN.at, verdict: 'Drift', alert: 'Sent to 2' };
    saveBackground(store, { ...loadBackground(store), lastScoring: LAST_RUN, lastCheck });
    expect(loadBackground(store)).toMatchObject({ lastScoring: LAST_RUN, lastCheck });
  });

  it('reads a record from before they existed, and drops a damaged one without losing the rest', () => {
    const store = new MapStore();
    const before = { scoring: null, monitoring: null, checks: null, notice: 'Run abandoned.' };
    store.set(BACKGROUND_KEY, JSON.stringify(before));
    expect(loadBackground(store)).toMatchObject({
      notice: 'Run abandoned.',
      lastScoring: null,
      lastCheck: null,
    });
    for (const lastScoring of [
      { ...LAST_RUN, scored: -1 },
      { ...LAST_RUN, tiers: { High: 1 } },
      { ...LAST_RUN, expectedCatch: 'most' },
    ]) {
      store.set(BACKGROUND_KEY, JSON.stringify({ ...before, lastScoring, lastCheck: { at: 1, verdict: 2 } }));
      expect(loadBackground(store)).toMatchObject({
        notice: 'Run abandoned.',
        lastScoring: null,
        lastCheck: null,
      });
    }
  });
});

describe('tierRuleSentence', () => {
  it('states the capacity rule and the thresholds in words', () => {
    expect(tierRuleSentence({ ...DEFAULT_SETTINGS, capacity: 40, mediumFrom: 0.25 })).toBe(
      'The 40 students at highest risk are High (fewer when several share the risk at the cut-off); Medium from 25% risk, the rest Low.',
    );
    expect(tierRuleSentence({ ...DEFAULT_SETTINGS, tierRule: 'thresholds', highFrom: 0.6 })).toBe(
      'High from 60% risk; Medium from 30% risk, the rest Low.',
    );
  });
});
