/**
 * Wall-clock time in the spreadsheet's time zone. Sheets stores a date as a day count in the spreadsheet's zone
 * and `getValue()` returns the instant of that wall-clock time there, so text such as `2024-09-02` written to a
 * London spreadsheet reads back as midnight London time, and a date shows with London's wall clock. Node's
 * `Intl` knows the IANA zones, so no time-zone library is needed.
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

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * True when `timeZone` is an IANA zone that `Intl` knows.
 */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time at instant `ms` in `timeZone`. */
export function wallTimeAt(ms: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
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
