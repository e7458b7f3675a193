/**
 * `getDisplayValues()`: a cell's value rendered with its number format, simply. Covers what an add-on writes:
 * Automatic, plain text, fixed decimals (`0.00`), thousands separators (`#,##0`), percentages (`0.0%`),
 * scientific (`0.00E+00`), quoted literals (`"$"#,##0.00`) and date/time patterns (`yyyy-mm-dd`,
 * `M/d/yyyy H:mm:ss`, `mmm d`). Not covered: conditional sections, colours, fractions, `?` padding, and column
 * width (Sheets shortens Automatic numbers to fit a narrow column; here they get up to 10 significant digits).
 */
import type { Cell } from './cell';
import { formatTokensOnly, isDateFormat, isDateSerialInRange, wallTimeOfSerial } from './dates';
import { AUTOMATIC_FORMAT, PLAIN_TEXT_FORMAT } from './limits';
import type { WallTime } from '../time-zone';
import { DAYS, MONTHS } from '../calendar-names';

/** The text Sheets would show for `cell`. */
export function displayText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  const { value } = cell;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const format = cell.style?.numberFormat;
  if (format === undefined || format === AUTOMATIC_FORMAT || /^general$/i.test(format))
    return automatic(value);
  if (format === PLAIN_TEXT_FORMAT) return String(value);
  if (isDateFormat(format))
    return isDateSerialInRange(value) ? formatDate(wallTimeOfSerial(value), format) : automatic(value);
  return formatNumber(value, format);
}

function automatic(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
}

function withGrouping(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const NUMERIC_SECTION = /^((?:"[^"]*"|\\.|[^#0.,"\\])*)([#0,]*\.?[#0]*(?:E[+-][#0]+)?)(.*)$/i;

const literal = (part: string) => part.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');

/** Renders a number with the first section of a numeric format (literal prefix, digits, literal suffix). */
export function formatNumber(value: number, format: string): string {
  const section = format.split(';')[0] ?? format;
  const [, prefix = '', pattern = '', suffix = ''] = NUMERIC_SECTION.exec(section) ?? [];
  if (!/[#0]/.test(pattern)) return automatic(value);
  const [mantissaPattern = '', exponentPattern] = pattern.toUpperCase().split('E');
  const [integerPattern = '', fractionPattern = ''] = mantissaPattern.split('.');
  const maxDecimals = (fractionPattern.match(/[0#]/g) ?? []).length;
  const minDecimals = (fractionPattern.match(/0/g) ?? []).length;
  const percent = formatTokensOnly(prefix + suffix).includes('%');
  const scaled = Math.abs(percent ? value * 100 : value);
  let body: string;
  if (exponentPattern !== undefined) {
    const [mantissa = '0', exponent = '0'] = scaled.toExponential(maxDecimals).split('e');
    const exp = Number(exponent);
    body = `${mantissa}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(exponentPattern.length - 1, '0')}`;
  } else {
    const [integer = '0', fraction = ''] = scaled.toFixed(maxDecimals).split('.');
    // `#` places drop trailing zeros, down to the number of `0` places.
    let digits = fraction;
    while (digits.length > minDecimals && digits.endsWith('0')) digits = digits.slice(0, -1);
    const grouped = integerPattern.includes(',') ? withGrouping(integer) : integer;
    body = digits === '' ? grouped : `${grouped}.${digits}`;
  }
  const sign = value < 0 && /[1-9]/.test(body.split('E')[0] ?? '') ? '-' : '';
  return `${sign}${literal(prefix)}${body}${literal(suffix)}`;
}

const DATE_TOKEN = /"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|./gi;

/** Renders a wall-clock time with a date/time pattern. */
export function formatDate(wall: WallTime, format: string): string {
  const tokens = format.match(DATE_TOKEN) ?? [];
  const twelveHour = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  // Positions of the date/time parts, to tell minutes from months.
  const parts = tokens.flatMap((t, i) => (/^[ymdhs]+$/i.test(t) ? [i] : []));
  const partAt = (i: number | undefined) => (i === undefined ? '' : (tokens[i] ?? '').toLowerCase()[0]);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hour12 = wall.hour % 12 === 0 ? 12 : wall.hour % 12;
  const weekday = new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
  return tokens
    .map((token, i) => {
      const lower = token.toLowerCase();
      const p = parts.indexOf(i);
      // `m`/`mm` mean minutes right after an hour or right before seconds, as in Sheets and Excel.
      const minutes = partAt(parts[p - 1]) === 'h' || partAt(parts[p + 1]) === 's';
      switch (lower) {
        case 'yyyy':
          return String(wall.year);
        case 'yy':
          return pad(wall.year % 100);
        case 'mmmm':
          return MONTHS[wall.month - 1] ?? '';
        case 'mmm':
          return (MONTHS[wall.month - 1] ?? '').slice(0, 3);
        case 'mm':
          return pad(minutes ? wall.minute : wall.month);
        case 'm':
          return String(minutes ? wall.minute : wall.month);
        case 'dddd':
          return DAYS[weekday] ?? '';
        case 'ddd':
          return (DAYS[weekday] ?? '').slice(0, 3);
        case 'dd':
          return pad(wall.day);
        case 'd':
          return String(wall.day);
        case 'hh':
          return pad(twelveHour ? hour12 : wall.hour);
        case 'h':
          return String(twelveHour ? hour12 : wall.hour);
        case 'ss':
          return pad(wall.second);
        case 's':
          return String(wall.second);
        case 'am/pm':
          return wall.hour < 12 ? 'AM' : 'PM';
        case 'a/p':
          return wall.hour < 12 ? 'A' : 'P';
        default:
          if (token.startsWith('"')) return token.slice(1, -1);
          return token.startsWith('\\') ? token.slice(1) : token;
      }
    })
    .join('');
}
