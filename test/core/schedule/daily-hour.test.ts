import { nextDailyRun, offsetMinutes } from '../../../src/core/schedule/daily-hour';
import { offsetMinutes as zoneOffset, zonedParts } from '../../../src/local/time-zone';

/** The zone's offset from Node's time-zone database (Intl), as Apps Script's `formatDate(…, 'Z')` gives it. */
const zone = (timeZone: string) => (ms: number) => zoneOffset(ms, timeZone);

describe('the next daily run at an hour of the spreadsheet time zone', () => {
  it('is later today when the hour has not come yet, tomorrow when it has', () => {
    const lisbonWinter = zone('Europe/Lisbon');
    expect(new Date(nextDailyRun(Date.parse('2026-12-01T06:59:00Z'), 7, lisbonWinter)).toISOString()).toBe(
      '2026-12-01T07:00:00.000Z',
    );
    expect(new Date(nextDailyRun(Date.parse('2026-12-01T07:00:00Z'), 7, lisbonWinter)).toISOString()).toBe(
      '2026-12-02T07:00:00.000Z',
    );
  });

  it.each([
    ['Europe/Lisbon', '2027-03-27T12:00:00Z', 7],
    ['Europe/Lisbon', '2027-10-30T12:00:00Z', 7],
    ['Europe/London', '2027-03-28T00:30:00Z', 1],
    ['America/New_York', '2026-12-01T23:30:00Z', 6],
    ['Asia/Kolkata', '2026-12-01T00:00:00Z', 7],
    ['Pacific/Chatham', '2027-04-03T10:00:00Z', 8],
    ['Australia/Sydney', '2027-04-03T10:00:00Z', 0],
  ])('in %s after %s, the clock shows %i:00 at the run, which is within a day', (timeZone, from, hour) => {
    const now = Date.parse(from);
    const run = nextDailyRun(now, hour, zone(timeZone));
    const parts = zonedParts(run, timeZone);
    expect([parts.hour, parts.minute, parts.second]).toEqual([hour, 0, 0]);
    expect(run).toBeGreaterThan(now);
    expect(run - now).toBeLessThanOrEqual(25 * 3600_000);
  });

  it('runs at the same wall-clock hour on the days either side of a daylight-saving change', () => {
    const lisbon = zone('Europe/Lisbon');
    let at = Date.parse('2027-03-25T12:00:00Z');
    const hours: number[] = [];
    for (let day = 0; day < 6; day += 1) {
      at = nextDailyRun(at, 7, lisbon);
      hours.push(zonedParts(at, 'Europe/Lisbon').hour);
    }
    expect(hours).toEqual([7, 7, 7, 7, 7, 7]);
  });

  it('takes the day on the zone’s calendar, which is not the UTC day in the evening west of Greenwich', () => {
    // 02:00 UTC on 2 December is 21:00 on 1 December in New York: 22:00 there is an hour away.
    const run = nextDailyRun(Date.parse('2026-12-02T02:00:00Z'), 22, zone('America/New_York'));
    expect(new Date(run).toISOString()).toBe('2026-12-02T03:00:00.000Z');
  });

  it('runs at 23:00 and at 00:00', () => {
    const utc = zone('Etc/UTC');
    expect(new Date(nextDailyRun(Date.parse('2026-12-01T10:00:00Z'), 23, utc)).toISOString()).toBe(
      '2026-12-01T23:00:00.000Z',
    );
    expect(new Date(nextDailyRun(Date.parse('2026-12-01T10:00:00Z'), 0, utc)).toISOString()).toBe(
      '2026-12-02T00:00:00.000Z',
    );
  });

  it.each([24, -1, 6.5])('refuses the hour %p, saying why', (hour) => {
    expect(() => nextDailyRun(0, hour, zone('Etc/UTC'))).toThrow(
      new RangeError(`The hour must be a whole number from 0 to 23, got ${hour}.`),
    );
  });

  it('refuses a time that is not finite', () => {
    expect(() => nextDailyRun(Number.NaN, 7, zone('Etc/UTC'))).toThrow(
      new RangeError('now must be a finite time, got NaN.'),
    );
  });
});

describe("Utilities.formatDate's Z offset", () => {
  it.each([
    ['+0000', 0],
    ['+0100', 60],
    ['-0330', -210],
    ['+05:30', 330],
  ])('%s is %i minutes', (text, minutes) => {
    expect(offsetMinutes(text)).toBe(minutes);
  });
  it('reads an offset with spaces around it', () => {
    expect(offsetMinutes(' -0500 ')).toBe(-300);
  });
  it.each(['GMT', 'x+0100', '+0100x', '+01'])('refuses %p, saying why', (text) => {
    expect(() => offsetMinutes(text)).toThrow(new RangeError(`"${text}" is not a UTC offset like +0100.`));
  });
});
