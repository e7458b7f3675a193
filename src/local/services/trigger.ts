/**
 * A local installable trigger: the handler function it runs, what fires it, and (for time-driven triggers) its
 * schedule and next run. `LocalScriptApp` owns the list; tests fire due triggers through it.
 */
import type { CallLog } from '../call-log';
import type { Subset } from '../implements';
import { AuthMode } from './script-enums';
import { type ClockSchedule, nextRun } from './trigger-schedule';
import { zonedParts } from '../time-zone';

type EventType = GoogleAppsScript.Script.EventType;
type TriggerSource = GoogleAppsScript.Script.TriggerSource;

/** What Apps Script passes to a time-driven trigger's handler (its time fields are in UTC). */
export interface ClockTriggerEvent {
  authMode: GoogleAppsScript.Script.AuthMode;
  triggerUid: string;
  year: number;
  month: number;
  'day-of-month': number;
  'day-of-week': number;
  'week-of-year': number;
  hour: number;
  minute: number;
  second: number;
  timezone: string;
}

export interface TriggerSpec {
  handler: string;
  eventType: EventType;
  source: TriggerSource;
  /** The spreadsheet's id for spreadsheet triggers; null for time-driven ones. */
  sourceId: string | null;
  schedule: ClockSchedule | null;
  timeZone: string;
}

export class LocalTrigger implements Subset<
  GoogleAppsScript.Script.Trigger,
  'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource'
> {
  /** Test hook: when the trigger fires next; null once a one-off trigger has fired (it stays listed, disabled). */
  nextRunAt: number | null;

  constructor(
    private readonly id: string,
    readonly spec: TriggerSpec,
    firstRunAt: number | null,
    private readonly calls: CallLog,
    /** The user who created it: it runs as them, and only they can see it. */
    readonly owner = '',
    /** The document the add-on was used in when it was created. */
    readonly documentId = 'local-spreadsheet',
  ) {
    this.nextRunAt = firstRunAt;
  }

  getHandlerFunction(): string {
    this.calls.record('ScriptApp', 'Trigger.getHandlerFunction');
    return this.spec.handler;
  }

  getUniqueId(): string {
    this.calls.record('ScriptApp', 'Trigger.getUniqueId');
    return this.id;
  }

  getEventType(): EventType {
    this.calls.record('ScriptApp', 'Trigger.getEventType');
    return this.spec.eventType;
  }

  getTriggerSource(): TriggerSource {
    this.calls.record('ScriptApp', 'Trigger.getTriggerSource');
    return this.spec.source;
  }

  /** The id without recording a call (for the runtime's own bookkeeping). */
  get uniqueId(): string {
    return this.id;
  }

  /** Marks the run due at `nextRunAt` as done; missed runs before `now` are skipped, as Apps Script does. */
  markFired(now: number): void {
    if (this.spec.schedule === null || this.nextRunAt === null) return;
    let next = nextRun(this.spec.schedule, this.nextRunAt, this.spec.timeZone);
    while (next !== null && next <= now) next = nextRun(this.spec.schedule, next, this.spec.timeZone);
    this.nextRunAt = next;
  }

  /** The event object for a run at `at`. */
  clockEvent(at: number): ClockTriggerEvent {
    const p = zonedParts(at, 'Etc/UTC');
    return {
      authMode: AuthMode.FULL,
      triggerUid: this.id,
      year: p.year,
      month: p.month,
      'day-of-month': p.day,
      'day-of-week': p.weekday === 0 ? 7 : p.weekday,
      'week-of-year': isoWeek(at),
      hour: p.hour,
      minute: p.minute,
      second: p.second,
      timezone: 'UTC',
    };
  }
}

/** ISO-8601 week number of a UTC instant. */
function isoWeek(ms: number): number {
  const date = new Date(ms);
  const day = (date.getUTCDay() + 6) % 7;
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day + 3);
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.floor((thursday - yearStart) / (7 * 86400000)) + 1;
}
