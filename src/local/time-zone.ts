/**
 * Wall-clock arithmetic in IANA time zones, on top of `Intl` (Node ships the full time-zone database), for the
 * whole local runtime: `Utilities.formatDate`, time-driven triggers (which fire at an hour of the script's time
 * zone), and the spreadsheet, which stores a date as a wall-clock time in its own zone (text such as `2024-09-02`
 * written to a London spreadsheet reads back as midnight London time).
 */

/** Calendar fields of a wall-clock time; `month` is 1-12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The calendar fields of an instant as seen on a clock in some time zone. */
export interface ZonedParts {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  /** 0..23 */
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday .. 6 = Saturday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * @throws RangeError for a name that is not an IANA time zone (Apps Script's Java runtime would silently use
 * GMT instead; failing here makes the typo visible).
 */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone);
}

/** The wall-clock fields of instant `ms` in `timeZone`. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const fields: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(ms))) fields[part.type] = part.value;
  return {
    year: Number(fields.year),
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(fields.weekday ?? ''),
  };
}

/** The offset of `timeZone` from UTC at instant `ms`, in minutes (+60 for Paris in winter). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return Math.round((asUtc - ms) / 60000);
}

/**
 * The instant a clock in `timeZone` shows the given wall time. For a time skipped by a daylight-saving jump it
 * returns the instant just after the jump; for a repeated time, the first occurrence.
 */
export function zonedToUtc(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = wall - offsetMinutes(wall, timeZone) * 60000;
  return wall - offsetMinutes(first, timeZone) * 60000;
}

/** True when `timeZone` is an IANA zone that `Intl` knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time at instant `ms` in `timeZone`. */
export function wallTimeAt(ms: number, timeZone: string): WallTime {
  const { weekday: _weekday, ...wall } = zonedParts(ms, timeZone);
  return wall;
}

function utcOf(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
}

/**
 * The instant at which `timeZone`'s clocks show `wall`. Two passes settle the zone offset, including across a
 * daylight-saving change; a wall time skipped by a change resolves to the instant just after it.
 */
export function instantOf(wall: WallTime, timeZone: string): number {
  const target = utcOf(wall);
  let guess = target;
  for (let pass = 0; pass < 2; pass += 1) {
    const offset = utcOf(wallTimeAt(guess, timeZone)) - guess;
    guess = target - offset;
  }
  return guess;
}

/** The instant whose UTC fields equal `ms`'s wall-clock time in `timeZone` (a serial-number helper). */
export function wallTimeAsUtc(ms: number, timeZone: string): number {
  return utcOf(wallTimeAt(ms, timeZone));
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (found === undefined) {
    try {
      found = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
      });
    } catch {
      throw new RangeError(`Invalid time zone: ${JSON.stringify(timeZone)}`);
    }
    formatters.set(timeZone, found);
  }
  return found;
}
