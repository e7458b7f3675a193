/** The background record in the document's properties: what is kept when read back, and when it is removed. */
import {
  type BackgroundState,
  EMPTY_BACKGROUND,
  NO_CHECKS_YET,
  loadBackground,
  saveBackground,
} from '../../../src/jobs/background/background-state';
import { MapStore } from '../../support/fakes';
import { KEY, record, stored } from './stored-background';

const NOW = Date.parse('2026-12-01T07:00:00Z');
const HOUR = 3_600_000;

/** A record with every part filled in and readable. */
function full(): BackgroundState {
  return {
    scoring: { attempts: 2, dueAt: NOW + HOUR, lastError: 'The block timed out.', reportedAt: null },
    monitoring: { onSince: NOW - 24 * HOUR, onBy: 'lead@school.example', dueAt: NOW + 2 * HOUR },
    checks: {
      lastFinishedAt: NOW - HOUR,
      lastAlertAt: null,
      compareWith: { verdict: 'ok', problemKinds: [], missedCheck: false },
      lastComparedRun: 'S-3',
    },
    notice: 'The scoring run was abandoned after 3 failed attempts.',
    // Counts of 0 and an expected catch of 0 are readable (nothing below 0 is).
    lastScoring: {
      at: NOW - HOUR,
      version: 3,
      scored: 95,
      notScored: 0,
      tiers: { High: 10, Medium: 25, Low: 60 },
      expectedCatch: 0,
    },
    lastCheck: { at: NOW - HOUR, verdict: 'No problems found', alert: 'No alert was sent.' },
  };
}

/** A store holding `value`, as JSON, under the add-on's key. */
function storeHolding(value: unknown): MapStore {
  const store = new MapStore();
  store.values.set(KEY, JSON.stringify(value));
  return store;
}

describe('reading the background record back', () => {
  it('keeps every part of a readable record as it was written', () => {
    expect(loadBackground(storeHolding(full()))).toEqual(full());
  });

  it('keeps a last scoring run whose expected catch is unknown (null)', () => {
    const state = full();
    const lastScoring = { ...state.lastScoring!, expectedCatch: null };
    expect(loadBackground(storeHolding({ ...state, lastScoring }))).toEqual({ ...full(), lastScoring });
  });

  // Each case breaks one part; only that part is replaced (by null, or no checks yet), the rest is kept.
  const checksWith = (change: Record<string, unknown>) => ({ ...full().checks, ...change });
  const compareWith = (change: Record<string, unknown>) =>
    checksWith({ compareWith: { ...full().checks.compareWith, ...change } });
  it.each<[string, keyof BackgroundState, unknown]>([
    ['a last finished time in words', 'checks', checksWith({ lastFinishedAt: 'yesterday' })],
    ['a compared state whose verdict is a number', 'checks', compareWith({ verdict: 3 })],
    ['a compared state whose problem kinds are not a list', 'checks', compareWith({ problemKinds: 'drift' })],
    ['a compared state with a problem kind that is a number', 'checks', compareWith({ problemKinds: [4] })],
    [
      'a compared state whose missed check is not true or false',
      'checks',
      compareWith({ missedCheck: 'no' }),
    ],
    ['no compared state at all (not even null)', 'checks', checksWith({ compareWith: undefined })],
    ['a last compared run that is a number', 'checks', checksWith({ lastComparedRun: 7 })],
    ['no checks at all', 'checks', undefined],
    ['no monitoring at all (not even null)', 'monitoring', undefined],
    ['monitoring turned on by a number', 'monitoring', { ...full().monitoring, onBy: 5 }],
    ['no scoring at all (not even null)', 'scoring', undefined],
    ['a scoring error that is a number', 'scoring', { ...full().scoring, lastError: 5 }],
    ['a report time in words', 'scoring', { ...full().scoring, reportedAt: 'soon' }],
    ['a last scoring run whose tiers are null', 'lastScoring', { ...full().lastScoring, tiers: null }],
    ['a negative expected catch', 'lastScoring', { ...full().lastScoring, expectedCatch: -0.25 }],
    ['a negative count', 'lastScoring', { ...full().lastScoring, scored: -1 }],
    ['a last check whose verdict is a number', 'lastCheck', { ...full().lastCheck, verdict: 1 }],
    ['a last check whose alert is null', 'lastCheck', { ...full().lastCheck, alert: null }],
  ])('replaces only the part that is unreadable: %s', (_, part, broken) => {
    const expected = { ...full(), [part]: part === 'checks' ? record({}).checks : null };
    expect(loadBackground(storeHolding({ ...full(), [part]: broken }))).toEqual(expected);
  });

  it('reads no record, or one that is not JSON, as empty', () => {
    expect(loadBackground(new MapStore())).toEqual(record({}));
    const store = new MapStore();
    store.values.set(KEY, '{"scoring": ');
    expect(loadBackground(store)).toEqual(record({}));
  });
});

describe('saving the background record', () => {
  it('keeps a record that remembers only the last check', () => {
    const store = new MapStore();
    const lastCheck = { at: NOW, verdict: 'No problems found', alert: 'No alert was sent.' };
    saveBackground(store, { ...EMPTY_BACKGROUND, checks: { ...NO_CHECKS_YET }, lastCheck });
    expect(stored(store)).toEqual(record({ lastCheck }));
  });

  it('removes an empty record, and writes nothing when there was none', () => {
    const store = storeHolding(record({ notice: 'Old news.' }));
    const empty = { ...EMPTY_BACKGROUND, checks: { ...NO_CHECKS_YET } };
    saveBackground(store, empty);
    expect(stored(store)).toBeNull();
    expect(store.writes).toBe(1);
    saveBackground(store, empty);
    expect(store.writes).toBe(1);
  });
});
