/**
 * The builder behind `ScriptApp.newTrigger(handler).timeBased()`: one-off (`after`, `at`, `atDate`) or repeating
 * (`everyMinutes/Hours/Days/Weeks`, `onMonthDay`) schedules, with `atHour`/`nearMinute`/`onWeekDay` refining the
 * repeating ones. It rejects the values and combinations Apps Script rejects; `create()` hands the schedule to
 * ScriptApp.
 */
import type { Subset } from '../implements';
import { EventType, TriggerSource, WeekDay } from './script-enums';
import type { LocalTrigger } from './trigger';
import type { TriggerRegistry } from './trigger-builder';
import { type Recurrence, scheduleFromParts } from './trigger-schedule';
import { assertTimeZone, zonedToUtc } from '../time-zone';

type ClockBuilderMethods =
  | 'after'
  | 'at'
  | 'atDate'
  | 'atHour'
  | 'nearMinute'
  | 'everyMinutes'
  | 'everyHours'
  | 'everyDays'
  | 'everyWeeks'
  | 'onWeekDay'
  | 'onMonthDay'
  | 'inTimezone'
  | 'create';

export class LocalClockTriggerBuilder implements Subset<
  GoogleAppsScript.Script.ClockTriggerBuilder,
  ClockBuilderMethods
> {
  private once: number | null = null;
  private recurrence: Recurrence | null = null;
  private hour: number | null = null;
  private minute = 0;
  private weekday: number | null = null;
  private timeZone: string;

  constructor(
    private readonly handler: string,
    private readonly registry: TriggerRegistry,
  ) {
    this.timeZone = registry.scriptTimeZone;
  }

  /** Runs once, `durationMilliseconds` after creation. */
  after(durationMilliseconds: number): this {
    this.record('after');
    this.once = this.registry.now() + whole(durationMilliseconds, 0, Number.MAX_SAFE_INTEGER, 'after');
    return this;
  }

  /** Runs once, at `date`. */
  at(date: GoogleAppsScript.Base.Date): this {
    this.record('at');
    if (Object.prototype.toString.call(date) !== '[object Date]') throw new TypeError('at() needs a Date');
    this.once = date.getTime();
    return this;
  }

  /** Runs once, at midnight of the given date (month 1..12) in the trigger's time zone. */
  atDate(year: number, month: number, day: number): this {
    this.record('atDate');
    this.once = zonedToUtc(
      this.timeZone,
      year,
      whole(month, 1, 12, 'atDate month'),
      whole(day, 1, 31, 'atDate day'),
    );
    return this;
  }

  /** @throws RangeError unless n is 1, 5, 10, 15 or 30 (the values Apps Script accepts). */
  everyMinutes(n: number): this {
    this.record('everyMinutes');
    if (![1, 5, 10, 15, 30].includes(n))
      throw new RangeError('The frequency must be one of 1, 5, 10, 15 or 30.');
    return this.recur({ kind: 'minutes', every: n });
  }

  /** @throws RangeError unless n is 1, 2, 4, 6, 8 or 12 (the values Apps Script accepts). */
  everyHours(n: number): this {
    this.record('everyHours');
    if (![1, 2, 4, 6, 8, 12].includes(n))
      throw new RangeError('The frequency must be one of 1, 2, 4, 6, 8 or 12.');
    return this.recur({ kind: 'hours', every: n });
  }

  everyDays(n: number): this {
    this.record('everyDays');
    return this.recur({ kind: 'days', every: whole(n, 1, 365, 'everyDays') });
  }

  everyWeeks(n: number): this {
    this.record('everyWeeks');
    return this.recur({ kind: 'weeks', every: whole(n, 1, 52, 'everyWeeks') });
  }

  onMonthDay(day: number): this {
    this.record('onMonthDay');
    return this.recur({ kind: 'monthDay', day: whole(day, 1, 31, 'onMonthDay') });
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): this {
    this.record('onWeekDay');
    const index = Object.values(WeekDay).indexOf(day);
    if (index < 0) throw new TypeError('onWeekDay needs a ScriptApp.WeekDay');
    this.weekday = index;
    return this;
  }

  /** The hour (0..23, in the trigger's time zone) of a daily, weekly or monthly trigger. */
  atHour(hour: number): this {
    this.record('atHour');
    this.hour = whole(hour, 0, 23, 'atHour');
    return this;
  }

  /** The minute (0..59) of the hour; Apps Script only gets within 15 minutes of it, the local runtime is exact. */
  nearMinute(minute: number): this {
    this.record('nearMinute');
    this.minute = whole(minute, 0, 59, 'nearMinute');
    return this;
  }

  inTimezone(timezone: string): this {
    this.record('inTimezone');
    assertTimeZone(timezone);
    this.timeZone = timezone;
    return this;
  }

  /** @throws RangeError for an incomplete or contradictory schedule, or for the limits ScriptApp enforces. */
  create(): LocalTrigger {
    this.record('create');
    return this.registry.register({
      handler: this.handler,
      eventType: EventType.CLOCK,
      source: TriggerSource.CLOCK,
      sourceId: null,
      schedule: scheduleFromParts({
        once: this.once,
        recurrence: this.recurrence,
        hour: this.hour,
        minute: this.minute,
        weekday: this.weekday,
      }),
      timeZone: this.timeZone,
    });
  }

  private recur(recurrence: Recurrence): this {
    if (this.recurrence !== null)
      throw new RangeError('a time-driven trigger takes one of everyMinutes/Hours/Days/Weeks or onMonthDay');
    this.recurrence = recurrence;
    return this;
  }

  private record(method: string): void {
    this.registry.calls.record('ScriptApp', `ClockTriggerBuilder.${method}`);
  }
}

function whole(value: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new RangeError(`${what}: expected a whole number in ${min}..${max}, got ${value}`);
  return value;
}
