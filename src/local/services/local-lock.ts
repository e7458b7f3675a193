/**
 * One `Lock` object, as `LockService.get...Lock()` returns it. Whether it can be taken is decided by the
 * `LocalLockService` it came from (the arbiter of the execution), which also moves the clock while it "waits".
 */
import type { CallLog } from '../call-log';
import type { Subset } from '../implements';

export type LockScope = 'document' | 'script' | 'user';

/** Apps Script's message when `waitLock` gives up. */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export class LockTimeoutError extends Error {
  constructor() {
    super(LOCK_TIMEOUT_MESSAGE);
    this.name = 'LockTimeoutError';
  }
}

/** What a lock needs from its LockService. */
export interface LockArbiter {
  acquire(scope: LockScope, lock: LocalLock, timeoutMs: number): boolean;
  release(scope: LockScope, lock: LocalLock): void;
  holds(scope: LockScope, lock: LocalLock): boolean;
}

export class LocalLock implements Subset<
  GoogleAppsScript.Lock.Lock,
  'tryLock' | 'waitLock' | 'hasLock' | 'releaseLock'
> {
  constructor(
    readonly scope: LockScope,
    private readonly service: LockArbiter,
    private readonly calls: CallLog,
  ) {}

  /** Takes the lock, waiting up to `timeoutInMillis`; false when another holder kept it that long. */
  tryLock(timeoutInMillis: number): boolean {
    this.calls.record('LockService', 'Lock.tryLock');
    return this.service.acquire(this.scope, this, timeoutInMillis);
  }

  /**
   * Takes the lock, waiting up to `timeoutInMillis`.
   * @throws LockTimeoutError ("Lock timeout: another process was holding the lock for too long.") otherwise.
   */
  waitLock(timeoutInMillis: number): void {
    this.calls.record('LockService', 'Lock.waitLock');
    if (!this.service.acquire(this.scope, this, timeoutInMillis)) throw new LockTimeoutError();
  }

  hasLock(): boolean {
    this.calls.record('LockService', 'Lock.hasLock');
    return this.service.holds(this.scope, this);
  }

  /** Releases the lock if this object holds it; otherwise does nothing, as in Apps Script. */
  releaseLock(): void {
    this.calls.record('LockService', 'Lock.releaseLock');
    this.service.release(this.scope, this);
  }
}
