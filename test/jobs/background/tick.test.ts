/** The background trigger's tick on in-memory ports: what runs, what it stores, and when the trigger comes next. */
import {
  type BackgroundDeps,
  beginScoringAttempt,
  recordScoring,
  reschedule,
  runTick,
  takeNotice,
} from '../../../src/jobs/background/tick';
import { EMPTY_BACKGROUND, NO_CHECKS_YET } from '../../../src/jobs/background/background-state';
import type { Scheduler } from '../../../src/jobs/ports';
import type { ScoreResult } from '../../../src/jobs/score/score-students';
import { MapStore } from '../../support/fakes';
import { KEY, record, storeWith, stored } from './stored-background';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** 07:00 UTC on a Tuesday. */
const NOW = Date.parse('2026-12-01T07:00:00Z');

/** Records every call, in order, in a shared log. */
class FakeScheduler implements Scheduler {
  constructor(private readonly log: string[]) {}
  wakeAt = (at: Date) => void this.log.push(`wakeAt ${at.toISOString()}`);
  sleep = () => void this.log.push('sleep');
}

const at = (ms: number) => `wakeAt ${new Date(ms).toISOString()}`;

const CONTINUING: ScoreResult = { status: 'continuing', runId: 'S-1', scored: 40, dataRows: 100 };
const FINISHED: ScoreResult = {
  status: 'finished',
  runId: 'S-1',
  version: 3,
  scored: 95,
  notScored: 5,
  tiers: { High: 10, Medium: 25, Low: 60 },
  expectedCatch: 0.75,
  tie: null,
  notes: [],
  logRowsDeleted: 0,
};

interface Given {
  store?: MapStore;
  continueScoring?: () => ScoreResult;
  runMonitoringCheck?: () => unknown;
  showFailure?: BackgroundDeps['showFailure'];
  monitoringHour?: number;
  offsetMinutes?: number;
  lockBusy?: boolean;
  /** How many people a failure report reaches (2 unless told). */
  told?: number;
  /** Thrown when the check's hour is read. */
  hourFails?: Error;
}

function setup(given: Given = {}) {
  const log: string[] = [];
  const store = given.store ?? new MapStore();
  const failures: { what: string; message: string; retryAt: string }[] = [];
  const reports: { subject: string; body: string }[] = [];
  const deps: BackgroundDeps = {
    store,
    scheduler: new FakeScheduler(log),
    now: () => new Date(NOW),
    withLock: <T>(job: () => T): T => {
      log.push('lock');
      if (given.lockBusy) throw new Error('Lock timeout: another process was holding the lock.');
      const result = job();
      log.push('unlock');
      return result;
    },
    continueScoring: () => {
      log.push('continueScoring');
      return (given.continueScoring ?? (() => CONTINUING))();
    },
    reportFailure: (subject, body) => {
      reports.push({ subject, body });
      return given.told ?? 2;
    },
    runMonitoringCheck: () => {
      log.push('runMonitoringCheck');
      return given.runMonitoringCheck?.();
    },
    monitoringHour: () => {
      if (given.hourFails) throw given.hourFails;
      return given.monitoringHour ?? 7;
    },
    offsetAt: () => given.offsetMinutes ?? 0,
    showFailure: (what, message, retryAt) => {
      failures.push({ what, message, retryAt: retryAt.toISOString() });
      given.showFailure?.(what, message, retryAt);
    },
  };
  return { deps, store, log, failures, reports };
}

describe('runTick with nothing due', () => {
  it('runs nothing and removes the trigger when no work is stored', () => {
    const { deps, store, log, failures, reports } = setup();
    expect(runTick(deps)).toEqual({ ran: [] });
    expect(log).toEqual(['sleep']);
    expect(store.values.size).toBe(0);
    expect(store.writes).toBe(0);
    expect(failures).toEqual([]);
    expect(reports).toEqual([]);
  });

  it('leaves scoring due a millisecond from now for later, and sets the trigger for it', () => {
    const scoring = { attempts: 0, dueAt: NOW + 1, lastError: null, reportedAt: null };
    const { deps, store, log } = setup({ store: storeWith({ scoring }) });
    expect(runTick(deps)).toEqual({ ran: [] });
    expect(log).toEqual(['wakeAt 2026-12-01T07:00:00.001Z']);
    expect(stored(store)).toEqual(record({ scoring }));
    expect(store.writes).toBe(0);
  });

  it('leaves a check due a millisecond from now for later, and sets the trigger for it', () => {
    const monitoring = { onSince: NOW - 5 * HOUR, onBy: 'head@school.example', dueAt: NOW + 1 };
    const { deps, store, log } = setup({ store: storeWith({ monitoring }) });
    expect(runTick(deps)).toEqual({ ran: [] });
    expect(log).toEqual(['wakeAt 2026-12-01T07:00:00.001Z']);
    expect(stored(store)).toEqual(record({ monitoring }));
    expect(store.writes).toBe(0);
  });

  it('wakes for the earlier of scoring and the check', () => {
    const scoring = { attempts: 0, dueAt: NOW + 30 * MINUTE, lastError: null, reportedAt: null };
    const monitoring = { onSince: NOW - 5 * HOUR, onBy: 'a@school.example', dueAt: NOW + 2 * HOUR };
    const { deps, log } = setup({ store: storeWith({ scoring, monitoring }) });
    expect(runTick(deps)).toEqual({ ran: [] });
    expect(log).toEqual(['wakeAt 2026-12-01T07:30:00.000Z']);
  });
});

describe('runTick with scoring due', () => {
  it('sets the retry before the block, then the next block a minute later when the run continues', () => {
    const scoring = { attempts: 0, dueAt: NOW, lastError: null, reportedAt: null };
    let seenDuringBlock: unknown;
    const given: Given = {
      store: storeWith({ scoring }),
      continueScoring: () => {
        seenDuringBlock = stored(given.store as MapStore);
        return CONTINUING;
      },
    };
    const { deps, store, log, failures, reports } = setup(given);
    expect(runTick(deps)).toEqual({ ran: ['scoring'], scoring: CONTINUING });
    // The first attempt's retry comes 2 minutes later; a good block moves the trigger to 1 minute later.
    expect(log).toEqual([
      'wakeAt 2026-12-01T07:02:00.000Z',
      'lock',
      'continueScoring',
      'unlock',
      'wakeAt 2026-12-01T07:01:00.000Z',
    ]);
    expect(seenDuringBlock).toEqual(
      record({ scoring: { attempts: 1, dueAt: NOW + 2 * MINUTE, lastError: null, reportedAt: null } }),
    );
    expect(stored(store)).toEqual(
      record({ scoring: { attempts: 0, dueAt: NOW + MINUTE, lastError: null, reportedAt: null } }),
    );
    expect(failures).toEqual([]);
    expect(reports).toEqual([]);
  });

  it('runs scoring overdue since an hour, and scoring before a check due at the same time', () => {
    const scoring = { attempts: 0, dueAt: NOW - HOUR, lastError: null, reportedAt: null };
    const monitoring = { onSince: NOW - 5 * HOUR, onBy: 'a@school.example', dueAt: NOW - HOUR };
    const { deps, store, log } = setup({ store: storeWith({ scoring, monitoring }) });
    expect(runTick(deps)).toEqual({ ran: ['scoring'], scoring: CONTINUING });
    expect(log).toEqual([
      // The check, an hour overdue, is the earliest due work until the block has run.
      'wakeAt 2026-12-01T06:00:00.000Z',
      'lock',
      'continueScoring',
      'unlock',
      'wakeAt 2026-12-01T06:00:00.000Z',
    ]);
    expect(stored(store)).toEqual(
      record({
        scoring: { attempts: 0, dueAt: NOW + MINUTE, lastError: null, reportedAt: null },
        monitoring,
      }),
    );
  });

  it('records a finished run, forgets the scoring work and removes the trigger', () => {
    const scoring = { attempts: 2, dueAt: NOW, lastError: 'Earlier failure.', reportedAt: null };
    const { deps, store, log } = setup({
      store: storeWith({ scoring }),
      continueScoring: () => FINISHED,
    });
    expect(runTick(deps)).toEqual({ ran: ['scoring'], scoring: FINISHED });
    // The third attempt's retry would have come 8 minutes later.
    expect(log).toEqual(['wakeAt 2026-12-01T07:08:00.000Z', 'lock', 'continueScoring', 'unlock', 'sleep']);
    expect(stored(store)).toEqual(
      record({
        lastScoring: {
          at: NOW,
          version: 3,
          scored: 95,
          notScored: 5,
          tiers: { High: 10, Medium: 25, Low: 60 },
          expectedCatch: 0.75,
        },
      }),
    );
  });

  it('records a failed block (an Error) for editors to see, without reporting it the first time', () => {
    const scoring = { attempts: 0, dueAt: NOW, lastError: null, reportedAt: null };
    const { deps, store, log, failures, reports } = setup({
      store: storeWith({ scoring }),
      continueScoring: () => {
        throw new Error('The Students sheet is gone.');
      },
    });
    expect(runTick(deps)).toEqual({ ran: ['scoring'], error: 'The Students sheet is gone.' });
    expect(log).toEqual(['wakeAt 2026-12-01T07:02:00.000Z', 'lock', 'continueScoring']);
    expect(failures).toEqual([
      {
        what: 'Scoring in the background (attempt 1)',
        message: 'The Students sheet is gone.',
        retryAt: '2026-12-01T07:02:00.000Z',
      },
    ]);
    expect(reports).toEqual([]);
    expect(stored(store)).toEqual(
      record({
        scoring: {
          attempts: 1,
          dueAt: NOW + 2 * MINUTE,
          lastError: 'The Students sheet is gone.',
          reportedAt: null,
        },
      }),
    );
  });

  it('records a busy lock as a failure', () => {
    const scoring = { attempts: 1, dueAt: NOW, lastError: 'x', reportedAt: null };
    const { deps, store, log, failures, reports } = setup({ store: storeWith({ scoring }), lockBusy: true });
    expect(runTick(deps)).toEqual({
      ran: ['scoring'],
      error: 'Lock timeout: another process was holding the lock.',
    });
    expect(log).toEqual(['wakeAt 2026-12-01T07:04:00.000Z', 'lock']);
    expect(failures).toEqual([
      {
        what: 'Scoring in the background (attempt 2)',
        message: 'Lock timeout: another process was holding the lock.',
        retryAt: '2026-12-01T07:04:00.000Z',
      },
    ]);
    expect(reports).toEqual([]);
    expect(stored(store)).toEqual(
      record({
        scoring: {
          attempts: 2,
          dueAt: NOW + 4 * MINUTE,
          lastError: 'Lock timeout: another process was holding the lock.',
          reportedAt: null,
        },
      }),
    );
  });

  it('words whatever else was thrown as a string', () => {
    const scoring = { attempts: 0, dueAt: NOW, lastError: null, reportedAt: null };
    const text = setup({
      store: storeWith({ scoring }),
      continueScoring: () => {
        throw 'Service invoked too many times';
      },
    });
    expect(runTick(text.deps)).toEqual({ ran: ['scoring'], error: 'Service invoked too many times' });
    expect(text.failures[0]?.message).toBe('Service invoked too many times');

    const number = setup({
      store: storeWith({ scoring }),
      continueScoring: () => {
        throw 42;
      },
    });
    expect(runTick(number.deps)).toEqual({ ran: ['scoring'], error: '42' });
    expect((stored(number.store) as { scoring: { lastError: string } }).scoring.lastError).toBe('42');
  });

  it('reports the third failure in a row once, by email and in a notice', () => {
    const scoring = { attempts: 2, dueAt: NOW, lastError: 'Earlier.', reportedAt: null };
    const { deps, store, failures, reports } = setup({
      store: storeWith({ scoring }),
      continueScoring: () => {
        throw new Error('Roster unreadable.');
      },
    });
    expect(runTick(deps)).toEqual({ ran: ['scoring'], error: 'Roster unreadable.' });
    expect(failures).toEqual([
      {
        what: 'Scoring in the background (attempt 3)',
        message: 'Roster unreadable.',
        retryAt: '2026-12-01T07:08:00.000Z',
      },
    ]);
    expect(reports).toEqual([
      {
        subject: 'PassCompass: scoring in the background keeps failing',
        body:
          'Scoring students in the background has failed 3 times in a row. PassCompass keeps trying by ' +
          'itself, less often each time. Open the spreadsheet and choose PassCompass ▸ Score students to see ' +
          'why and to continue.',
      },
    ]);
    expect(stored(store)).toEqual(
      record({
        scoring: { attempts: 3, dueAt: NOW + 8 * MINUTE, lastError: 'Roster unreadable.', reportedAt: NOW },
        notice:
          'Scoring in the background has failed 3 times in a row. The last error: Roster unreadable. ' +
          'PassCompass keeps trying by itself, less often each time; Score students continues it now.',
      }),
    );
  });

  it('tries the report again at the next failure when nobody could be told, and ends the error as a sentence', () => {
    const scoring = { attempts: 2, dueAt: NOW, lastError: 'Earlier.', reportedAt: null };
    const { deps, store, reports } = setup({
      store: storeWith({ scoring }),
      told: 0,
      continueScoring: () => {
        throw new Error('quota exceeded');
      },
    });
    runTick(deps);
    expect(reports).toHaveLength(1);
    expect(stored(store)).toEqual(
      record({
        scoring: { attempts: 3, dueAt: NOW + 8 * MINUTE, lastError: 'quota exceeded', reportedAt: null },
        notice:
          'Scoring in the background has failed 3 times in a row. The last error: quota exceeded. ' +
          'PassCompass keeps trying by itself, less often each time; Score students continues it now.',
      }),
    );
  });

  it('does not report a second failure in a row', () => {
    const scoring = { attempts: 1, dueAt: NOW, lastError: 'Earlier.', reportedAt: null };
    const { deps, store, reports } = setup({
      store: storeWith({ scoring }),
      continueScoring: () => {
        throw new Error('Again.');
      },
    });
    runTick(deps);
    expect(reports).toEqual([]);
    expect(stored(store)).toEqual(
      record({ scoring: { attempts: 2, dueAt: NOW + 4 * MINUTE, lastError: 'Again.', reportedAt: null } }),
    );
  });

  it('does not report again once reported, and keeps when it was', () => {
    const reportedAt = NOW - 3 * HOUR;
    const scoring = { attempts: 5, dueAt: NOW, lastError: 'Earlier.', reportedAt };
    const { deps, store, failures, reports } = setup({
      store: storeWith({ scoring }),
      continueScoring: () => {
        throw new Error('Still broken.');
      },
    });
    runTick(deps);
    expect(reports).toEqual([]);
    expect(failures.map((failure) => failure.what)).toEqual(['Scoring in the background (attempt 6)']);
    expect(stored(store)).toEqual(
      record({ scoring: { attempts: 6, dueAt: NOW + HOUR, lastError: 'Still broken.', reportedAt } }),
    );
  });

  it('keeps the record and the report when the failure cannot be shown in the sheet', () => {
    const scoring = { attempts: 2, dueAt: NOW, lastError: null, reportedAt: null };
    const { deps, store, failures, reports } = setup({
      store: storeWith({ scoring }),
      continueScoring: () => {
        throw new Error('Broken.');
      },
      showFailure: () => {
        throw new Error('Lock busy.');
      },
    });
    expect(runTick(deps)).toEqual({ ran: ['scoring'], error: 'Broken.' });
    expect(failures).toHaveLength(1);
    expect(reports).toHaveLength(1);
    expect(stored(store)).toEqual(
      record({
        scoring: { attempts: 3, dueAt: NOW + 8 * MINUTE, lastError: 'Broken.', reportedAt: NOW },
        notice:
          'Scoring in the background has failed 3 times in a row. The last error: Broken. ' +
          'PassCompass keeps trying by itself, less often each time; Score students continues it now.',
      }),
    );
  });

  it('records nothing of a failure when the scoring work was ended meanwhile', () => {
    const scoring = { attempts: 4, dueAt: NOW, lastError: null, reportedAt: null };
    const given: Given = {
      store: storeWith({ scoring }),
      continueScoring: () => {
        // Another editor's menu action ended the run while this block was failing.
        (given.store as MapStore).values.delete(KEY);
        throw new Error('Gone.');
      },
    };
    const { deps, store, failures, reports } = setup(given);
    expect(runTick(deps)).toEqual({ ran: ['scoring'], error: 'Gone.' });
    expect(failures).toEqual([]);
    expect(reports).toEqual([]);
    expect(store.values.size).toBe(0);
  });
});

describe('runTick with a check due', () => {
  it("sets tomorrow's check before running today's under the lock", () => {
    const monitoring = { onSince: NOW - 5 * HOUR, onBy: 'head@school.example', dueAt: NOW };
    let seenDuringCheck: unknown;
    const given: Given = {
      store: storeWith({ monitoring }),
      runMonitoringCheck: () => {
        seenDuringCheck = stored(given.store as MapStore);
        return 'done';
      },
    };
    const { deps, store, log } = setup(given);
    expect(runTick(deps)).toEqual({ ran: ['monitoring'] });
    const tomorrow = { ...monitoring, dueAt: Date.parse('2026-12-02T07:00:00Z') };
    expect(log).toEqual(['wakeAt 2026-12-02T07:00:00.000Z', 'lock', 'runMonitoringCheck', 'unlock']);
    expect(seenDuringCheck).toEqual(record({ monitoring: tomorrow }));
    expect(stored(store)).toEqual(record({ monitoring: tomorrow }));
  });

  it("takes the check's hour in the spreadsheet's time zone", () => {
    // 09:00 in a zone an hour ahead of UTC is 08:00 UTC, an hour from now.
    const monitoring = { onSince: NOW - 5 * HOUR, onBy: 'a@school.example', dueAt: NOW - 2 * HOUR };
    const { deps, store, log } = setup({
      store: storeWith({ monitoring }),
      monitoringHour: 9,
      offsetMinutes: 60,
    });
    expect(runTick(deps)).toEqual({ ran: ['monitoring'] });
    expect(log[0]).toBe('wakeAt 2026-12-01T08:00:00.000Z');
    expect(stored(store)).toEqual(record({ monitoring: { ...monitoring, dueAt: NOW + HOUR } }));
  });

  it('wakes for scoring when it comes before the next check', () => {
    const scoring = { attempts: 0, dueAt: NOW + 10 * MINUTE, lastError: null, reportedAt: null };
    const monitoring = { onSince: NOW - 5 * HOUR, onBy: 'a@school.example', dueAt: NOW };
    const { deps, log } = setup({ store: storeWith({ scoring, monitoring }) });
    expect(runTick(deps)).toEqual({ ran: ['monitoring'] });
    expect(log).toEqual(['wakeAt 2026-12-01T07:10:00.000Z', 'lock', 'runMonitoringCheck', 'unlock']);
  });

  it('keeps the check daily at this time, and still runs it, when its hour cannot be read', () => {
    const monitoring = { onSince: NOW - 5 * HOUR, onBy: 'a@school.example', dueAt: NOW };
    const { deps, store, log } = setup({
      store: storeWith({ monitoring }),
      hourFails: new Error('Settings: "Monitoring hour" is "noon"'),
    });
    expect(runTick(deps)).toEqual({
      ran: ['monitoring'],
      error:
        'The check\'s hour could not be read (Settings: "Monitoring hour" is "noon"); the next check is at ' +
        'this time tomorrow.',
    });
    expect(log).toEqual(['wakeAt 2026-12-02T07:00:00.000Z', 'lock', 'runMonitoringCheck', 'unlock']);
    expect(stored(store)).toEqual(record({ monitoring: { ...monitoring, dueAt: NOW + 24 * HOUR } }));
  });

  it('reports a check that could not run, keeping the next one', () => {
    const monitoring = { onSince: NOW - 5 * HOUR, onBy: 'a@school.example', dueAt: NOW };
    const busy = setup({ store: storeWith({ monitoring }), lockBusy: true });
    expect(runTick(busy.deps)).toEqual({
      ran: ['monitoring'],
      error: 'Lock timeout: another process was holding the lock.',
    });
    expect(busy.log).toEqual(['wakeAt 2026-12-02T07:00:00.000Z', 'lock']);
    expect(stored(busy.store)).toEqual(
      record({ monitoring: { ...monitoring, dueAt: Date.parse('2026-12-02T07:00:00Z') } }),
    );
    expect(busy.failures).toEqual([]);

    const thrown = setup({
      store: storeWith({ monitoring }),
      runMonitoringCheck: () => {
        throw 'quota exceeded';
      },
    });
    expect(runTick(thrown.deps)).toEqual({ ran: ['monitoring'], error: 'quota exceeded' });
  });
});

describe('beginScoringAttempt', () => {
  it('starts the first attempt of new work with its retry 2 minutes later', () => {
    const { deps, store, log } = setup();
    beginScoringAttempt(deps);
    expect(stored(store)).toEqual(
      record({ scoring: { attempts: 1, dueAt: NOW + 2 * MINUTE, lastError: null, reportedAt: null } }),
    );
    expect(log).toEqual(['wakeAt 2026-12-01T07:02:00.000Z']);
  });

  it('counts one more attempt, keeping the last error and the report', () => {
    const scoring = { attempts: 6, dueAt: NOW - HOUR, lastError: 'Broken.', reportedAt: NOW - 2 * HOUR };
    const { deps, store, log } = setup({ store: storeWith({ scoring }) });
    beginScoringAttempt(deps);
    expect(stored(store)).toEqual(record({ scoring: { ...scoring, attempts: 7, dueAt: NOW + HOUR } }));
    expect(log).toEqual(['wakeAt 2026-12-01T08:00:00.000Z']);
  });
});

describe('recordScoring', () => {
  const running = { attempts: 1, dueAt: NOW + 2 * MINUTE, lastError: null, reportedAt: null };

  it('stores no share the High tier should catch when it is unknown', () => {
    const { deps, store, log } = setup({ store: storeWith({ scoring: running }) });
    recordScoring(deps, { ...FINISHED, expectedCatch: Number.NaN });
    expect(stored(store)).toEqual(
      record({
        lastScoring: {
          at: NOW,
          version: 3,
          scored: 95,
          notScored: 5,
          tiers: { High: 10, Medium: 25, Low: 60 },
          expectedCatch: null,
        },
      }),
    );
    expect(log).toEqual(['sleep']);
  });

  it('keeps a notice and the check when a run finishes', () => {
    const monitoring = { onSince: NOW - 5 * HOUR, onBy: 'a@school.example', dueAt: NOW + 3 * HOUR };
    const { deps, store, log } = setup({
      store: storeWith({ scoring: running, monitoring, notice: 'Earlier news.' }),
    });
    recordScoring(deps, { ...FINISHED, expectedCatch: 0 });
    expect(stored(store)).toEqual(
      record({
        monitoring,
        notice: 'Earlier news.',
        lastScoring: {
          at: NOW,
          version: 3,
          scored: 95,
          notScored: 5,
          tiers: { High: 10, Medium: 25, Low: 60 },
          expectedCatch: 0,
        },
      }),
    );
    expect(log).toEqual(['wakeAt 2026-12-01T10:00:00.000Z']);
  });

  it('keeps why a run was abandoned for the next menu action', () => {
    const { deps, store, log } = setup({ store: storeWith({ scoring: running }) });
    recordScoring(deps, { status: 'abandoned', runId: 'S-1', why: 'The roster changed.' });
    expect(stored(store)).toEqual(record({ notice: 'The roster changed.' }));
    expect(log).toEqual(['sleep']);
  });

  it('keeps an unread notice beside why a run was abandoned, once', () => {
    const { deps, store } = setup({
      store: storeWith({ scoring: running, notice: 'Scoring keeps failing.' }),
    });
    recordScoring(deps, { status: 'abandoned', runId: 'S-1', why: 'The roster changed.' });
    expect(stored(store)).toEqual(record({ notice: 'Scoring keeps failing.\n\nThe roster changed.' }));
    const again = setup({ store: storeWith({ scoring: running, notice: 'The roster changed.' }) });
    recordScoring(again.deps, { status: 'abandoned', runId: 'S-1', why: 'The roster changed.' });
    expect(stored(again.store)).toEqual(record({ notice: 'The roster changed.' }));
  });

  it('forgets scoring that had nothing to do, without a notice', () => {
    const { deps, store, log } = setup({ store: storeWith({ scoring: running }) });
    recordScoring(deps, { status: 'idle', why: 'No scoring run is waiting.' });
    expect(store.values.size).toBe(0);
    expect(log).toEqual(['sleep']);
  });

  it('sets the next block of a continuing run a minute later, clearing its failures', () => {
    const failing = { attempts: 4, dueAt: NOW + 16 * MINUTE, lastError: 'Busy.', reportedAt: NOW - HOUR };
    const { deps, store, log } = setup({ store: storeWith({ scoring: failing, notice: 'Kept.' }) });
    recordScoring(deps, CONTINUING);
    expect(stored(store)).toEqual(
      record({
        scoring: { attempts: 0, dueAt: NOW + MINUTE, lastError: null, reportedAt: null },
        notice: 'Kept.',
      }),
    );
    expect(log).toEqual(['wakeAt 2026-12-01T07:01:00.000Z']);
  });
});

describe('reschedule', () => {
  it('removes the trigger when nothing waits, else wakes at the earliest due time', () => {
    const log: string[] = [];
    const scheduler = new FakeScheduler(log);
    const empty = { ...EMPTY_BACKGROUND, checks: { ...NO_CHECKS_YET } };
    reschedule({ scheduler }, empty);
    reschedule(
      { scheduler },
      { ...empty, scoring: { attempts: 0, dueAt: NOW + 5 * MINUTE, lastError: null, reportedAt: null } },
    );
    reschedule({ scheduler }, { ...empty, monitoring: { onSince: NOW, onBy: '', dueAt: NOW + 3 * MINUTE } });
    expect(log).toEqual(['sleep', at(NOW + 5 * MINUTE), 'wakeAt 2026-12-01T07:03:00.000Z']);
  });
});

describe('takeNotice', () => {
  it('returns the notice once, and forgets it', () => {
    const monitoring = { onSince: NOW, onBy: 'a@school.example', dueAt: NOW + HOUR };
    const store = storeWith({ monitoring, notice: 'The roster changed.' });
    expect(takeNotice(store)).toBe('The roster changed.');
    expect(stored(store)).toEqual(record({ monitoring }));
    expect(store.writes).toBe(1);
    expect(takeNotice(store)).toBeNull();
    expect(store.writes).toBe(1);
  });

  it('removes a record that held only the notice', () => {
    const store = storeWith({ notice: 'Done.' });
    expect(takeNotice(store)).toBe('Done.');
    expect(store.values.size).toBe(0);
  });

  it('returns null and writes nothing when there is no notice', () => {
    const store = new MapStore();
    expect(takeNotice(store)).toBeNull();
    expect(store.writes).toBe(0);
    const kept = storeWith({ monitoring: { onSince: NOW, onBy: 'a@school.example', dueAt: NOW + HOUR } });
    expect(takeNotice(kept)).toBeNull();
    expect(kept.writes).toBe(0);
  });
});
