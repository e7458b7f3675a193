/**
 * The local trigger builders behind `ScriptApp.newTrigger(handler)`: `.timeBased()` for time-driven triggers
 * and `.forSpreadsheet(ss)` for open, edit, change and form-submit triggers. `create()` hands a finished spec
 * to `LocalScriptApp`, which enforces the limits on how many triggers may exist.
 */
import type { CallLog } from '../call-log';
import type { Subset } from '../implements';
import { LocalClockTriggerBuilder } from './clock-trigger-builder';
import { EventType, TriggerSource } from './script-enums';
import type { LocalTrigger, TriggerSpec } from './trigger';

/** What a builder needs from ScriptApp. */
export interface TriggerRegistry {
  calls: CallLog;
  now(): number;
  scriptTimeZone: string;
  register(spec: TriggerSpec): LocalTrigger;
}

export class LocalTriggerBuilder implements Subset<
  GoogleAppsScript.Script.TriggerBuilder,
  'timeBased' | 'forSpreadsheet'
> {
  constructor(
    private readonly handler: string,
    private readonly registry: TriggerRegistry,
  ) {}

  timeBased(): LocalClockTriggerBuilder {
    this.registry.calls.record('ScriptApp', 'TriggerBuilder.timeBased');
    return new LocalClockTriggerBuilder(this.handler, this.registry);
  }

  /** @param spreadsheet the spreadsheet or its id. */
  forSpreadsheet(spreadsheet: { getId(): string } | string): LocalSpreadsheetTriggerBuilder {
    this.registry.calls.record('ScriptApp', 'TriggerBuilder.forSpreadsheet');
    const id = typeof spreadsheet === 'string' ? spreadsheet : spreadsheet.getId();
    return new LocalSpreadsheetTriggerBuilder(this.handler, id, this.registry);
  }
}

export class LocalSpreadsheetTriggerBuilder implements Subset<
  GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
  'onOpen' | 'onEdit' | 'onChange' | 'onFormSubmit' | 'create'
> {
  private eventType: GoogleAppsScript.Script.EventType | null = null;

  constructor(
    private readonly handler: string,
    private readonly spreadsheetId: string,
    private readonly registry: TriggerRegistry,
  ) {}

  onOpen(): this {
    return this.on('onOpen', EventType.ON_OPEN);
  }

  onEdit(): this {
    return this.on('onEdit', EventType.ON_EDIT);
  }

  onChange(): this {
    return this.on('onChange', EventType.ON_CHANGE);
  }

  onFormSubmit(): this {
    return this.on('onFormSubmit', EventType.ON_FORM_SUBMIT);
  }

  /** @throws RangeError when no event was chosen, or for the limits ScriptApp enforces. */
  create(): LocalTrigger {
    this.registry.calls.record('ScriptApp', 'SpreadsheetTriggerBuilder.create');
    if (this.eventType === null)
      throw new RangeError('choose onOpen, onEdit, onChange or onFormSubmit before create()');
    return this.registry.register({
      handler: this.handler,
      eventType: this.eventType,
      source: TriggerSource.SPREADSHEETS,
      sourceId: this.spreadsheetId,
      schedule: null,
      timeZone: this.registry.scriptTimeZone,
    });
  }

  private on(method: string, eventType: GoogleAppsScript.Script.EventType): this {
    this.registry.calls.record('ScriptApp', `SpreadsheetTriggerBuilder.${method}`);
    this.eventType = eventType;
    return this;
  }
}
