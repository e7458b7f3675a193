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
import { AuthMode, EventType, TriggerSource, WeekDay } from './script-enums';
import { type ClockTriggerEvent, LocalTrigger, type TriggerSpec } from './trigger';
import { LocalTriggerBuilder, type TriggerRegistry } from './trigger-builder';
import { assertTriggerAllowed } from './trigger-limits';
import { firstRun } from './trigger-schedule';
import { assertTimeZone } from '../time-zone';

export interface LocalScriptAppOptions {
  calls: CallLog;
  clock?: Clock;
  /** True (default) to apply the add-on trigger rules; false for a plain bound script. */
  addOn?: boolean;
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
> {
  readonly AuthMode = AuthMode;
  readonly TriggerSource = TriggerSource;
  readonly EventType = EventType;
  readonly WeekDay = WeekDay;
  private readonly triggers: LocalTrigger[] = [];
  private readonly options: Required<Omit<LocalScriptAppOptions, 'webAppUrl'>> & { webAppUrl: string | null };
  private nextId = 1;

  constructor(options: LocalScriptAppOptions) {
    this.options = {
      calls: options.calls,
      clock: options.clock ?? new ManualClock(),
      addOn: options.addOn ?? true,
      documentId: options.documentId ?? 'local-spreadsheet',
      scriptTimeZone: options.scriptTimeZone ?? 'Etc/UTC',
      scriptId: options.scriptId ?? 'local-script-id',
      webAppUrl:
        options.webAppUrl === undefined
          ? 'https://script.google.com/macros/s/local-deployment/exec'
          : options.webAppUrl,
    };
    assertTimeZone(this.options.scriptTimeZone);
  }

  /** @throws TypeError unless `functionName` names a function (a string, not the function itself). */
  newTrigger(functionName: string): LocalTriggerBuilder {
    this.record('newTrigger');
    if (typeof functionName !== 'string' || functionName === '') {
      throw new TypeError('ScriptApp.newTrigger needs the handler function name as a string');
    }
    return new LocalTriggerBuilder(functionName, this.registry());
  }

  /** This user's triggers for this project. */
  getProjectTriggers(): LocalTrigger[] {
    this.record('getProjectTriggers');
    return [...this.triggers];
  }

  /** This user's triggers in `spreadsheet` (all of them here: the local runtime has one document). */
  getUserTriggers(spreadsheet: { getId(): string }): LocalTrigger[] {
    this.record('getUserTriggers');
    return spreadsheet.getId() === this.options.documentId ? [...this.triggers] : [];
  }

  /** Removes `trigger`; deleting one that is already gone does nothing. */
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger | LocalTrigger): void {
    this.record('deleteTrigger');
    const index = this.triggers.findIndex((t) => Object.is(t, trigger));
    if (index >= 0) this.triggers.splice(index, 1);
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
    const { addOn, documentId, clock } = this.options;
    assertTriggerAllowed(spec, this.triggers, { addOn, documentId });
    const id = String(1_000_000_000 + this.nextId);
    this.nextId += 1;
    const first = spec.schedule === null ? null : firstRun(spec.schedule, clock.now(), spec.timeZone);
    const trigger = new LocalTrigger(id, spec, first, this.options.calls);
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
