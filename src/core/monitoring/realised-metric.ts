/**
 * One realised metric of a model version set against what its cross-validation promised: the value with its
 * 95% interval, or no value and the reason it is undefined (too few students, one class only, an empty
 * denominator). For discrimination and decision metrics (AUC, accuracy, High-tier recall and precision) the
 * judgement is one-sided: a problem when the expectation lies above the interval, i.e. the model now does
 * significantly worse than promised. Doing significantly better is shown but raises no alarm: nobody needs
 * an email because more failing students were caught, and Hanley and McNeil's interval shrinks to a point at
 * an AUC of 1, where a two-sided test would call every perfect ranking a problem.
 */
import { type Interval, wilsonInterval } from './confidence-intervals';

export type RealisedMetric =
  | {
      readonly value: number;
      readonly interval: Interval;
      /** The value compared with, or `null` when the version recorded none. */
      readonly expected: number | null;
      readonly problem: boolean;
    }
  | {
      readonly value: null;
      /** Why there is no value, e.g. "undefined with one class only: every student passed". */
      readonly reason: string;
      readonly expected: number | null;
      readonly problem: false;
    };

/** A metric without a value; never a problem. */
export function undefinedMetric(reason: string, expected: number | null): RealisedMetric {
  return { value: null, reason, expected, problem: false };
}

/**
 * `value` with its `interval`, a problem when `expected` lies above `interval.high`; never a problem when
 * nothing was expected.
 */
export function judged(value: number, interval: Interval, expected: number | undefined): RealisedMetric {
  if (expected === undefined) return { value, interval, expected: null, problem: false };
  return { value, interval, expected, problem: expected > interval.high };
}

/**
 * `successes / trials` with its Wilson 95% interval, judged by `judged`; undefined (`why`) without trials.
 * Throws as `wilsonInterval` does for counts that are not whole numbers or more successes than trials.
 */
export function proportion(
  successes: number,
  trials: number,
  expected: number | undefined,
  why: string,
): RealisedMetric {
  if (trials === 0) return undefinedMetric(why, expected ?? null);
  return judged(successes / trials, wilsonInterval(successes, trials), expected);
}
