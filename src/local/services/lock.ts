/**
 * The local `LockService`. One `LocalLockService` is one execution; other executions exist only as far as a test
 * says so (`holdByAnotherExecution`), which is how contention is simulated. Waiting never blocks: the clock is
 * advanced by the time Apps Script would have waited, so a job's time budget still sees the wait.
 */
import type { CallLog } from '../call-log';
import type { Clock } from './clock';
import { ManualClock } from './clock';
import type { Subset } from '../implements';
import { LocalLock, type LockArbiter, type LockScope } from './local-lock';

export { LocalLock, LOCK_TIMEOUT_MESSAGE, LockTimeoutError, type LockScope } from './local-lock';

/** Who holds a scope's lock: nobody, a lock of this execution, or another execution (until a time, or forever). */
type Holder = { kind: 'free' } | { kind: 'mine'; lock: LocalLock } | { kind: 'other'; until: number };

export interface LocalLockServiceOptions {
  calls: CallLog;
  clock?: Clock;
  /** False outside a document (a web app): `getDocumentLock()` returns null, as Apps Script's does. */
  container?: boolean;
}

export class LocalLockService
  implements
    LockArbiter,
    Subset<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  private readonly holders: Record<LockScope, Holder> = {
    document: { kind: 'free' },
    script: { kind: 'free' },
    user: { kind: 'free' },
  };
  private readonly calls: CallLog;
  private readonly clock: Clock;
  private readonly container: boolean;

  constructor(options: LocalLockServiceOptions) {
    this.calls = options.calls;
    this.clock = options.clock ?? new ManualClock();
    this.container = options.container ?? true;
  }

  /** A lock on this document for all users; null outside a container (use the script lock there). */
  getDocumentLock(): LocalLock | null {
    this.calls.record('LockService', 'getDocumentLock');
    return this.container ? this.newLock('document') : null;
  }

  getScriptLock(): LocalLock {
    this.calls.record('LockService', 'getScriptLock');
    return this.newLock('script');
  }

  getUserLock(): LocalLock {
    this.calls.record('LockService', 'getUserLock');
    return this.newLock('user');
  }

  /**
   * Test hook: another execution takes the `scope` lock, for `forMs` milliseconds of clock time or until
   * `releaseByAnotherExecution`. A wait long enough to outlast it succeeds; a shorter one times out.
   * @throws RangeError when this execution holds that lock itself.
   */
  holdByAnotherExecution(scope: LockScope, forMs = Number.POSITIVE_INFINITY): void {
    if (this.holders[scope].kind === 'mine')
      throw new RangeError(`the ${scope} lock is held by this execution`);
    this.holders[scope] = { kind: 'other', until: this.clock.now() + forMs };
  }

  /** Test hook: the other execution releases the `scope` lock. */
  releaseByAnotherExecution(scope: LockScope): void {
    if (this.holders[scope].kind === 'other') this.holders[scope] = { kind: 'free' };
  }

  /** Test hook: who holds the `scope` lock now. */
  holderOf(scope: LockScope): 'nobody' | 'this execution' | 'another execution' {
    const holder = this.current(scope);
    return holder.kind === 'free'
      ? 'nobody'
      : holder.kind === 'mine'
        ? 'this execution'
        : 'another execution';
  }

  /** Test hook: the execution ends, and Apps Script releases the locks it still holds. */
  endExecution(): void {
    for (const scope of Object.keys(this.holders) as LockScope[]) {
      if (this.holders[scope].kind === 'mine') this.holders[scope] = { kind: 'free' };
    }
  }

  /** Used by LocalLock: tries to take `scope` for `lock`, waiting up to `timeoutMs` of clock time. */
  acquire(scope: LockScope, lock: LocalLock, timeoutMs: number): boolean {
    if (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs)) {
      throw new TypeError(`Lock timeout must be a number of milliseconds, got ${String(timeoutMs)}`);
    }
    const holder = this.current(scope);
    if (holder.kind === 'free' || (holder.kind === 'mine' && holder.lock === lock)) {
      this.holders[scope] = { kind: 'mine', lock };
      return true;
    }
    const wait = Math.max(0, timeoutMs);
    // Another lock object of this same execution never lets go while we wait, exactly like a second execution.
    if (holder.kind === 'other' && holder.until <= this.clock.now() + wait) {
      this.clock.advance(holder.until - this.clock.now());
      this.holders[scope] = { kind: 'mine', lock };
      return true;
    }
    this.clock.advance(wait);
    return false;
  }

  /** Used by LocalLock. */
  release(scope: LockScope, lock: LocalLock): void {
    const holder = this.holders[scope];
    if (holder.kind === 'mine' && holder.lock === lock) this.holders[scope] = { kind: 'free' };
  }

  /** Used by LocalLock. */
  holds(scope: LockScope, lock: LocalLock): boolean {
    const holder = this.holders[scope];
    return holder.kind === 'mine' && holder.lock === lock;
  }

  private current(scope: LockScope): Holder {
    const holder = this.holders[scope];
    if (holder.kind === 'other' && holder.until <= this.clock.now()) this.holders[scope] = { kind: 'free' };
    return this.holders[scope];
  }

  private newLock(scope: LockScope): LocalLock {
    return new LocalLock(scope, this, this.calls);
  }
}
