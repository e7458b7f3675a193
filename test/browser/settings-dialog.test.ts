import type { Browser, Page } from 'playwright-core';
import { type Settings, validateSettings } from '../../src/core/settings';
import { startAddOn } from '../../src/local/bundle';
import { type MonitoringState, showSettingsDialog } from '../../src/ui/settings-dialog';
import { launchChromium, withGoogleScriptStub } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type Runtime = ReturnType<typeof startAddOn>['runtime'];

interface OpenedDialog {
  page: Page;
  runtime: Runtime;
  /** The server calls the page made, in order: entry point and arguments. */
  calls: [string, unknown[]][];
}

/**
 * Loads `html` into a page wired to the add-on. `saveSettings` and the other entry points run in the bundle;
 * `setDailyMonitoring` (which sets a trigger) is answered here, so these tests see only what the page asks for
 * and shows: its reply is `monitoringReply(on)`, or an error when that throws.
 */
async function openPage(
  started: ReturnType<typeof startAddOn>,
  html: string,
  monitoringReply: (on: boolean) => string,
): Promise<OpenedDialog> {
  const { runtime, addOn } = started;
  const calls: [string, unknown[]][] = [];
  const page = await browser.newPage();
  await page.exposeFunction('callServer', (name: string, args: string) => {
    const parsed = JSON.parse(args) as unknown[];
    calls.push([name, parsed]);
    if (name === 'setDailyMonitoring') return JSON.stringify(monitoringReply(parsed[0] === true));
    return JSON.stringify(addOn.call(name, ...parsed));
  });
  await page.setContent(withGoogleScriptStub(html));
  return { page, runtime, calls };
}

const turnedOnOrOff = (on: boolean) => `Daily monitoring is ${on ? 'on' : 'off'}.`;

/** Opens Settings… through the bundle and loads the dialog it shows into a page wired to the add-on. */
async function openSettingsDialog(): Promise<OpenedDialog> {
  const started = startAddOn();
  started.addOn.call('showSettings');
  return openPage(started, started.runtime.ui.dialogs[0]?.text ?? '', turnedOnOrOff);
}

/**
 * The dialog as `showSettingsDialog` shows it for `settings` and `monitoring` (which the menu reads from the
 * document), rendered from the built `Settings.html` by the local HtmlService.
 */
async function openDialogWith(
  raw: Record<string, unknown>,
  monitoring?: MonitoringState,
  monitoringReply: (on: boolean) => string = turnedOnOrOff,
): Promise<OpenedDialog> {
  const started = startAddOn();
  const settings: Settings = validateSettings(raw).settings;
  const scope = globalThis as Record<string, unknown>;
  const saved = { HtmlService: scope['HtmlService'], SpreadsheetApp: scope['SpreadsheetApp'] };
  Object.assign(scope, {
    HtmlService: started.runtime.HtmlService,
    SpreadsheetApp: started.runtime.SpreadsheetApp,
  });
  try {
    if (monitoring === undefined) showSettingsDialog(settings);
    else showSettingsDialog(settings, monitoring);
  } finally {
    Object.assign(scope, saved);
  }
  return openPage(started, started.runtime.ui.dialogs[0]?.text ?? '', monitoringReply);
}

const ON_BY_MARIA: MonitoringState = {
  on: true,
  turnedOnBy: 'maria.teacher@school.org',
  timeZone: 'America/Argentina/Buenos_Aires',
};

const stored = (runtime: Runtime) =>
  JSON.parse(
    runtime.PropertiesService.getDocumentProperties()?.getProperty('passcompass.settings') ?? 'null',
  ) as unknown;

const hostClosed = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __hostClosed: boolean }).__hostClosed);

const entryPoints = (calls: OpenedDialog['calls']) => calls.map(([name]) => name);

describe('the settings dialog in Chromium', () => {
  it('shows the defaults, saves what the data lead types, and closes', async () => {
    const { page, runtime, calls } = await openSettingsDialog();
    expect(await page.inputValue('#passMark')).toBe('10');
    expect(await page.inputValue('#mode')).toBe('auto');
    await page.fill('#passMark', '12');
    await page.selectOption('#mode', 'early');
    await page.fill('#capacity', '40');
    expect(await page.inputValue('#highFrom')).toBe('50');
    await page.selectOption('#tierRule', 'thresholds');
    await page.fill('#highFrom', '60');
    await page.selectOption('#monitoringHour', '18');
    await page.fill(
      '#alertRecipients',
      'head.of.year@school.org\nana.costa@school.org, Head.Of.Year@school.org',
    );
    await page.click('#save');
    await page.waitForFunction(() => (globalThis as unknown as { __hostClosed: boolean }).__hostClosed);
    expect(stored(runtime)).toEqual({
      passMark: 12,
      mode: 'early',
      folds: 5,
      capacity: 40,
      seed: 1,
      tierRule: 'thresholds',
      highFrom: 0.6,
      mediumFrom: 0.3,
      alertRecipients: ['head.of.year@school.org', 'ana.costa@school.org'],
      monitoringHour: 18,
      equityGapLimit: 0.1,
      leaveOutAttributes: [],
    });
    expect(entryPoints(calls)).toEqual(['saveSettings']);
  });

  it('shows the acceptable gap in points and the attributes left out, and saves what is ticked', async () => {
    const { page, runtime } = await openDialogWith({ equityGapLimit: 0.15, leaveOutAttributes: ['Medu'] });
    expect(await page.inputValue('#equityGapLimit')).toBe('15');
    expect(await page.isChecked('#leaveOut-Medu')).toBe(true);
    expect(await page.isChecked('#leaveOut-sex')).toBe(false);
    expect(await page.textContent('label[for="leaveOut-Fedu"]')).toBe("Father's education");
    await page.fill('#equityGapLimit', '5');
    await page.check('#leaveOut-sex');
    await page.uncheck('#leaveOut-Medu');
    await page.check('#leaveOut-course');
    await page.click('#save');
    await page.waitForFunction(() => (globalThis as unknown as { __hostClosed: boolean }).__hostClosed);
    expect(stored(runtime)).toMatchObject({ equityGapLimit: 0.05, leaveOutAttributes: ['sex', 'course'] });
  });

  it('lets the browser refuse a value outside the field range, and saves nothing', async () => {
    const { page, runtime } = await openSettingsDialog();
    await page.fill('#folds', '1');
    await page.click('#save');
    expect(
      await page.$eval('#folds', (el) => (el as unknown as { validity: { valid: boolean } }).validity.valid),
    ).toBe(false);
    expect(stored(runtime)).toBeNull();
  });

  it('keeps the dialog open and shows what the server refused', async () => {
    const { page, runtime } = await openSettingsDialog();
    await page.fill('#seed', '3000000000');
    await page.click('#save');
    await page.waitForSelector('#problems:not(:empty)');
    expect(await page.textContent('#problems')).toBe(
      'seed must be a whole number from 0 to 2147483647; using 1.',
    );
    expect(await hostClosed(page)).toBe(false);
    expect(stored(runtime)).toBeNull();
  });
});

describe('the monitoring part of the settings dialog', () => {
  it('shows monitoring off, the check at 07:00 in the spreadsheet’s time zone and no recipients, each labelled', async () => {
    const { page } = await openDialogWith({}, { on: false, turnedOnBy: null, timeZone: 'Europe/Lisbon' });
    const box = page.getByLabel('Daily monitoring', { exact: true });
    expect(await box.getAttribute('type')).toBe('checkbox');
    expect(await box.isChecked()).toBe(false);
    expect((await page.textContent('#monitoringState'))?.trim()).toBe('Off.');
    const hour = page.getByLabel('Time of the daily check (Europe/Lisbon)');
    expect(await hour.inputValue()).toBe('7');
    const options = await hour.locator('option').allTextContents();
    expect(options).toHaveLength(24);
    expect([options[0], options[7], options[23]]).toEqual(['00:00', '07:00', '23:00']);
    expect(await page.getByLabel('Send the alert email to').inputValue()).toBe('');
  });

  it('shows monitoring on, who turned it on, and the saved hour and recipients', async () => {
    const { page } = await openDialogWith(
      { monitoringHour: 18, alertRecipients: ['head.of.year@school.org', 'ana.costa@school.org'] },
      ON_BY_MARIA,
    );
    expect(await page.isChecked('#monitoringOn')).toBe(true);
    expect((await page.textContent('#monitoringState'))?.replace(/\s+/g, ' ').trim()).toBe(
      'On, turned on by maria.teacher@school.org.',
    );
    // Underscores of the time zone's name read as spaces.
    expect(
      await page.getByLabel('Time of the daily check (America/Argentina/Buenos Aires)').inputValue(),
    ).toBe('18');
    expect(await page.inputValue('#alertRecipients')).toBe('head.of.year@school.org\nana.costa@school.org');
  });

  it('says only "On." when it does not know who turned monitoring on', async () => {
    const { page } = await openDialogWith({}, { on: true, turnedOnBy: null, timeZone: 'Etc/UTC' });
    expect((await page.textContent('#monitoringState'))?.trim()).toBe('On.');
  });

  it('defaults to off, in Etc/GMT, when the caller says nothing of monitoring', async () => {
    const { page } = await openDialogWith({});
    expect(await page.isChecked('#monitoringOn')).toBe(false);
    expect(await page.getByLabel('Time of the daily check (Etc/GMT)').count()).toBe(1);
  });

  it('prints who turned it on and the time zone as text, never as markup', async () => {
    const { page } = await openDialogWith(
      {},
      { on: true, turnedOnBy: '<b id="injected">x</b>', timeZone: '"><img id="injected2">' },
    );
    expect(await page.locator('#injected, #injected2').count()).toBe(0);
    expect(await page.textContent('#monitoringState')).toContain('<b id="injected">x</b>');
    expect(await page.textContent('label[for="monitoringHour"]')).toContain('"><img id="injected2">');
  });

  it('saves and closes without touching monitoring when the box is left as it was', async () => {
    const { page, runtime, calls } = await openDialogWith({}, ON_BY_MARIA);
    await page.fill('#alertRecipients', 'a@school.org; b@school.org');
    await page.click('#save');
    await page.waitForFunction(() => (globalThis as unknown as { __hostClosed: boolean }).__hostClosed);
    expect(entryPoints(calls)).toEqual(['saveSettings']);
    expect(stored(runtime)).toMatchObject({ alertRecipients: ['a@school.org', 'b@school.org'] });
  });

  it('does nothing to monitoring when the box is ticked and unticked again', async () => {
    const { page, calls } = await openDialogWith({});
    await page.check('#monitoringOn');
    expect(await page.textContent('#monitoringChange')).toBe('Save to turn daily monitoring on.');
    await page.uncheck('#monitoringOn');
    expect(await page.textContent('#monitoringChange')).toBe('');
    await page.click('#save');
    await page.waitForFunction(() => (globalThis as unknown as { __hostClosed: boolean }).__hostClosed);
    expect(entryPoints(calls)).toEqual(['saveSettings']);
  });

  it('turns monitoring off after saving the settings when the box is unticked, and shows the answer', async () => {
    const { page, runtime, calls } = await openDialogWith({}, ON_BY_MARIA);
    await page.uncheck('#monitoringOn');
    expect(await page.textContent('#monitoringChange')).toBe('Save to turn daily monitoring off.');
    await page.selectOption('#monitoringHour', '6');
    await page.click('#save');
    await page.waitForSelector('#status:not(:empty)');
    expect(calls).toEqual([
      ['saveSettings', [expect.objectContaining({ monitoringHour: 6 })]],
      ['setDailyMonitoring', [false]],
    ]);
    expect(stored(runtime)).toMatchObject({ monitoringHour: 6 });
    expect(await page.textContent('#status')).toBe('Settings saved. Daily monitoring is off.');
    expect((await page.textContent('#monitoringState'))?.trim()).toBe('Off.');
    expect(await page.textContent('#monitoringChange')).toBe('');
    // The answer stays on screen until the teacher closes the dialog.
    expect(await hostClosed(page)).toBe(false);
    expect(await page.textContent('#cancel')).toBe('Close');
    // Saving again saves the settings only: monitoring is already off.
    await page.click('#save');
    await page.waitForFunction(() => (globalThis as unknown as { __hostClosed: boolean }).__hostClosed);
    expect(entryPoints(calls)).toEqual(['saveSettings', 'setDailyMonitoring', 'saveSettings']);
  });

  it('turns monitoring on when the box is ticked', async () => {
    const { page, calls } = await openDialogWith({});
    await page.check('#monitoringOn');
    await page.click('#save');
    await page.waitForSelector('#status:not(:empty)');
    expect(calls.map(([name, args]) => (name === 'setDailyMonitoring' ? args : name))).toEqual([
      'saveSettings',
      [true],
    ]);
    expect(await page.textContent('#status')).toBe('Settings saved. Daily monitoring is on.');
  });

  it('names the addresses it refuses, saves nothing and leaves monitoring alone', async () => {
    const { page, runtime, calls } = await openDialogWith({});
    await page.check('#monitoringOn');
    await page.fill('#alertRecipients', 'head.of.year@school.org\nx@\nana@school');
    await page.click('#save');
    await page.waitForSelector('#problems:not(:empty)');
    expect(await page.textContent('#problems')).toBe(
      'alertRecipients: "x@" is not an email address; it is left out.\n' +
        'alertRecipients: "ana@school" is not an email address; it is left out.',
    );
    expect(entryPoints(calls)).toEqual(['saveSettings']);
    expect(stored(runtime)).toBeNull();
    expect(await hostClosed(page)).toBe(false);
    expect(await page.isEnabled('#save')).toBe(true);
  });

  it('says the settings were saved but monitoring was not changed when turning it on fails', async () => {
    const { page, runtime } = await openDialogWith({}, undefined, () => {
      throw new Error('PassCompass could not set its daily trigger.');
    });
    await page.check('#monitoringOn');
    await page.click('#save');
    await page.waitForSelector('#problems:not(:empty)');
    expect(await page.textContent('#problems')).toMatch(
      /^Settings saved, but daily monitoring was not changed: .*PassCompass could not set its daily trigger\./,
    );
    expect(stored(runtime)).toMatchObject({ monitoringHour: 7 });
    expect(await hostClosed(page)).toBe(false);
    expect(await page.isEnabled('#save')).toBe(true);
  });
});
