import type { CheckVerdict } from '../../../src/core/monitoring/check-verdict';
import {
  ALERT_SPACING_MS,
  type AlertDecision,
  type CheckState,
  HEARTBEAT_LIMIT_MS,
  checkWasMissed,
  decideAlert,
} from '../../../src/core/monitoring/alert-decision';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const START = Date.UTC(2025, 8, 1, 7, 0);

function state(verdict: CheckVerdict, problemKinds: string[] = [], missedCheck = false): CheckState {
  return { verdict, problemKinds, missedCheck };
}
const OK = state('ok');
const DRIFT = state('drift', ['drift']);
const BLANKS = state('data-quality', ['data-quality:blank-share:absences']);
const BOTH = state('several', ['data-quality:blank-share:absences', 'drift']);

/** A stateful fake of the monitoring job's memory: what to compare with next, and when it last sent. */
class MonitorMemory {
  previous: CheckState | null = null;
  lastAlertAt: number | null = null;
  readonly sent: string[] = [];

  check(at: number, current: CheckState): AlertDecision {
    const decision = decideAlert({
      current,
      previous: this.previous,
      lastAlertAt: this.lastAlertAt,
      now: at,
    });
    this.previous = decision.compareNextWith;
    if (decision.send) {
      this.lastAlertAt = at;
      this.sent.push(decision.reason);
    }
    return decision;
  }
}

describe('when a check sends an alert', () => {
  it('sends when a problem appears, then stays quiet while it persists', () => {
    const memory = new MonitorMemory();
    expect(memory.check(START, OK)).toMatchObject({ send: false, reason: 'no problem' });
    expect(memory.check(START + DAY, DRIFT)).toMatchObject({ send: true, reason: 'new problem: drift' });
    expect(memory.check(START + 2 * DAY, DRIFT)).toMatchObject({ send: false, reason: 'nothing new: drift' });
    expect(memory.check(START + 3 * DAY, DRIFT).send).toBe(false);
    expect(memory.sent).toEqual(['new problem: drift']);
  });

  it('sends on the first check when it already finds a problem', () => {
    expect(new MonitorMemory().check(START, BLANKS)).toMatchObject({
      send: true,
      reason: 'new problem: data-quality:blank-share:absences',
    });
  });

  it('sends again when a new kind of problem joins one already reported', () => {
    const memory = new MonitorMemory();
    memory.check(START, DRIFT);
    expect(memory.check(START + DAY, BOTH)).toMatchObject({
      send: true,
      reason: 'new problem: data-quality:blank-share:absences',
    });
  });

  it('does not send when problems only shrink, but sends when the dropped one returns', () => {
    const memory = new MonitorMemory();
    memory.check(START, BOTH);
    expect(memory.check(START + DAY, DRIFT).send).toBe(false);
    expect(memory.check(START + 2 * DAY, BOTH)).toMatchObject({ send: true });
  });

  it('lists every new kind when several appear at once, and every kind while they persist', () => {
    const memory = new MonitorMemory();
    memory.check(START, OK);
    expect(memory.check(START + DAY, BOTH)).toMatchObject({
      send: true,
      reason: 'new problem: data-quality:blank-share:absences, drift',
    });
    expect(memory.check(START + 2 * DAY, BOTH)).toMatchObject({
      send: false,
      reason: 'nothing new: data-quality:blank-share:absences, drift',
    });
  });

  it('joins a missed check and a new problem found together into one reason', () => {
    const missedWithDrift = state('drift', ['drift'], true);
    expect(new MonitorMemory().check(START, missedWithDrift)).toMatchObject({
      send: true,
      reason: 'no monitoring check finished for 48 hours; new problem: drift',
    });
  });

  it('sends a short all-clear when a problem is gone', () => {
    const memory = new MonitorMemory();
    memory.check(START, DRIFT);
    expect(memory.check(START + DAY, OK)).toMatchObject({ send: true, reason: 'back to normal (was drift)' });
    expect(memory.check(START + 2 * DAY, OK).send).toBe(false);
  });
});

describe('at most one alert a day', () => {
  it('holds news that comes within a day of the last alert, and sends it at the next daily check', () => {
    const memory = new MonitorMemory();
    memory.check(START, DRIFT);
    const held = memory.check(START + 6 * HOUR, BOTH);
    expect(held).toEqual({
      send: false,
      reason:
        'held until a day after the last alert (sent 6 h ago): new problem: data-quality:blank-share:absences',
      compareNextWith: DRIFT,
    });
    expect(memory.check(START + DAY, BOTH)).toMatchObject({ send: true });
    expect(memory.sent).toHaveLength(2);
  });

  it('lets a daily check run a little early (triggers fire anywhere within their hour)', () => {
    expect(ALERT_SPACING_MS).toBe(23 * HOUR);
    const memory = new MonitorMemory();
    memory.check(START + 50 * 60 * 1000, DRIFT); // 07:50
    expect(memory.check(START + DAY + 5 * 60 * 1000, OK).send).toBe(true); // 07:05 the next day
  });

  it('sends again exactly 23 hours after the last alert', () => {
    const memory = new MonitorMemory();
    memory.check(START, DRIFT);
    expect(memory.check(START + 23 * HOUR - 1, OK)).toMatchObject({
      send: false,
      reason: 'held until a day after the last alert (sent 22 h ago): back to normal (was drift)',
    });
    expect(memory.check(START + 23 * HOUR, OK)).toMatchObject({
      send: true,
      reason: 'back to normal (was drift)',
    });
  });

  it('holds news found at the very moment of the last alert, listing every item held', () => {
    const decision = decideAlert({
      current: state('drift', ['drift'], true),
      previous: OK,
      lastAlertAt: START,
      now: START,
    });
    expect(decision).toEqual({
      send: false,
      reason:
        'held until a day after the last alert (sent 0 h ago): no monitoring check finished for 48 hours; ' +
        'new problem: drift',
      compareNextWith: OK,
    });
  });

  it('holds an all-clear too, and still sends it the next day if the problem stays gone', () => {
    const memory = new MonitorMemory();
    memory.check(START, DRIFT);
    expect(memory.check(START + HOUR, OK).send).toBe(false);
    expect(memory.check(START + DAY, OK)).toMatchObject({ send: true, reason: 'back to normal (was drift)' });
  });
});

describe('missed checks (the heartbeat)', () => {
  it('counts a check as missed after 48 hours without one while monitoring is on', () => {
    expect(HEARTBEAT_LIMIT_MS).toBe(48 * HOUR);
    const on = { monitoringOnSince: START, lastFinishedCheckAt: START + DAY };
    expect(checkWasMissed({ ...on, now: START + 3 * DAY })).toBe(false); // exactly 48 h
    expect(checkWasMissed({ ...on, now: START + 3 * DAY + 1 })).toBe(true);
    expect(checkWasMissed({ monitoringOnSince: null, lastFinishedCheckAt: null, now: START + 9 * DAY })).toBe(
      false,
    );
  });

  it('counts from when monitoring was turned on when no check finished since', () => {
    expect(checkWasMissed({ monitoringOnSince: START, lastFinishedCheckAt: null, now: START + DAY })).toBe(
      false,
    );
    expect(
      checkWasMissed({ monitoringOnSince: START, lastFinishedCheckAt: null, now: START + 3 * DAY }),
    ).toBe(true);
    const turnedOnAgain = { monitoringOnSince: START + 10 * DAY, lastFinishedCheckAt: START };
    expect(checkWasMissed({ ...turnedOnAgain, now: START + 11 * DAY })).toBe(false);
  });

  it('sends once when a miss is newly detected, and an all-clear when checks resume', () => {
    const memory = new MonitorMemory();
    memory.check(START, OK);
    const missed = state('ok', [], true);
    expect(memory.check(START + 3 * DAY, missed)).toMatchObject({
      send: true,
      reason: 'no monitoring check finished for 48 hours',
    });
    expect(memory.check(START + 4 * DAY, missed).send).toBe(false);
    expect(memory.check(START + 5 * DAY, OK)).toMatchObject({
      send: true,
      reason: 'back to normal (was a missed check)',
    });
  });
});

describe('alert decisions on wrong inputs', () => {
  it('throws RangeError for a verdict that disagrees with its kinds, or impossible times', () => {
    const at = (now: number, lastAlertAt: number | null = null) => ({ previous: null, lastAlertAt, now });
    expect(() => decideAlert({ ...at(START), current: state('ok', ['drift']) })).toThrow(RangeError);
    expect(() => decideAlert({ ...at(START), current: state('drift') })).toThrow(RangeError);
    expect(() => decideAlert({ ...at(START, START + HOUR), current: DRIFT })).toThrow(RangeError);
    expect(() => decideAlert({ ...at(Number.NaN), current: DRIFT })).toThrow(RangeError);
    expect(() =>
      checkWasMissed({ monitoringOnSince: Number.NaN, lastFinishedCheckAt: null, now: START }),
    ).toThrow(RangeError);
  });

  it('says which state or time is wrong', () => {
    const at = (now: number, lastAlertAt: number | null = null) => ({ lastAlertAt, now });
    expect(() => decideAlert({ ...at(START), previous: null, current: state('ok', ['drift']) })).toThrow(
      new RangeError('The current check\'s verdict "ok" disagrees with its problem kinds.'),
    );
    expect(() => decideAlert({ ...at(START), previous: state('drift'), current: DRIFT })).toThrow(
      new RangeError('The previous check\'s verdict "drift" disagrees with its problem kinds.'),
    );
    expect(() => decideAlert({ ...at(START, START + HOUR), previous: null, current: DRIFT })).toThrow(
      new RangeError(`The last alert time ${START + HOUR} must be a finite time no later than now.`),
    );
    expect(() => decideAlert({ ...at(Number.NaN), previous: null, current: DRIFT })).toThrow(
      new RangeError('now must be a finite time, got NaN.'),
    );
    expect(() =>
      checkWasMissed({ monitoringOnSince: START, lastFinishedCheckAt: Number.POSITIVE_INFINITY, now: START }),
    ).toThrow(new RangeError('lastFinishedCheckAt must be a finite time.'));
  });
});
