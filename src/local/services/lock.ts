/**
 * The local `LockService`. Locks are held by executions (see ../platform/executions.ts): a lock taken by one
 * execution makes every other execution wait, it is released when its execution ends, and it is released while
 * its execution is suspended by a dialog, as Google documents. Executions of other scripts or machines exist
 * only as far as a test says so (`holdByAnotherExecution`). Waiting never blocks: the clock is advanced by the
 * time Apps Script would have waited, so a job's time budget still sees the wait.
 *
 * The board of holders can be shared by several runtimes (several documents of one add-on, see
 * ../platform/local-google.ts): the document lock is per document, the script lock per script, the user lock per
 * user and script.
 */
import type { CallLog } from '../call-log';
import type { Clock } from './clock';
import { ManualClock } from './clock';
import type { Subset } from '../implements';
import { Executions } from '../platform/executions';
import { LocalLock, type LockArbiter, type LockScope } from './local-lock';

export { LocalLock, LOCK_TIMEOUT_MESSAGE, LockTimeoutError, type LockScope } from './local-lock';

/** Who holds a lock: nobody, an execution of this runtime, or another execution (until a time, or forever). */
type Holder =
  | { kind: 'free' }
  | { kind: 'execution'; execution: number; lock: LocalLock }
  | { kind: 'other'; until: number };

/** The holders of every lock, by key (`document:<id>`, `script`, `user:<email>`). */
export type LockBoard = Map<string, Holder>;

export interface LocalLockServiceOptions {
  calls: CallLog;
  clock?: Clock;
  /** False outside a document (a web app): `getDocumentLock()` returns null, as Apps Script's does. */
  container?: boolean;
  executions?: Executions;
  board?: LockBoard;
  documentId?: string;
  /** The user the current execution runs as (for the user lock). */
  user?: () => string;
}

export class LocalLockService
  implements
    LockArbiter,
    Subset<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  private readonly calls: CallLog;
  private readonly clock: Clock;
  private readonly container: boolean;
  private readonly executions: Executions;
  private readonly board: LockBoard;
  private readonly documentId: string;
  private readonly user: () => string;

  constructor(options: LocalLockServiceOptions) {
    this.calls = options.calls;
    this.clock = options.clock ?? new ManualClock();
    this.container = options.container ?? true;
    this.executions = options.executions ?? new Executions();
    this.board = options.board ?? new Map();
    this.documentId = options.documentId ?? 'local-spreadsheet';
    this.user = options.user ?? (() => '');
    const releaseAll = (execution: { id: number }) => this.releaseHeldBy(execution.id);
    this.executions.onEnd(releaseAll);
    this.executions.onSuspend(releaseAll);
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
   * @throws RangeError when the running execution holds that lock itself.
   */
  holdByAnotherExecution(scope: LockScope, forMs = Number.POSITIVE_INFINITY): void {
    const holder = this.current(scope);
    if (holder.kind === 'execution' && holder.execution === this.executions.currentId())
      throw new RangeError(`the ${scope} lock is held by this execution`);
    this.board.set(this.key(scope), { kind: 'other', until: this.clock.now() + forMs });
  }

  /** Test hook: the other execution releases the `scope` lock. */
  releaseByAnotherExecution(scope: LockScope): void {
    if (this.current(scope).kind === 'other') this.board.set(this.key(scope), { kind: 'free' });
  }

  /** Test hook: who holds the `scope` lock now. */
  holderOf(scope: LockScope): 'nobody' | 'this execution' | 'another execution' {
    const holder = this.current(scope);
    if (holder.kind === 'free') return 'nobody';
    return holder.kind === 'execution' && holder.execution === this.executions.currentId()
      ? 'this execution'
      : 'another execution';
  }

  /** Test hook: the running execution ends, and Apps Script releases the locks it still holds. */
  endExecution(): void {
    this.releaseHeldBy(this.executions.currentId());
  }

  /** Used by LocalLock: tries to take `scope` for `lock`, waiting up to `timeoutMs` of clock time. */
  acquire(scope: LockScope, lock: LocalLock, timeoutMs: number): boolean {
    if (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs)) {
      throw new TypeError(`Lock timeout must be a number of milliseconds, got ${String(timeoutMs)}`);
    }
    const me = this.executions.currentId();
    const holder = this.current(scope);
    if (holder.kind === 'free' || (holder.kind === 'execution' && holder.lock === lock)) {
      this.board.set(this.key(scope), { kind: 'execution', execution: me, lock });
      return true;
    }
    const wait = Math.max(0, timeoutMs);
    // Another lock object, of this execution or another one, never lets go while we wait.
    if (holder.kind === 'other' && holder.until <= this.clock.now() + wait) {
      this.clock.advance(holder.until - this.clock.now());
      this.board.set(this.key(scope), { kind: 'execution', execution: me, lock });
      return true;
    }
    this.clock.advance(wait);
    return false;
  }

  /** Used by LocalLock. */
  release(scope: LockScope, lock: LocalLock): void {
    const holder = this.board.get(this.key(scope));
    if (holder?.kind === 'execution' && holder.lock === lock)
      this.board.set(this.key(scope), { kind: 'free' });
  }

  /** Used by LocalLock. */
  holds(scope: LockScope, lock: LocalLock): boolean {
    const holder = this.board.get(this.key(scope));
    return holder?.kind === 'execution' && holder.lock === lock;
  }

  private releaseHeldBy(execution: number): void {
    for (const [key, holder] of this.board) {
      if (holder.kind === 'execution' && holder.execution === execution)
        this.board.set(key, { kind: 'free' });
    }
  }

  private key(scope: LockScope): string {
    if (scope === 'document') return `document:${this.documentId}`;
    if (scope === 'user') return `user:${this.user()}`;
    return 'script';
  }

  private current(scope: LockScope): Holder {
    const key = this.key(scope);
    const holder = this.board.get(key) ?? { kind: 'free' };
    if (holder.kind === 'other' && holder.until <= this.clock.now()) {
      this.board.set(key, { kind: 'free' });
      return { kind: 'free' };
    }
    return holder;
  }

  private newLock(scope: LockScope): LocalLock {
    return new LocalLock(scope, this, this.calls);
  }
}
