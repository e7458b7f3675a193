/** Turning daily monitoring on and off, moving its hour, and the heartbeat, on in-memory ports. */
import {
  type SwitchDeps,
  heartbeatNotice,
  monitoringStatus,
  moveMonitoringHour,
  turnOffMonitoring,
  turnOnMonitoring,
} from '../../../src/jobs/monitoring/daily-monitoring';
import type { Scheduler } from '../../../src/jobs/ports';
import { MapStore } from '../../support/fakes';
import { record, storeWith, stored } from '../background/stored-background';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** 07:00 UTC. */
const NOW = Date.parse('2026-12-01T07:00:00Z');

class FakeScheduler implements Scheduler {
  readonly calls: string[] = [];
  wakeAt = (at: Date) => void this.calls.push(`wakeAt ${at.toISOString()}`);
  sleep = () => void this.calls.push('sleep');
}

/** Formats a time as the fake spreadsheet would, recognisably. */
const formatTime = (at: Date) => `<${at.toISOString()}>`;

function setup(store = new MapStore(), offsetMinutes = 0) {
  const scheduler = new FakeScheduler();
  const deps: SwitchDeps = {
    store,
    scheduler,
    now: () => new Date(NOW),
    offsetAt: () => offsetMinutes,
    formatTime,
  };
  return { deps, store, scheduler };
}

const ON = {
  onSince: NOW - 30 * HOUR,
  onBy: 'head@school.example',
  dueAt: Date.parse('2026-12-02T07:00:00Z'),
};

describe('monitoringStatus', () => {
  it('says off, by nobody, with no next check, when nothing is stored', () => {
    expect(monitoringStatus(new MapStore())).toEqual({ on: false, turnedOnBy: null, nextCheck: null });
  });

  it('says who turned it on and when the next check is due', () => {
    expect(monitoringStatus(storeWith({ monitoring: ON }))).toEqual({
      on: true,
      turnedOnBy: 'head@school.example',
      nextCheck: new Date('2026-12-02T07:00:00Z'),
    });
  });

  it('keeps an empty name as it is', () => {
    expect(monitoringStatus(storeWith({ monitoring: { ...ON, onBy: '' } })).turnedOnBy).toBe('');
  });
});

describe('turnOnMonitoring', () => {
  it('turns it on, with the first check tomorrow when the hour has just struck', () => {
    const { deps, store, scheduler } = setup();
    expect(turnOnMonitoring(deps, 'head@school.example', 7)).toBe(
      "Daily monitoring is on. A check runs every day at about 07:00 (the spreadsheet's time zone), first at " +
        '<2026-12-02T07:00:00.000Z>; its results go to the Monitoring sheet, and an alert goes to the ' +
        'recipients in Settings when something changes.',
    );
    expect(stored(store)).toEqual(
      record({
        monitoring: { onSince: NOW, onBy: 'head@school.example', dueAt: Date.parse('2026-12-02T07:00:00Z') },
      }),
    );
    expect(scheduler.calls).toEqual(['wakeAt 2026-12-02T07:00:00.000Z']);
  });

  it("takes the hour in the spreadsheet's time zone, and keeps waiting scoring", () => {
    // 13:00 five hours behind UTC is 18:00 UTC today; the scoring block due at 07:05 UTC comes first.
    const scoring = { attempts: 0, dueAt: NOW + 5 * MINUTE, lastError: null, reportedAt: null };
    const { deps, store, scheduler } = setup(storeWith({ scoring }), -300);
    expect(turnOnMonitoring(deps, 'b@school.example', 13)).toBe(
      "Daily monitoring is on. A check runs every day at about 13:00 (the spreadsheet's time zone), first at " +
        '<2026-12-01T18:00:00.000Z>; its results go to the Monitoring sheet, and an alert goes to the ' +
        'recipients in Settings when something changes.',
    );
    expect(stored(store)).toEqual(
      record({
        scoring,
        monitoring: { onSince: NOW, onBy: 'b@school.example', dueAt: Date.parse('2026-12-01T18:00:00Z') },
      }),
    );
    expect(scheduler.calls).toEqual(['wakeAt 2026-12-01T07:05:00.000Z']);
  });

  it('pads a one-digit hour with a zero', () => {
    const { deps } = setup();
    expect(turnOnMonitoring(deps, 'c@school.example', 0)).toContain(
      "every day at about 00:00 (the spreadsheet's time zone), first at <2026-12-02T00:00:00.000Z>;",
    );
  });

  it('changes nothing when it is already on, and says who turned it on', () => {
    const store = storeWith({ monitoring: ON });
    const { deps, scheduler } = setup(store);
    expect(turnOnMonitoring(deps, 'other@school.example', 9)).toBe(
      'Daily monitoring is already on: head@school.example turned it on on <2026-11-30T01:00:00.000Z>. ' +
        'The next check runs at <2026-12-02T07:00:00.000Z>; nothing was changed.',
    );
    expect(stored(store)).toEqual(record({ monitoring: ON }));
    expect(store.writes).toBe(0);
    expect(scheduler.calls).toEqual([]);
  });

  it('says another editor turned it on when the record has no name', () => {
    const { deps } = setup(storeWith({ monitoring: { ...ON, onBy: '' } }));
    expect(turnOnMonitoring(deps, 'other@school.example', 9)).toBe(
      'Daily monitoring is already on: another editor turned it on on <2026-11-30T01:00:00.000Z>. ' +
        'The next check runs at <2026-12-02T07:00:00.000Z>; nothing was changed.',
    );
  });
});

describe('turnOffMonitoring', () => {
  it('says it was already off, and changes nothing', () => {
    const store = storeWith({ notice: 'Kept.' });
    const { deps, scheduler } = setup(store);
    expect(turnOffMonitoring(deps)).toBe('Daily monitoring was already off.');
    expect(store.writes).toBe(0);
    expect(stored(store)).toEqual(record({ notice: 'Kept.' }));
    expect(scheduler.calls).toEqual([]);
  });

  it('turns it off and removes the trigger when nothing else waits', () => {
    const { deps, store, scheduler } = setup(storeWith({ monitoring: ON }));
    expect(turnOffMonitoring(deps)).toBe(
      'Daily monitoring is off. Check now still runs a check whenever you choose it.',
    );
    expect(store.values.size).toBe(0);
    expect(scheduler.calls).toEqual(['sleep']);
  });

  it('keeps the trigger for waiting scoring', () => {
    const scoring = { attempts: 2, dueAt: NOW + 4 * MINUTE, lastError: 'Busy.', reportedAt: null };
    const { deps, store, scheduler } = setup(storeWith({ monitoring: ON, scoring }));
    turnOffMonitoring(deps);
    expect(stored(store)).toEqual(record({ scoring }));
    expect(scheduler.calls).toEqual(['wakeAt 2026-12-01T07:04:00.000Z']);
  });
});

describe('moveMonitoringHour', () => {
  it('does nothing while monitoring is off', () => {
    const store = storeWith({ notice: 'Kept.' });
    const { deps, scheduler } = setup(store);
    moveMonitoringHour(deps, 9);
    expect(store.writes).toBe(0);
    expect(stored(store)).toEqual(record({ notice: 'Kept.' }));
    expect(scheduler.calls).toEqual([]);
  });

  it('moves the next check to the new hour', () => {
    const { deps, store, scheduler } = setup(storeWith({ monitoring: ON }));
    moveMonitoringHour(deps, 9);
    expect(stored(store)).toEqual(
      record({ monitoring: { ...ON, dueAt: Date.parse('2026-12-01T09:00:00Z') } }),
    );
    expect(scheduler.calls).toEqual(['wakeAt 2026-12-01T09:00:00.000Z']);
  });

  it("takes the new hour in the spreadsheet's time zone", () => {
    // 06:00 two hours ahead of UTC is 04:00 UTC, already past today: tomorrow's.
    const { deps, store, scheduler } = setup(storeWith({ monitoring: ON }), 120);
    moveMonitoringHour(deps, 6);
    expect(stored(store)).toEqual(
      record({ monitoring: { ...ON, dueAt: Date.parse('2026-12-02T04:00:00Z') } }),
    );
    expect(scheduler.calls).toEqual(['wakeAt 2026-12-02T04:00:00.000Z']);
  });

  it.each([
    ['due this minute', NOW],
    ['overdue by 20 minutes', NOW - 20 * MINUTE],
  ])('leaves a check that is already due (%s) to run, not skipped to tomorrow', (_, dueAt) => {
    // Moving 07:00 to 06:00 at 07:00 would make the next check 06:00 tomorrow: today's would be lost.
    const store = storeWith({ monitoring: { ...ON, dueAt } });
    const { deps, scheduler } = setup(store);
    moveMonitoringHour(deps, 6);
    expect(store.writes).toBe(0);
    expect(stored(store)).toEqual(record({ monitoring: { ...ON, dueAt } }));
    expect(scheduler.calls).toEqual([]);
  });

  it('writes nothing when the next check stays where it was', () => {
    const store = storeWith({ monitoring: ON });
    const { deps, scheduler } = setup(store);
    moveMonitoringHour(deps, 7);
    expect(store.writes).toBe(0);
    expect(stored(store)).toEqual(record({ monitoring: ON }));
    expect(scheduler.calls).toEqual([]);
  });
});

describe('heartbeatNotice', () => {
  const checks = (lastFinishedAt: number | null) => ({
    lastFinishedAt,
    lastAlertAt: null,
    compareWith: null,
    lastComparedRun: null,
  });

  it('says nothing while monitoring is off, however old the last check', () => {
    const store = storeWith({ checks: checks(NOW - 100 * HOUR) });
    expect(heartbeatNotice(store, new Date(NOW), formatTime)).toBeNull();
    expect(heartbeatNotice(new MapStore(), new Date(NOW), formatTime)).toBeNull();
  });

  it('says nothing when a check finished within 48 hours', () => {
    const store = storeWith({
      monitoring: { ...ON, onSince: NOW - 100 * HOUR },
      checks: checks(NOW - 47 * HOUR),
    });
    expect(heartbeatNotice(store, new Date(NOW), formatTime)).toBeNull();
  });

  it('says nothing in the first 48 hours after monitoring was turned on', () => {
    const store = storeWith({ monitoring: { ...ON, onSince: NOW - 47 * HOUR } });
    expect(heartbeatNotice(store, new Date(NOW), formatTime)).toBeNull();
  });

  it('counts from when monitoring was turned on when no check has finished', () => {
    const store = storeWith({ monitoring: { ...ON, onSince: NOW - 49 * HOUR } });
    expect(heartbeatNotice(store, new Date(NOW), formatTime)).toBe(
      'Daily monitoring is on, but no check has finished since it was turned on (over 48 hours). ' +
        'The Monitoring sheet shows the last one. Choose PassCompass ▸ Check now to run one; if it keeps ' +
        'happening, turn daily monitoring off and on again (it may belong to an editor who no longer has access).',
    );
  });

  it('names when the last check finished', () => {
    const store = storeWith({
      monitoring: { ...ON, onSince: NOW - 100 * HOUR },
      checks: checks(NOW - 50 * HOUR),
    });
    expect(heartbeatNotice(store, new Date(NOW), formatTime)).toBe(
      'Daily monitoring is on, but no check has finished since <2026-11-29T05:00:00.000Z> (over 48 hours). ' +
        'The Monitoring sheet shows the last one. Choose PassCompass ▸ Check now to run one; if it keeps ' +
        'happening, turn daily monitoring off and on again (it may belong to an editor who no longer has access).',
    );
  });

  it('judges at the time it is given, not the clock', () => {
    const store = storeWith({ monitoring: { ...ON, onSince: NOW } });
    expect(heartbeatNotice(store, new Date(NOW + 49 * HOUR), formatTime)).toContain(
      'no check has finished since it was turned on',
    );
    expect(heartbeatNotice(store, new Date(NOW + 47 * HOUR), formatTime)).toBeNull();
  });
});
