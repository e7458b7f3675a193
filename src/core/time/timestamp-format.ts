/**
 * How PassCompass shows a time in its own sheets and emails, by the spreadsheet's locale (`en_US`, `pt_PT`, …).
 * Sheets' default for a written `Date` is the locale's full date-time with seconds, wider than a default column
 * (LibreOffice shows it as `###`), so PassCompass sets its own: minutes are enough for a log, and the order of
 * day and month follows the reader's habit, since `03/04` means March to one and April to another. Locales
 * whose habit this table does not know get ISO 8601 order, which no one misreads.
 */

/** Sheets number formats (a `Range.setNumberFormat` pattern) by the locale's order of day and month. */
const SHEET_FORMATS = {
  monthFirst: 'm/d/yyyy h:mm',
  dayFirst: 'dd/mm/yyyy hh:mm',
  dayFirstDotted: 'dd.mm.yyyy hh:mm',
  iso: 'yyyy-mm-dd hh:mm',
} as const;

type Order = keyof typeof SHEET_FORMATS;

/** Countries (ISO 3166 alpha-2) that write the month first; from CLDR's short date patterns. */
const MONTH_FIRST = new Set(['US', 'PH', 'FM', 'MH', 'PW']);
/** Countries that write day.month.year with dots; from CLDR's short date patterns. */
const DOTTED = new Set(['DE', 'AT', 'CH', 'PL', 'RU', 'UA', 'CZ', 'SK', 'FI', 'NO', 'TR', 'RO', 'HR', 'RS']);
/** Countries that write year first; from CLDR's short date patterns. */
const YEAR_FIRST = new Set(['CN', 'JP', 'KR', 'TW', 'HU', 'LT', 'SE', 'CA', 'ZA', 'MN']);

/** The country part of a locale such as `en_US` or `pt-BR`; '' when there is none. */
function country(locale: string): string {
  const parts = locale.split(/[_-]/);
  // Stryker disable next-line StringLiteral: with two parts or more the last one exists; `??` only satisfies the type.
  return parts.length > 1 ? (parts[parts.length - 1] ?? '').toUpperCase() : '';
}

function order(locale: string): Order {
  const code = country(locale);
  if (code === '') return 'iso';
  if (MONTH_FIRST.has(code)) return 'monthFirst';
  if (DOTTED.has(code)) return 'dayFirstDotted';
  if (YEAR_FIRST.has(code)) return 'iso';
  return 'dayFirst';
}

/** The Sheets number format for a time in a spreadsheet of `locale`. */
export function sheetTimestampFormat(locale: string): string {
  return SHEET_FORMATS[order(locale)];
}

/** Width in pixels that shows `sheetTimestampFormat` whole at Sheets' default font (16 characters and a margin). */
export const TIMESTAMP_COLUMN_WIDTH = 140;

/**
 * A `Utilities.formatDate` pattern (Java's) for a time in an email or a message: the month spelt out so no
 * order can be misread. `textTimestamp` adds the zone's name, since the reader may be elsewhere.
 */
export const TEXT_TIMESTAMP_PATTERN = 'd MMMM yyyy, HH:mm';

/** `formatted` (a time in `TEXT_TIMESTAMP_PATTERN`) with its time zone, e.g. `1 December 2026, 09:00 (Europe/London)`. */
export function textTimestamp(formatted: string, timeZone: string): string {
  return `${formatted} (${timeZone})`;
}
