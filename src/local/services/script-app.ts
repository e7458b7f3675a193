/**
 * The local `ScriptApp`: its enums, installable triggers and the web-app URL, with the trigger limits Google
 * documents (see trigger-limits.ts).
 *
 * Nothing fires by itself: a test moves the clock, then calls `runDueTriggers(invoke)` (or `fireTrigger`),
 * and `invoke` runs the handler, e.g. by calling the bundle's function in its vm context.
 */
import type { CallLog } from '../call-log';
import type { Clock } from './clock';
import { ManualClock } from './clock';
import type { Subset } from '../implements';
import { AuthMode, EventType, InstallationSource, TriggerSource, WeekDay } from './script-enums';
import { type ClockTriggerEvent, LocalTrigger, type TriggerSpec } from './trigger';
import { LocalTriggerBuilder, type TriggerRegistry } from './trigger-builder';
import { assertTriggerAllowed } from './trigger-limits';
import { firstRun } from './trigger-schedule';
import { assertTimeZone } from '../time-zone';
import { Executions } from '../platform/executions';
import type { InstallMode } from '../platform/install-mode';

export interface LocalScriptAppOptions {
  calls: CallLog;
  clock?: Clock;
  /** `add-on` (default) applies the add-on trigger rules; `bound` a script bound to the spreadsheet's. */
  installMode?: InstallMode;
  /** The triggers of every user and document of this script, shared by the runtimes of one add-on. */
  triggers?: LocalTrigger[];
  executions?: Executions;
  /** The user the running execution runs as. */
  user?: () => string;
  /** Id of the spreadsheet the add-on runs in. */
  documentId?: string;
  /** The project's time zone, in which `atHour` is read. */
  scriptTimeZone?: string;
  scriptId?: string;
  /** URL of the deployed web app; null when the script is not deployed as one. */
  webAppUrl?: string | null;
}

/** Runs one trigger's handler; the local runtime calls the bundle's function of that name. */
export type TriggerInvoker = (handlerFunction: string, event: ClockTriggerEvent) => void;

export class LocalScriptApp implements Subset<
  GoogleAppsScript.Script.ScriptApp,
  | 'AuthMode'
  | 'TriggerSource'
  | 'EventType'
  | 'WeekDay'
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'deleteTrigger'
  | 'getService'
  | 'getScriptId'
  | 'InstallationSource'
  | 'getInstallationSource'
> {
  readonly AuthMode = AuthMode;
  readonly TriggerSource = TriggerSource;
  readonly EventType = EventType;
  readonly WeekDay = WeekDay;
  readonly InstallationSource = InstallationSource;
  private readonly triggers: LocalTrigger[];
  private readonly options: Required<Omit<LocalScriptAppOptions, 'webAppUrl' | 'triggers'>> & {
    webAppUrl: string | null;
  };

  constructor(options: LocalScriptAppOptions) {
    this.options = {
      calls: options.calls,
      clock: options.clock ?? new ManualClock(),
      installMode: options.installMode ?? 'add-on',
      executions: options.executions ?? new Executions(),
      user: options.user ?? (() => ''),
      documentId: options.documentId ?? 'local-spreadsheet',
      scriptTimeZone: options.scriptTimeZone ?? 'Etc/UTC',
      scriptId: options.scriptId ?? 'local-script-id',
      webAppUrl:
        options.webAppUrl === undefined
          ? 'https://script.google.com/macros/s/local-deployment/exec'
          : options.webAppUrl,
    };
    this.triggers = options.triggers ?? [];
    assertTimeZone(this.options.scriptTimeZone);
  }

  /** `NONE` for a script bound to the spreadsheet, which is not running as an add-on. */
  getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    this.record('getInstallationSource');
    return this.options.installMode === 'bound'
      ? InstallationSource.NONE
      : InstallationSource.WEB_STORE_ADD_ON;
  }

  /** @throws TypeError unless `functionName` names a function (a string, not the function itself). */
  newTrigger(functionName: string): LocalTriggerBuilder {
    this.record('newTrigger');
    if (typeof functionName !== 'string' || functionName === '') {
      throw new TypeError('ScriptApp.newTrigger needs the handler function name as a string');
    }
    return new LocalTriggerBuilder(functionName, this.registry());
  }

  /**
   * This user's triggers of this project: never another user's; in an add-on, those of every document the
   * user runs it in; in a bound script, the script has one document.
   */
  getProjectTriggers(): LocalTrigger[] {
    this.record('getProjectTriggers');
    return this.triggers.filter((t) => t.owner === this.options.user());
  }

  /** This user's triggers of this project in `spreadsheet`. */
  getUserTriggers(spreadsheet: { getId(): string }): LocalTrigger[] {
    this.record('getUserTriggers');
    const id = spreadsheet.getId();
    return this.triggers.filter((t) => t.owner === this.options.user() && t.documentId === id);
  }

  /**
   * Removes `trigger`; deleting one that is already gone does nothing.
   * @throws Error for another user's trigger (which this user could not have listed).
   */
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger | LocalTrigger): void {
    this.record('deleteTrigger');
    const index = this.triggers.findIndex((t) => Object.is(t, trigger));
    if (index < 0) return;
    if (this.triggers[index]?.owner !== this.options.user())
      throw new Error('You do not have permission to delete this trigger.');
    this.triggers.splice(index, 1);
  }

  getService(): { getUrl(): string | null; isEnabled(): boolean } {
    this.record('getService');
    const url = this.options.webAppUrl;
    return { getUrl: () => url, isEnabled: () => url !== null };
  }

  getScriptId(): string {
    this.record('getScriptId');
    return this.options.scriptId;
  }

  /** Test hook: every user's triggers in every document. */
  allTriggers(): readonly LocalTrigger[] {
    return [...this.triggers];
  }

  /** Test hook: time-driven triggers whose next run is at or before `now` (default: the clock), earliest first. */
  dueTriggers(now = this.options.clock.now()): LocalTrigger[] {
    return this.triggers
      .filter((t) => t.nextRunAt !== null && t.nextRunAt <= now)
      .sort((a, b) => (a.nextRunAt ?? 0) - (b.nextRunAt ?? 0));
  }

  /**
   * Test hook: fires every due trigger once, earliest first, through `invoke`; returns the handlers run. Runs
   * missed while the clock jumped are skipped, not replayed, as in Apps Script. A handler's error propagates
   * after its trigger is marked as run.
   */
  runDueTriggers(invoke: TriggerInvoker): string[] {
    const ran: string[] = [];
    for (const trigger of this.dueTriggers()) {
      if (!this.triggers.includes(trigger)) continue; // deleted by an earlier handler
      ran.push(trigger.spec.handler);
      this.fireTrigger(trigger, invoke);
    }
    return ran;
  }

  /** Test hook: fires one trigger now, whether due or not. */
  fireTrigger(trigger: LocalTrigger, invoke: TriggerInvoker): void {
    const now = this.options.clock.now();
    try {
      invoke(trigger.spec.handler, trigger.clockEvent(trigger.nextRunAt ?? now));
    } finally {
      trigger.markFired(now);
    }
  }

  private register(spec: TriggerSpec): LocalTrigger {
    const { installMode, documentId, clock } = this.options;
    const owner = this.options.user();
    const mine = this.triggers.filter((t) => t.owner === owner);
    assertTriggerAllowed(spec, mine, { addOn: installMode === 'add-on', documentId });
    const id = String(1_000_000_000 + nextTriggerNumber());
    const first = spec.schedule === null ? null : firstRun(spec.schedule, clock.now(), spec.timeZone);
    const trigger = new LocalTrigger(id, spec, first, this.options.calls, owner, documentId);
    this.triggers.push(trigger);
    return trigger;
  }

  private registry(): TriggerRegistry {
    return {
      calls: this.options.calls,
      now: () => this.options.clock.now(),
      scriptTimeZone: this.options.scriptTimeZone,
      register: (spec) => this.register(spec),
    };
  }

  private record(method: string): void {
    this.options.calls.record('ScriptApp', method);
  }
}

/** Trigger ids are never reused, even when several runtimes share one list. */
let triggerCounter = 0;
function nextTriggerNumber(): number {
  triggerCounter += 1;
  return triggerCounter;
}
