/** The back-off of background work that failed: the waits, stated in minutes, and what it refuses. */
import {
  FAILURES_BEFORE_REPORT,
  FIRST_RETRY_MS,
  LONGEST_RETRY_MS,
  NEXT_BLOCK_AFTER_MS,
  retryDelayMs,
} from '../../../src/core/schedule/retry';

const MINUTE = 60_000;

describe('the wait before a failed block is tried again', () => {
  it('doubles from 2 minutes and stops at an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 11, 12, 50].map((attempt) => retryDelayMs(attempt) / MINUTE)).toEqual([
      2, 4, 8, 16, 32, 60, 60, 60, 60, 60,
    ]);
  });

  it('states its bounds, the report after three failures and the next block a minute later', () => {
    expect([FIRST_RETRY_MS, LONGEST_RETRY_MS, NEXT_BLOCK_AFTER_MS]).toEqual([
      2 * MINUTE,
      60 * MINUTE,
      MINUTE,
    ]);
    expect(FAILURES_BEFORE_REPORT).toBe(3);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses an attempt count of %p', (attempt) => {
    expect(() => retryDelayMs(attempt)).toThrow(
      new RangeError(`attempt must be a whole number ≥ 1, got ${attempt}`),
    );
  });
});
