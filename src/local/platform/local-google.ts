/**
 * What Google keeps on its side for one Apps Script project, shared by every local runtime (one runtime per
 * spreadsheet) that runs it: the install mode, the clock, the executions and their locks, every user's
 * triggers, the script's and each user's properties, and the failure emails Apps Script would send. A bound
 * script has one spreadsheet; an add-on can run in several, which is how a test shows that
 * `getProjectTriggers()` spans documents there.
 *
 * Triggers fire only when a test says so (`fireDueTriggers`, after moving the clock). Each runs as an execution
 * of its owner in its document; what it throws goes where Apps Script sends it (see install-mode.ts): a failure
 * email to the owner for a bound script, nowhere for an add-on. It never reaches the test as an exception.
 */
import type { Clock } from '../services/clock';
import { ManualClock } from '../services/clock';
import type { LockBoard } from '../services/lock';
import { LocalProperties } from '../services/property-store';
import type { ClockTriggerEvent, LocalTrigger } from '../services/trigger';
import { type ExecutionRecord, Executions } from './executions';
import { type InstallMode, UNTITLED_PROJECT } from './install-mode';

/** One spreadsheet where the script runs: how to run a trigger's handler there. */
export interface DocumentHost {
  readonly documentId: string;
  /** Runs `trigger`'s handler as an execution of its owner in this document. */
  runTrigger(trigger: LocalTrigger, event: ClockTriggerEvent): void;
  /** Records calls made to shared stores by this document's executions. */
  record(service: string, method: string, cells?: number): void;
}

/** The email Apps Script sends the owner of a bound script's trigger that failed. */
export interface FailureNotice {
  readonly to: string;
  readonly handler: string;
  readonly error: string;
  readonly at: number;
}

export interface LocalGoogleOptions {
  installMode?: InstallMode;
  /** The script project's name, which a bound script's add-on menu shows. */
  projectName?: string;
  clock?: Clock;
}

export class LocalGoogle {
  readonly installMode: InstallMode;
  readonly projectName: string;
  readonly clock: Clock;
  readonly executions = new Executions();
  readonly locks: LockBoard = new Map();
  readonly triggers: LocalTrigger[] = [];
  readonly failureNotices: FailureNotice[] = [];
  readonly scriptProperties: LocalProperties;
  private readonly userStores = new Map<string, LocalProperties>();
  private readonly hosts = new Map<string, DocumentHost>();
  private readonly router = { record: (service: string, method: string) => this.record(service, method) };

  constructor(options: LocalGoogleOptions = {}) {
    this.installMode = options.installMode ?? defaultInstallMode();
    this.projectName = options.projectName ?? UNTITLED_PROJECT;
    this.clock = options.clock ?? new ManualClock();
    this.scriptProperties = new LocalProperties(this.router);
  }

  /** Makes `host` a document where triggers can run. */
  attach(host: DocumentHost): void {
    this.hosts.set(host.documentId, host);
  }

  /** The properties of `user` for this script (the same store in every document). */
  userProperties(user: string): LocalProperties {
    let store = this.userStores.get(user);
    if (!store) {
      store = new LocalProperties(this.router);
      this.userStores.set(user, store);
    }
    return store;
  }

  /** Test hook: time-driven triggers due at or before now, earliest first. */
  dueTriggers(now = this.clock.now()): LocalTrigger[] {
    return this.triggers
      .filter((t) => t.nextRunAt !== null && t.nextRunAt <= now)
      .sort((a, b) => (a.nextRunAt ?? 0) - (b.nextRunAt ?? 0));
  }

  /**
   * Test hook: fires every due trigger once, earliest first; returns what each execution became. Runs missed
   * while the clock jumped are skipped, not replayed, as in Apps Script.
   */
  fireDueTriggers(): ExecutionRecord[] {
    const records: ExecutionRecord[] = [];
    for (const trigger of this.dueTriggers()) {
      if (!this.triggers.includes(trigger)) continue; // deleted by an earlier handler
      const record = this.fire(trigger);
      if (record) records.push(record);
    }
    return records;
  }

  /**
   * Test hook: moves the clock forward in steps of `stepMs` up to `totalMs`, firing due triggers at each step;
   * returns every execution that ran.
   */
  runFor(totalMs: number, stepMs = 60_000): ExecutionRecord[] {
    const records: ExecutionRecord[] = [];
    for (let elapsed = 0; elapsed < totalMs; elapsed += stepMs) {
      this.clock.advance(Math.min(stepMs, totalMs - elapsed));
      records.push(...this.fireDueTriggers());
    }
    return records;
  }

  /** Test hook: fires one trigger now, due or not. */
  fire(trigger: LocalTrigger): ExecutionRecord | null {
    const host = this.hosts.get(trigger.documentId);
    const now = this.clock.now();
    const event = trigger.clockEvent(trigger.nextRunAt ?? now);
    trigger.markFired(now);
    if (!host) return null;
    const before = this.executions.finished.length;
    try {
      host.runTrigger(trigger, event);
    } catch (error) {
      if (this.installMode === 'bound') {
        const message = error instanceof Error ? error.message : String(error);
        this.failureNotices.push({
          to: trigger.owner,
          handler: trigger.spec.handler,
          error: message,
          at: now,
        });
      }
    }
    // The trigger's own execution ends last, after any that ran inside it.
    return this.executions.finished.length > before ? (this.executions.finished.at(-1) ?? null) : null;
  }

  private record(service: string, method: string): void {
    const running = this.executions.current();
    const host = running ? this.hosts.get(running.documentId) : undefined;
    host?.record(service, method);
  }
}

/**
 * The install mode of a runtime that names none: `add-on`, or the one in the environment variable
 * `PASSCOMPASS_INSTALL_MODE`, with which the test suite runs its menu and dialog suites a second time as a script
 * bound to the spreadsheet (see jest.config.js).
 */
function defaultInstallMode(): InstallMode {
  const named = process.env['PASSCOMPASS_INSTALL_MODE'];
  return named === 'bound' || named === 'add-on' ? named : 'add-on';
}
