/**
 * When the daily monitoring check is next due: the first time after `now` at which clocks in the spreadsheet's
 * time zone show `hour`:00. The time zone is passed as its UTC offset at a given instant (Apps Script reads it
 * with `Utilities.formatDate(date, zone, 'Z')`; the bundle has no time-zone database of its own), so the same
 * code serves Sheets and tests. Around a daylight-saving change the offset is read again at the candidate, so
 * 07:00 stays 07:00 on the clock in summer and in winter.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Minutes that clocks in the zone are ahead of UTC at instant `ms` (e.g. 60 for Lisbon in summer). */
export type OffsetAt = (ms: number) => number;

/** The instant at which the zone's clock shows hour:00 on the zone's calendar day that contains `ms`. */
function atHourOnDayOf(ms: number, hour: number, offsetAt: OffsetAt): number {
  const local = ms + offsetAt(ms) * MINUTE_MS;
  const candidateLocal = Math.floor(local / DAY_MS) * DAY_MS + hour * HOUR_MS;
  // The offset at the candidate itself, which differs from `ms`'s across a daylight-saving change.
  const guess = candidateLocal - offsetAt(ms) * MINUTE_MS;
  return candidateLocal - offsetAt(guess) * MINUTE_MS;
}

/**
 * The first instant strictly after `now` at which the zone's clock shows `hour`:00. Throws `RangeError` for
 * an hour that is not a whole number 0-23 or a time that is not finite.
 */
export function nextDailyRun(now: number, hour: number, offsetAt: OffsetAt): number {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23)
    throw new RangeError(`The hour must be a whole number from 0 to 23, got ${hour}.`);
  if (!Number.isFinite(now)) throw new RangeError(`now must be a finite time, got ${now}.`);
  const today = atHourOnDayOf(now, hour, offsetAt);
  return today > now ? today : atHourOnDayOf(now + DAY_MS, hour, offsetAt);
}

/** Parses `Utilities.formatDate`'s `Z` text (`+0100`, `-0330`) into minutes ahead of UTC. */
export function offsetMinutes(text: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  if (!match) throw new RangeError(`"${text}" is not a UTC offset like +0100.`);
  const [, sign, hours, minutes] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}
