/**
 * When background work that failed is tried again. A block can fail for passing reasons (another job holds the
 * spreadsheet's lock, the execution ran out of time) or lasting ones (the roster broke); backing off doubles
 * the wait from 2 minutes up to an hour, so a passing problem clears quickly and a lasting one does not burn
 * the daily trigger-time quota (90 minutes for consumer accounts).
 */

const MINUTE_MS = 60_000;

/** The first retry waits this long. */
export const FIRST_RETRY_MS = 2 * MINUTE_MS;
/** No retry waits longer than this. */
export const LONGEST_RETRY_MS = 60 * MINUTE_MS;
/** After this many failures in a row, the failure is reported (menu and email), once. */
export const FAILURES_BEFORE_REPORT = 3;
/** How soon a scoring run that is going well continues with its next block. */
export const NEXT_BLOCK_AFTER_MS = MINUTE_MS;

/**
 * The wait before attempt `attempt + 1`, after `attempt` attempts (1-based) have started:
 * 2, 4, 8, 16, 32, 60, 60, ... minutes.
 * @throws RangeError for an attempt count below 1 or not whole.
 */
export function retryDelayMs(attempt: number): number {
  if (!Number.isInteger(attempt) || attempt < 1)
    throw new RangeError(`attempt must be a whole number ≥ 1, got ${attempt}`);
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(attempt - 1, 10));
}
