/**
 * The spreadsheet's time zone as the jobs need it: a time in words for emails and messages, and the UTC offset
 * for the daily hour. Both go through `Utilities.formatDate`, since the bundle has no time-zone database.
 */
import { offsetMinutes } from '../core/schedule/daily-hour';
import { TEXT_TIMESTAMP_PATTERN, textTimestamp } from '../core/time/timestamp-format';

export function spreadsheetClock(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  let zone: string | undefined;
  const timeZone = (): string => (zone ??= spreadsheet.getSpreadsheetTimeZone());
  return {
    timeZone,
    formatTime: (at: Date): string =>
      textTimestamp(Utilities.formatDate(at, timeZone(), TEXT_TIMESTAMP_PATTERN), timeZone()),
    offsetAt: (ms: number): number => offsetMinutes(Utilities.formatDate(new Date(ms), timeZone(), 'Z')),
  };
}
