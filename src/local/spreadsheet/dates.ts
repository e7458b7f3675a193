/**
 * Dates as Sheets stores them: serial day numbers counted from 1899-12-30 in the spreadsheet's wall-clock time,
 * recognised by their number format. These helpers move between serials, instants and formats.
 */
import { instantOf, wallTimeAsUtc, type WallTime } from '../time-zone';

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** The serial day number of instant `ms` as shown by clocks in `timeZone`. */
export function serialOfInstant(ms: number, timeZone: string): number {
  return (wallTimeAsUtc(ms, timeZone) - SERIAL_EPOCH_UTC) / MS_PER_DAY;
}

/** The wall-clock time a serial day number stands for, rounded to the millisecond. */
export function wallTimeOfSerial(serial: number): WallTime {
  const d = new Date(SERIAL_EPOCH_UTC + Math.round(serial * MS_PER_DAY));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** The furthest instant from 1970 a JavaScript `Date` can hold (100,000,000 days), less a day for time zones. */
const MAX_DATE_MS = 8.64e15 - MS_PER_DAY;

/**
 * True when a serial day number stands for a time a `Date` can hold. A number far beyond (typed into a date
 * column, say `9007199254740991`) has no date to read as; the local runtime reads and shows it as the number,
 * where it would otherwise throw on a mere `getValues()`, which Sheets never does (local choice: Sheets' own
 * behaviour for such cells is undocumented).
 */
export function isDateSerialInRange(serial: number): boolean {
  return Number.isFinite(serial) && Math.abs(SERIAL_EPOCH_UTC + serial * MS_PER_DAY) <= MAX_DATE_MS;
}

/** The instant a serial day number stands for in `timeZone`. */
export function instantOfSerial(serial: number, timeZone: string): number {
  return instantOf(wallTimeOfSerial(serial), timeZone);
}

/** The serial of a wall-clock time (no zone involved). */
export function serialOfWallTime(wall: WallTime): number {
  const utc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond,
  );
  return (utc - SERIAL_EPOCH_UTC) / MS_PER_DAY;
}

/** A number format with its quoted literals, escapes and `[colour]` sections removed. */
export function formatTokensOnly(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

/** True when `format` shows a date or a time (so the cell's number is a date serial). */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  return /[ymdhs]/i.test(formatTokensOnly(format).replace(/General/gi, ''));
}
