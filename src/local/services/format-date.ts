/**
 * `Utilities.formatDate`: a date shown in a time zone with a Java `SimpleDateFormat` pattern, in English, as
 * Apps Script formats it. Supports the letters scripts actually use (y M d H h k K m s S E a D u Z X and quoted
 * text); any other letter throws rather than printing something plausible but wrong.
 */
import { offsetMinutes, zonedParts, type ZonedParts } from '../time-zone';
import { DAYS, MONTHS } from '../calendar-names';

/**
 * Formats instant `ms` in `timeZone` with `pattern`, e.g. `formatInstant(ms, 'Europe/Paris', "yyyy-MM-dd'T'HH:mm:ssXXX")`.
 * @throws RangeError for an unknown time zone or an unsupported pattern letter.
 */
export function formatInstant(ms: number, timeZone: string, pattern: string): string {
  const parts = zonedParts(ms, timeZone);
  const offset = offsetMinutes(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      const [text, next] = quoted(pattern, i);
      out += text;
      i = next;
    } else if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern.charAt(i + count) === ch) count += 1;
      out += field(ch, count, parts, offset);
      i += count;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

function field(letter: string, count: number, p: ZonedParts, offset: number): string {
  switch (letter) {
    case 'y':
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
      return count >= 4
        ? name(MONTHS, p.month - 1)
        : count === 3
          ? name(MONTHS, p.month - 1).slice(0, 3)
          : pad(p.month, count);
    case 'd':
      return pad(p.day, count);
    case 'H':
      return pad(p.hour, count);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'K':
      return pad(p.hour % 12, count);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(p.millisecond, count);
    case 'E':
      return count >= 4 ? name(DAYS, p.weekday) : name(DAYS, p.weekday).slice(0, 3);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'D':
      return pad(dayOfYear(p), count);
    case 'u':
      return pad(p.weekday === 0 ? 7 : p.weekday, count);
    case 'Z':
      return offsetText(offset, '');
    case 'X':
      if (offset === 0) return 'Z';
      return count === 1 ? offsetText(offset, '').slice(0, 3) : offsetText(offset, count >= 3 ? ':' : '');
    default:
      throw new RangeError(`formatDate: pattern letter ${letter} is not supported by the local runtime`);
  }
}

/** The literal text of the quote starting at `start` ('' stands for one quote), and the index after it. */
function quoted(pattern: string, start: number): [string, number] {
  if (pattern.charAt(start + 1) === "'") return ["'", start + 2];
  let text = '';
  let j = start + 1;
  for (;;) {
    if (j >= pattern.length)
      throw new RangeError(`formatDate: unterminated quote in ${JSON.stringify(pattern)}`);
    if (pattern.charAt(j) === "'") {
      if (pattern.charAt(j + 1) !== "'") return [text, j + 1];
      text += "'";
      j += 2;
    } else {
      text += pattern.charAt(j);
      j += 1;
    }
  }
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function name(names: readonly string[], index: number): string {
  return names[index] ?? '';
}

function dayOfYear(p: ZonedParts): number {
  return Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000) + 1;
}

/** "+0100" style, or "+01:00" with a colon separator. */
function offsetText(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${separator}${pad(abs % 60, 2)}`;
}
