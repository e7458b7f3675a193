/**
 * The local runtime's notion of "now". Apps Script code waits (`Utilities.sleep`, `Lock.waitLock`), lets cache
 * entries expire and fires time-driven triggers; tests need all of that to happen instantly and
 * deterministically, so every service that reads or moves time does it through one injectable clock.
 */

/** A source of the current time that tests can move forward. */
export interface Clock {
  /** Milliseconds since the Unix epoch, like `Date.now()`. */
  now(): number;
  /** Moves time forward by `ms` milliseconds (never backwards). */
  advance(ms: number): void;
}

/** 2024-09-02T08:00:00Z, a Monday morning at the start of a school term: a fixed, readable default. */
export const DEFAULT_START_MS = Date.UTC(2024, 8, 2, 8, 0, 0);

/**
 * A clock that only moves when told to. The default for tests and benchmarks.
 * @throws RangeError when asked to go backwards or by a non-finite amount.
 */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: number | Date = DEFAULT_START_MS) {
    this.current = typeof start === 'number' ? start : start.getTime();
    if (!Number.isFinite(this.current))
      throw new RangeError(`ManualClock: invalid start time ${String(start)}`);
  }

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    assertForward(ms);
    this.current += ms;
  }

  /** Jumps to an absolute time, which must not be earlier than now. */
  set(to: number | Date): void {
    const target = typeof to === 'number' ? to : to.getTime();
    assertForward(target - this.current);
    this.current = target;
  }
}

/**
 * Real wall-clock time, plus whatever `advance` added (so `Utilities.sleep` still returns at once in a demo
 * while the time it "slept" stays visible to the code that follows).
 */
export class SystemClock implements Clock {
  private offset = 0;

  now(): number {
    return Date.now() + this.offset;
  }

  advance(ms: number): void {
    assertForward(ms);
    this.offset += ms;
  }
}

function assertForward(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0)
    throw new RangeError(`Clock: time can only move forward (got ${ms} ms)`);
}

/**
 * A `Date` class whose `new Date()` and `Date.now()` read `clock`, for the globals of the vm context the bundle
 * runs in (a context's globals shadow its built-in `Date`), so the add-on's own timestamps follow the local
 * clock too. Pass the context's intrinsic `Date` as `Base` to keep its dates in that realm. Calling `Date()`
 * without `new` is not supported (a class cannot be called).
 */
export function clockedDate(clock: Clock, Base: DateConstructor = Date): DateConstructor {
  class ClockedDate extends Base {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.now());
      else super(...(args as [string | number | Date]));
    }

    static override now(): number {
      return clock.now();
    }
  }
  return ClockedDate as DateConstructor;
}
