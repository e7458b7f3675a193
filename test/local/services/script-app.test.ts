import { CallLog } from '../../../src/local/call-log';
import { ManualClock } from '../../../src/local/services/clock';
import { LocalScriptApp, type TriggerInvoker } from '../../../src/local/services/script-app';
import type { ClockTriggerEvent } from '../../../src/local/services/trigger';

// Monday 2 September 2024, 08:00 UTC = 10:00 in Paris (CEST, UTC+2).
const START = Date.UTC(2024, 8, 2, 8, 0);
const HOUR = 3_600_000;

function aScriptApp(options: { installMode?: 'bound' | 'add-on' } = {}) {
  const clock = new ManualClock(START);
  const scriptApp = new LocalScriptApp({
    calls: new CallLog(),
    clock,
    scriptTimeZone: 'Europe/Paris',
    ...options,
  });
  const runs: { handler: string; event: ClockTriggerEvent }[] = [];
  const invoke: TriggerInvoker = (handler, event) => runs.push({ handler, event });
  return { scriptApp, clock, runs, invoke };
}

function dailyAt(scriptApp: LocalScriptApp, hour: number) {
  return scriptApp
    .newTrigger('runDailyMonitoring')
    .timeBased()
    .everyDays(1)
    .atHour(hour)
    .nearMinute(30)
    .create();
}

describe('LocalScriptApp time-driven triggers', () => {
  test('a daily 06:30 trigger first runs at the next 06:30 of the script time zone', () => {
    const { scriptApp } = aScriptApp();
    const trigger = dailyAt(scriptApp, 6);
    expect(new Date(trigger.nextRunAt ?? 0).toISOString()).toBe('2024-09-03T04:30:00.000Z'); // 06:30 CEST
  });

  test('runDueTriggers fires the daily trigger once per day', () => {
    const { scriptApp, clock, runs, invoke } = aScriptApp();
    dailyAt(scriptApp, 6);
    clock.advance(23 * HOUR);
    expect(scriptApp.runDueTriggers(invoke)).toEqual(['runDailyMonitoring']);
    expect(scriptApp.runDueTriggers(invoke)).toEqual([]);
    clock.advance(24 * HOUR);
    scriptApp.runDueTriggers(invoke);
    expect(runs.map((r) => r.handler)).toEqual(['runDailyMonitoring', 'runDailyMonitoring']);
  });

  test('runs missed while the clock jumped are skipped, not replayed', () => {
    const { scriptApp, clock, invoke } = aScriptApp();
    const trigger = dailyAt(scriptApp, 6);
    clock.advance(5 * 24 * HOUR);
    expect(scriptApp.runDueTriggers(invoke)).toHaveLength(1);
    expect(new Date(trigger.nextRunAt ?? 0).toISOString()).toBe('2024-09-08T04:30:00.000Z');
  });

  test('the daily trigger keeps its wall-clock hour across the change to winter time', () => {
    const clock = new ManualClock(Date.UTC(2024, 9, 26, 12)); // Saturday before the last Sunday of October
    const scriptApp = new LocalScriptApp({ calls: new CallLog(), clock, scriptTimeZone: 'Europe/Paris' });
    const trigger = dailyAt(scriptApp, 6);
    expect(new Date(trigger.nextRunAt ?? 0).toISOString()).toBe('2024-10-27T05:30:00.000Z'); // 06:30 CET
  });

  test('the event passed to the handler carries the run time in UTC', () => {
    const { scriptApp, clock, runs, invoke } = aScriptApp();
    dailyAt(scriptApp, 6);
    clock.advance(24 * HOUR);
    scriptApp.runDueTriggers(invoke);
    const event = runs[0]?.event;
    expect(
      event && [event.year, event.month, event['day-of-month'], event.hour, event.minute, event.timezone],
    ).toEqual([2024, 9, 3, 4, 30, 'UTC']);
    expect(event?.authMode).toBe(scriptApp.AuthMode.FULL);
  });

  test('a one-off after() trigger fires once and stays listed, disabled', () => {
    const { scriptApp, clock, invoke } = aScriptApp();
    scriptApp.newTrigger('continueScoring').timeBased().after(60_000).create();
    clock.advance(60_000);
    expect(scriptApp.runDueTriggers(invoke)).toEqual(['continueScoring']);
    clock.advance(24 * HOUR);
    expect(scriptApp.runDueTriggers(invoke)).toEqual([]);
    expect(scriptApp.getProjectTriggers()).toHaveLength(1);
  });

  test('fireTrigger runs a trigger that is not yet due', () => {
    const { scriptApp, runs, invoke } = aScriptApp();
    scriptApp.fireTrigger(dailyAt(scriptApp, 6), invoke);
    expect(runs.map((r) => r.handler)).toEqual(['runDailyMonitoring']);
  });

  test('a trigger deleted by an earlier handler does not run', () => {
    const { scriptApp, clock } = aScriptApp({ installMode: 'bound' });
    scriptApp.newTrigger('first').timeBased().after(1000).create();
    scriptApp.newTrigger('second').timeBased().after(2000).create();
    clock.advance(5000);
    const ran = scriptApp.runDueTriggers(() => {
      for (const t of scriptApp.getProjectTriggers()) scriptApp.deleteTrigger(t);
    });
    expect(ran).toEqual(['first']);
  });
});

describe('LocalScriptApp trigger management and limits', () => {
  test('a trigger reports its handler, event type and source', () => {
    const { scriptApp } = aScriptApp();
    const t = dailyAt(scriptApp, 6);
    expect([t.getHandlerFunction(), t.getEventType(), t.getTriggerSource()]).toEqual([
      'runDailyMonitoring',
      scriptApp.EventType.CLOCK,
      scriptApp.TriggerSource.CLOCK,
    ]);
  });

  test('deleteTrigger removes the trigger from the project', () => {
    const { scriptApp } = aScriptApp();
    const trigger = dailyAt(scriptApp, 6);
    scriptApp.deleteTrigger(scriptApp.getProjectTriggers()[0] ?? trigger);
    expect(scriptApp.getProjectTriggers()).toEqual([]);
  });

  test('an add-on cannot create a second time-driven trigger in the same document', () => {
    const { scriptApp } = aScriptApp();
    dailyAt(scriptApp, 6);
    expect(() => scriptApp.newTrigger('continueScoring').timeBased().after(1000).create()).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
  });

  test('an add-on may have one trigger of each type', () => {
    const { scriptApp } = aScriptApp();
    dailyAt(scriptApp, 6);
    scriptApp.newTrigger('onOpenInstalled').forSpreadsheet('local-spreadsheet').onOpen().create();
    expect(scriptApp.getUserTriggers({ getId: () => 'local-spreadsheet' })).toHaveLength(2);
  });

  test('an add-on cannot create a trigger that runs more often than hourly', () => {
    const { scriptApp } = aScriptApp();
    expect(() => scriptApp.newTrigger('poll').timeBased().everyMinutes(30).create()).toThrow(/once per hour/);
  });

  test('a plain script can run a trigger every 5 minutes', () => {
    const { scriptApp } = aScriptApp({ installMode: 'bound' });
    const trigger = scriptApp.newTrigger('poll').timeBased().everyMinutes(5).create();
    expect(trigger.nextRunAt).toBe(START + 5 * 60_000);
  });

  test('an add-on cannot create a trigger for another spreadsheet', () => {
    const { scriptApp } = aScriptApp();
    expect(() =>
      scriptApp
        .newTrigger('x')
        .forSpreadsheet({ getId: () => 'someone-else' })
        .onEdit()
        .create(),
    ).toThrow(/only create triggers for the file/);
  });

  test('a script may have at most 20 triggers', () => {
    const { scriptApp } = aScriptApp({ installMode: 'bound' });
    for (let i = 0; i < 20; i += 1) scriptApp.newTrigger(`h${i}`).timeBased().everyHours(1).create();
    expect(() => scriptApp.newTrigger('h20').timeBased().everyHours(1).create()).toThrow(/too many triggers/);
  });

  test('everyHours rejects a frequency Apps Script does not accept', () => {
    const { scriptApp } = aScriptApp();
    expect(() => scriptApp.newTrigger('x').timeBased().everyHours(3)).toThrow(/1, 2, 4, 6, 8 or 12/);
  });

  test('atHour without a daily, weekly or monthly schedule is rejected', () => {
    const { scriptApp } = aScriptApp();
    expect(() => scriptApp.newTrigger('x').timeBased().everyHours(2).atHour(6).create()).toThrow(RangeError);
  });

  test('newTrigger needs the handler name as a string', () => {
    const { scriptApp } = aScriptApp();
    expect(() => scriptApp.newTrigger((() => 0) as unknown as string)).toThrow(TypeError);
  });
});

describe('LocalScriptApp enums and service', () => {
  test('AuthMode values are shared objects that print their names', () => {
    const { scriptApp } = aScriptApp();
    const other = aScriptApp().scriptApp;
    expect(scriptApp.AuthMode.NONE).toBe(other.AuthMode.NONE);
    expect(String(scriptApp.AuthMode.FULL)).toBe('FULL');
    expect(scriptApp.AuthMode.LIMITED).not.toBe(scriptApp.AuthMode.FULL);
  });

  test('getService().getUrl() gives the configured web-app URL', () => {
    const app = new LocalScriptApp({
      calls: new CallLog(),
      webAppUrl: 'https://script.google.com/macros/s/abc/exec',
    });
    expect(app.getService().getUrl()).toBe('https://script.google.com/macros/s/abc/exec');
  });
});
