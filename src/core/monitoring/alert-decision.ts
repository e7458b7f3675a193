/**
 * Whether a monitoring check sends an alert email. An alert is worth sending for news only: a problem kind
 * the last alert did not report (which covers the first problem after `ok`), a missed check newly detected
 * (the heartbeat: no check finished for 48 hours while monitoring is on), or a return to `ok` from a problem
 * or a missed check. Problems that persist, or shrink (`several` → `drift`), are not news. At most one alert
 * goes out per day; news that arrives sooner is held rather than dropped: the decision says which state the
 * next check should compare with (`compareNextWith`), and while news is held that stays the old one, so the
 * news is still news the next day. Left to compare with the previous check instead, a problem that appeared
 * hours after an alert would never be sent at all.
 *
 * Back to normal is sent, as a short all-clear under the same daily limit. Someone acted on the alert (asked
 * for the roster to be fixed, told teachers to read the risk column with care); without an all-clear they
 * cannot tell a fixed problem from a check that quietly stopped, and they do not know when to trust the risk
 * column again. A problem that comes and goes daily therefore costs at most one email a day.
 */
import type { CheckVerdict } from './check-verdict';

const HOUR_MS = 60 * 60 * 1000;

/**
 * The least time between two alerts: 23 hours, i.e. one per daily check. Apps Script's daily trigger runs
 * at a random minute within its hour, so two daily checks can be 23 hours apart; 24 hours would hold about
 * half of the next day's alerts back for a further day.
 */
export const ALERT_SPACING_MS = 23 * HOUR_MS;

/** Monitoring counts as having missed a check when none finished for this long while it was on. */
export const HEARTBEAT_LIMIT_MS = 48 * HOUR_MS;

/** What an alert decision needs to know about a check. */
export interface CheckState {
  /** `check-failed` for a check that stopped with an error; its only problem kind is `check-failed`. */
  readonly verdict: CheckVerdict | 'check-failed';
  /** `problemKinds` of `checkVerdict`: empty exactly when the verdict is `ok`. */
  readonly problemKinds: readonly string[];
  /** Whether a missed check (`checkWasMissed`) was detected when this state was recorded. */
  readonly missedCheck: boolean;
}

export interface AlertInput {
  readonly current: CheckState;
  /** The `compareNextWith` of the previous decision; `null` before the first. */
  readonly previous: CheckState | null;
  /** When the last alert was sent (ms since the epoch), or `null` if none ever was. */
  readonly lastAlertAt: number | null;
  readonly now: number;
}

export interface AlertDecision {
  readonly send: boolean;
  /** Why, in a line for the Monitoring sheet. */
  readonly reason: string;
  /** What the next decision should take as `previous`. */
  readonly compareNextWith: CheckState | null;
}

/**
 * Whether monitoring has missed a check: it is on (`monitoringOnSince` is not `null`) and no check has
 * finished for more than `HEARTBEAT_LIMIT_MS`, counting from when it was turned on when that is later than
 * the last finished check. Throws `RangeError` for a time that is not finite.
 */
export function checkWasMissed(times: {
  readonly monitoringOnSince: number | null;
  readonly lastFinishedCheckAt: number | null;
  readonly now: number;
}): boolean {
  for (const [name, value] of Object.entries(times))
    if (value !== null && !Number.isFinite(value)) throw new RangeError(`${name} must be a finite time.`);
  if (times.monitoringOnSince === null) return false;
  const since = Math.max(times.monitoringOnSince, times.lastFinishedCheckAt ?? -Infinity);
  return times.now - since > HEARTBEAT_LIMIT_MS;
}

function assertState(state: CheckState, name: string): void {
  if ((state.verdict === 'ok') !== (state.problemKinds.length === 0))
    throw new RangeError(`The ${name} check's verdict "${state.verdict}" disagrees with its problem kinds.`);
}

/** The news in `current` against `previous`, one phrase each; empty when there is none. */
function news(current: CheckState, previous: CheckState | null): string[] {
  // Stryker disable next-line ArrayDeclaration: a placeholder element is never a real problem kind, so `known` behaves as empty either way
  const known = new Set(previous?.problemKinds ?? []);
  const fresh = current.problemKinds.filter((kind) => !known.has(kind));
  const items: string[] = [];
  if (current.missedCheck && !previous?.missedCheck)
    items.push(`no monitoring check finished for ${HEARTBEAT_LIMIT_MS / HOUR_MS} hours`);
  if (fresh.length > 0) items.push(`new problem: ${fresh.join(', ')}`);
  const previousProblem = previous?.missedCheck ? 'a missed check' : previous?.verdict;
  if (current.verdict === 'ok' && !current.missedCheck && previousProblem && previousProblem !== 'ok')
    items.push(`back to normal (was ${previousProblem})`);
  return items;
}

/**
 * The alert decision for `input` (see the module comment). Throws `RangeError` when a time is not finite,
 * the last alert lies after `now`, or a state's verdict is `ok` with problem kinds (or the reverse).
 */
export function decideAlert(input: AlertInput): AlertDecision {
  const { current, previous, lastAlertAt, now } = input;
  if (!Number.isFinite(now)) throw new RangeError(`now must be a finite time, got ${now}.`);
  if (lastAlertAt !== null && !(Number.isFinite(lastAlertAt) && lastAlertAt <= now))
    throw new RangeError(`The last alert time ${lastAlertAt} must be a finite time no later than now.`);
  assertState(current, 'current');
  if (previous) assertState(previous, 'previous');

  const items = news(current, previous);
  if (items.length === 0) {
    const reason =
      current.verdict === 'ok' ? 'no problem' : `nothing new: ${current.problemKinds.join(', ')}`;
    return { send: false, reason, compareNextWith: current };
  }
  if (lastAlertAt !== null && now - lastAlertAt < ALERT_SPACING_MS) {
    const hours = Math.floor((now - lastAlertAt) / HOUR_MS);
    const reason = `held until a day after the last alert (sent ${hours} h ago): ${items.join('; ')}`;
    return { send: false, reason, compareNextWith: previous };
  }
  return { send: true, reason: items.join('; '), compareNextWith: current };
}
