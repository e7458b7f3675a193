/** Where a spreadsheet stands, for the sidebar: the status job and the background record behind it. */
import { readModel } from '../../src/core/model/model-schema';
import type { ModelVersion } from '../../src/core/registry/model-version';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { featureColumnName } from '../../src/core/sql/feature-sql';
import {
  BACKGROUND_KEY,
  type LastScoring,
  loadBackground,
  saveBackground,
} from '../../src/jobs/background/background-state';
import { importBigQueryWeights } from '../../src/jobs/import-weights';
import type { KeyValueStore } from '../../src/jobs/ports';
import { promoteChallenger } from '../../src/jobs/promote';
import type { TrainResult } from '../../src/jobs/train';
import { workbookStatus } from '../../src/jobs/workbook-status';
import { tierRuleSentence } from '../../src/ui/sidebar';
import { MapStore, InMemoryTable, ScriptedDialogs, nodeDigests } from '../support/fakes';
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

/** The Math sample trained once, on first use inside a test (never while Jest collects the suite). */
let math: { sheets: Sheets; trained: TrainResult } | undefined;
function trainedMath() {
  if (!math) {
    const sheets = emptySheets();
    math = { sheets, trained: train(sheets) };
  }
  return math;
}

/** ML.WEIGHTS as CSV: version 1's own coefficients, as BigQuery ML would give them back. */
function weightsCsv(version: ModelVersion): string {
  const model = readModel(version.modelJson);
  if (typeof model === 'string') throw new Error(model);
  return [
    'processed_input,weight',
    ...model.encoding.features.map((f) => `${featureColumnName(f, 1)},${model.coefficients[f.name]}`),
    `__INTERCEPT__,${model.intercept}`,
  ].join('\n');
}

describe('workbookStatus', () => {
  it('describes the champion: version, moment, rows and cross-validated AUC, with no challenger', () => {
    const { sheets, trained } = trainedMath();
    const status = statusOf(sheets, new MapStore());
    expect(status.champion).toMatchObject({
      version: 1,
      mode: 'early',
      rows: 395,
      auc: trained.version.metrics['auc'],
      imported: false,
    });
    expect(status.champion?.createdAt.toISOString()).toBe(trained.version.createdAt);
    expect(status.challenger).toBeNull();
    expect(status.lastScoring).toBeNull();
    expect(status.monitoring).toEqual({ on: false, nextCheck: null, lastCheck: null });
  });

  it('gives the High tier’s share of failures by the current rule', () => {
    const { sheets, trained } = trainedMath();
    const curve = trained.version.catchCurve;
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

  it('says whether the champion was trained here or imported from BigQuery ML', () => {
    const sheets = emptySheets();
    const trained = train(sheets);
    let clock = Date.parse('2026-12-02T09:00:00Z');
    const now = () => new Date((clock += 1000));
    const imported = importBigQueryWeights(
      {
        ...sheets,
        issues: new InMemoryTable(),
        settings: { ...DEFAULT_SETTINGS, mode: 'early' },
        digests: nodeDigests,
        now,
      },
      weightsCsv(trained.version),
    );
    expect(imported).toMatchObject({ status: 'registered', version: { version: 2 } });
    // Imported weights come in as the challenger: the champion is still version 1, trained here.
    const before = statusOf(sheets, new MapStore());
    expect(before.champion).toMatchObject({ version: 1, imported: false });
    expect(before.challenger).toBe(2);

    const dialogs = new ScriptedDialogs([], ['checked in BigQuery']);
    expect(promoteChallenger({ ...sheets, digests: nodeDigests, dialogs, now })).toMatchObject({
      status: 'moved',
      champion: 2,
    });
    const after = statusOf(sheets, new MapStore());
    expect(after.champion).toMatchObject({ version: 2, rows: 395, imported: true });
    expect(after.challenger).toBeNull();
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
