/**
 * The services as the add-on bundle meets them: globals of a `vm` context (what gas-local builds), called from
 * code compiled in that context, with its own Date and Error.
 */
import vm from 'node:vm';
import { createLocalServices } from '../../../src/local/services';
import { realmOfContext } from '../../../src/local/realm';
import { clockedDate } from '../../../src/local/services/clock';

const BUNDLE = `
function onOpen(e) {
  var menu = SpreadsheetApp.getUi().createAddonMenu();
  if (e && e.authMode == ScriptApp.AuthMode.NONE) {
    menu.addItem('Start', 'menuStart');
  } else {
    menu.addItem('Train model', 'menuTrain').addItem('Score roster', 'menuScore');
  }
  menu.addToUi();
}
function enableMonitoring() {
  ScriptApp.newTrigger('runDailyMonitoring').timeBased().everyDays(1).atHour(6).create();
}
function runDailyMonitoring(e) {
  var stamp = Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'yyyy-MM-dd');
  PropertiesService.getDocumentProperties().setProperty('lastCheck', stamp + ' ' + e.timezone);
}
function include(name) { return '<i>' + name + '</i>'; }
function sidebarHtml() {
  var t = HtmlService.createTemplate('<?!= include("css") ?><p><?= teacher ?></p>');
  t.teacher = '<Ann>';
  return t.evaluate().getContent();
}
function writeUnderLock() {
  try {
    LockService.getDocumentLock().waitLock(1000);
    return 'locked';
  } catch (err) {
    return (err instanceof Error ? 'Error: ' : 'not an Error: ') + err.message;
  }
}
function untilLastTrigger() {
  var triggers = ScriptApp.getProjectTriggers();
  ScriptApp.deleteTrigger(triggers[triggers.length - 1]);
  return ScriptApp.getProjectTriggers().length;
}
`;

function loadBundle() {
  // As the runtime assembles it: the context first (its realm is needed), then the services as its globals.
  const context = vm.createContext({});
  const services = createLocalServices({
    scriptTimeZone: 'Europe/London',
    realm: realmOfContext(context),
    scope: context,
  });
  Object.assign(context, services.globals, {
    SpreadsheetApp: { getUi: () => services.ui },
    Date: clockedDate(services.clock, vm.runInContext('Date', context) as DateConstructor),
  });
  vm.runInContext(BUNDLE, context);
  const call = (name: string, ...args: unknown[]): unknown =>
    (context[name] as (...a: unknown[]) => unknown)(...args);
  return { services, call };
}

describe('services inside the bundle vm context', () => {
  test('onOpen in AuthMode.NONE builds only the static menu', () => {
    const { services, call } = loadBundle();
    call('onOpen', { authMode: services.ScriptApp.AuthMode.NONE });
    expect(services.ui.menuFunctionNames()).toEqual(['menuStart']);
  });

  test('a daily trigger created by the bundle runs its handler when due', () => {
    const { services, call } = loadBundle();
    call('enableMonitoring');
    services.clock.advance(24 * 3_600_000);
    services.ScriptApp.runDueTriggers((handler, event) => call(handler, event));
    expect(services.PropertiesService.document.getProperty('lastCheck')).toBe('2024-09-03 UTC');
  });

  test('template scriptlets call the bundle functions and escape its values', () => {
    const { call } = loadBundle();
    expect(call('sidebarHtml')).toBe('<i>css</i><p>&lt;Ann&gt;</p>');
  });

  test('a lock timeout reaches the bundle as an Error of its own realm, with the Apps Script message', () => {
    const { services, call } = loadBundle();
    services.LockService.holdByAnotherExecution('document');
    expect(call('writeUnderLock')).toBe(
      'Error: Lock timeout: another process was holding the lock for too long.',
    );
  });

  test('a trigger handed back by the bundle is recognised and deleted', () => {
    const { call } = loadBundle();
    call('enableMonitoring');
    expect(call('untilLastTrigger')).toBe(0);
  });

  test('every service call of the bundle is counted in the shared call log', () => {
    const { services, call } = loadBundle();
    call('enableMonitoring');
    // newTrigger, TriggerBuilder.timeBased, ClockTriggerBuilder.everyDays, .atHour and .create
    expect(services.calls.total('ScriptApp')).toBe(5);
  });
});

describe('bridgeToRealm', () => {
  test('service objects keep their identity across calls', () => {
    const context = vm.createContext({});
    const services = createLocalServices({ realm: realmOfContext(context) });
    expect(services.PropertiesService.getScriptProperties()).toBe(
      services.PropertiesService.getScriptProperties(),
    );
  });

  test('enum values pass through unwrapped, so comparisons with them hold', () => {
    const context = vm.createContext({});
    const services = createLocalServices({ realm: realmOfContext(context) });
    services.ui.answerNext('YES');
    expect(services.ui.alert('Sure?', services.ui.ButtonSet.YES_NO)).toBe(services.ui.Button.YES);
  });
});
