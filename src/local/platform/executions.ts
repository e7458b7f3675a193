/**
 * Executions: Apps Script runs each menu click, trigger run and web-app call as a separate execution, with its
 * own user, its own authorisation mode and its own locks. The local runtime is one JavaScript thread, so
 * executions nest: a test that wants a trigger to fire while a dialog waits runs it from the dialog's scripted
 * answer (`meanwhile`), and the trigger's execution sits on top of the suspended one until it ends.
 *
 * Two documented rules live here. A lock is released when its execution ends. And `Ui.alert` / `Ui.prompt`
 * suspend the script while the dialog is open; Google's `Ui` reference says JDBC connections and LockService
 * locks do not persist across the suspension
 * (https://developers.google.com/apps-script/reference/base/ui#alert(String)), so suspending releases every
 * lock the execution holds before the dialog's answer comes back.
 */

/** How an execution started. `simple-trigger` is `onOpen` / `onInstall`; `trigger` an installable trigger. */
export type ExecutionKind = 'menu' | 'simple-trigger' | 'trigger' | 'web-app';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

export interface Execution {
  readonly id: number;
  readonly kind: ExecutionKind;
  /** The email of the user the execution runs as (a trigger runs as its owner). */
  readonly user: string;
  readonly documentId: string;
  readonly authMode: AuthModeName;
  /** The function the execution started with. */
  readonly handler: string;
}

/** What became of a finished execution: what a test reads where Apps Script would show its execution log. */
export interface ExecutionRecord extends Execution {
  readonly status: 'completed' | 'failed';
  /** The error's message when it failed. */
  readonly error: string | null;
}

export type ExecutionSpec = Omit<Execution, 'id'>;

type Listener = (execution: Execution) => void;

export class Executions {
  /** Every execution that has ended, oldest first. */
  readonly finished: ExecutionRecord[] = [];
  private readonly stack: Execution[] = [];
  private readonly endListeners: Listener[] = [];
  private readonly suspendListeners: Listener[] = [];
  private nextId = 1;

  /** The running execution (the innermost one), or null outside any. */
  current(): Execution | null {
    return this.stack[this.stack.length - 1] ?? null;
  }

  /** An id for work done outside any execution (a test calling a service directly). */
  currentId(): number {
    return this.current()?.id ?? 0;
  }

  /**
   * Runs `body` as a new execution; when it ends (returning or throwing) its locks are released. The error, if
   * any, is recorded and rethrown: the caller decides whether anyone sees it.
   */
  run<T>(spec: ExecutionSpec, body: () => T): T {
    const execution: Execution = { ...spec, id: this.nextId };
    this.nextId += 1;
    this.stack.push(execution);
    let error: unknown = null;
    try {
      return body();
    } catch (thrown) {
      error = thrown;
      throw thrown;
    } finally {
      this.stack.pop();
      for (const listener of this.endListeners) listener(execution);
      this.finished.push({
        ...execution,
        status: error === null ? 'completed' : 'failed',
        error: error === null ? null : messageOf(error),
      });
    }
  }

  /** Calls `listener` when any execution ends. */
  onEnd(listener: Listener): void {
    this.endListeners.push(listener);
  }

  /** Calls `listener` when the running execution is suspended by a dialog. */
  onSuspend(listener: Listener): void {
    this.suspendListeners.push(listener);
  }

  /**
   * The running execution waits for a person: its locks are released, then `meanwhile` (what other executions
   * do while the dialog is open, as a test scripted it) runs.
   */
  suspend(meanwhile?: () => void): void {
    const execution = this.current();
    if (execution) for (const listener of this.suspendListeners) listener(execution);
    meanwhile?.();
  }
}

/** An error's message, whichever realm made it (the add-on's errors are not this realm's `Error`s). */
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
