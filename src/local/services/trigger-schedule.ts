/**
 * When a time-driven trigger fires, computed deterministically. Apps Script randomises within a window (an
 * `atHour(9)` trigger runs some time between 9 and 10, `nearMinute` within ±15 minutes); the local runtime
 * fires at exactly hour:minute of the trigger's time zone, so tests can say when "tomorrow's check" happens.
 */
import { zonedParts, zonedToUtc } from '../time-zone';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** A clock trigger's schedule, as its builder described it. */
export type ClockSchedule =
  | { kind: 'once'; at: number }
  | { kind: 'minutes'; every: number }
  | { kind: 'hours'; every: number }
  | { kind: 'days'; every: number; hour: number | null; minute: number }
  | { kind: 'weeks'; every: number; weekday: number | null; hour: number | null; minute: number }
  | { kind: 'monthDay'; day: number; hour: number | null; minute: number };

/** The repeating part of a schedule, as the builder's every... or onMonthDay call set it. */
export type Recurrence =
  { kind: 'minutes' | 'hours' | 'days' | 'weeks'; every: number } | { kind: 'monthDay'; day: number };

/** Everything a clock trigger builder was told, before it is checked. */
export interface ScheduleParts {
  once: number | null;
  recurrence: Recurrence | null;
  hour: number | null;
  minute: number;
  weekday: number | null;
}

/**
 * The schedule the builder calls describe.
 * @throws RangeError when they describe none, or contradict each other (once and repeating; atHour on an
 * hourly trigger; onWeekDay without everyWeeks).
 */
export function scheduleFromParts({
  once,
  recurrence: r,
  hour,
  minute,
  weekday,
}: ScheduleParts): ClockSchedule {
  if (once !== null) {
    if (r !== null)
      throw new RangeError('a time-driven trigger runs either once (after/at/atDate) or repeatedly');
    return { kind: 'once', at: once };
  }
  if (r === null)
    throw new RangeError('a time-driven trigger needs a schedule: after, at, atDate or every...');
  if ((r.kind === 'minutes' || r.kind === 'hours') && (hour !== null || minute !== 0)) {
    throw new RangeError('atHour and nearMinute only apply to everyDays, everyWeeks and onMonthDay');
  }
  if (weekday !== null && r.kind !== 'weeks') throw new RangeError('onWeekDay only applies to everyWeeks');
  switch (r.kind) {
    case 'monthDay':
      return { kind: 'monthDay', day: r.day, hour, minute };
    case 'days':
      return { kind: 'days', every: r.every, hour, minute };
    case 'weeks':
      return { kind: 'weeks', every: r.every, weekday, hour, minute };
    default:
      return { kind: r.kind, every: r.every };
  }
}

/** The first run of a trigger created at `createdAt`. */
export function firstRun(schedule: ClockSchedule, createdAt: number, timeZone: string): number {
  switch (schedule.kind) {
    case 'once':
      return schedule.at;
    case 'minutes':
      return createdAt + schedule.every * MINUTE_MS;
    case 'hours':
      return createdAt + schedule.every * HOUR_MS;
    case 'days':
      if (schedule.hour === null) return createdAt + schedule.every * 24 * HOUR_MS;
      return firstWallTime(createdAt, timeZone, schedule.hour, schedule.minute, () => true);
    case 'weeks': {
      const weekday = schedule.weekday ?? zonedParts(createdAt, timeZone).weekday;
      const hour = schedule.hour ?? zonedParts(createdAt, timeZone).hour;
      return firstWallTime(createdAt, timeZone, hour, schedule.minute, (day) => day.weekday === weekday);
    }
    case 'monthDay':
      return firstWallTime(
        createdAt,
        timeZone,
        schedule.hour ?? 0,
        schedule.minute,
        (day) => day.day === schedule.day,
      );
  }
}

/** The run after the one scheduled at `previous`, or null when the trigger runs only once. */
export function nextRun(schedule: ClockSchedule, previous: number, timeZone: string): number | null {
  switch (schedule.kind) {
    case 'once':
      return null;
    case 'minutes':
      return previous + schedule.every * MINUTE_MS;
    case 'hours':
      return previous + schedule.every * HOUR_MS;
    case 'days':
      return schedule.hour === null
        ? previous + schedule.every * 24 * HOUR_MS
        : addWallDays(previous, timeZone, schedule.every);
    case 'weeks':
      return addWallDays(previous, timeZone, 7 * schedule.every);
    case 'monthDay': {
      const p = zonedParts(previous, timeZone);
      const month = p.month === 12 ? 1 : p.month + 1;
      return zonedToUtc(
        timeZone,
        p.month === 12 ? p.year + 1 : p.year,
        month,
        schedule.day,
        p.hour,
        p.minute,
      );
    }
  }
}

/** The first instant after `from` at hour:minute on a day (in `timeZone`) that `accepts`; looks up to 62 days ahead. */
function firstWallTime(
  from: number,
  timeZone: string,
  hour: number,
  minute: number,
  accepts: (day: { weekday: number; day: number }) => boolean,
): number {
  const today = zonedParts(from, timeZone);
  for (let offset = 0; offset <= 62; offset += 1) {
    const noon = Date.UTC(today.year, today.month - 1, today.day + offset, 12);
    const date = new Date(noon);
    const candidate = zonedToUtc(
      timeZone,
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
      hour,
      minute,
    );
    if (candidate > from && accepts({ weekday: date.getUTCDay(), day: date.getUTCDate() })) return candidate;
  }
  throw new RangeError('no matching day in the next two months (onMonthDay past the end of every month?)');
}

/** The same wall-clock time `days` calendar days later (so a 09:00 trigger stays at 09:00 across DST changes). */
function addWallDays(from: number, timeZone: string, days: number): number {
  const p = zonedParts(from, timeZone);
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day + days, 12));
  return zonedToUtc(
    timeZone,
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    p.hour,
    p.minute,
  );
}
