/** The document's background record as the job tests read and write it (the key and shape the add-on uses). */
import { EMPTY_BACKGROUND, NO_CHECKS_YET } from '../../../src/jobs/background/background-state';
import { MapStore } from '../../support/fakes';

/** Where the add-on keeps the record in the document's properties. */
export const KEY = 'passcompass.background';

/** The stored record, parsed, or null when there is none. */
export function stored(store: MapStore): unknown {
  const text = store.get(KEY);
  return text === null ? null : JSON.parse(text);
}

/** A store holding `record` (the missing parts of an empty record filled in) as the add-on writes it. */
export function storeWith(record: Record<string, unknown>): MapStore {
  const store = new MapStore();
  store.values.set(KEY, JSON.stringify({ ...EMPTY_BACKGROUND, checks: { ...NO_CHECKS_YET }, ...record }));
  return store;
}

/** An empty stored record with `changes` (what the test expects to read back). */
export const record = (changes: Record<string, unknown>) => ({
  scoring: null,
  monitoring: null,
  checks: { lastFinishedAt: null, lastAlertAt: null, compareWith: null, lastComparedRun: null },
  notice: null,
  lastScoring: null,
  lastCheck: null,
  ...changes,
});
