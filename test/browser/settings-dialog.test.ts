import type { Browser, Page } from 'playwright-core';
import { startAddOn } from '../../src/local/bundle';
import { launchChromium, withGoogleScriptStub } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens Settings… through the bundle and loads the dialog it shows into a page wired to the add-on. */
async function openSettingsDialog(): Promise<{
  page: Page;
  runtime: ReturnType<typeof startAddOn>['runtime'];
}> {
  const { runtime, addOn } = startAddOn();
  addOn.call('showSettings');
  const html = runtime.ui.dialogs[0]?.text ?? '';
  const page = await browser.newPage();
  await page.exposeFunction('callServer', (name: string, args: string) =>
    JSON.stringify(addOn.call(name, ...(JSON.parse(args) as unknown[]))),
  );
  await page.setContent(withGoogleScriptStub(html));
  return { page, runtime };
}

const stored = (runtime: ReturnType<typeof startAddOn>['runtime']) =>
  JSON.parse(
    runtime.PropertiesService.getDocumentProperties()?.getProperty('passcompass.settings') ?? 'null',
  ) as unknown;

describe('the settings dialog in Chromium', () => {
  it('shows the defaults, saves what the data lead types, and closes', async () => {
    const { page, runtime } = await openSettingsDialog();
    expect(await page.inputValue('#passMark')).toBe('10');
    expect(await page.inputValue('#mode')).toBe('auto');
    await page.fill('#passMark', '12');
    await page.selectOption('#mode', 'early');
    await page.fill('#capacity', '40');
    expect(await page.inputValue('#highFrom')).toBe('50');
    await page.selectOption('#tierRule', 'thresholds');
    await page.fill('#highFrom', '60');
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
    });
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
    expect(await page.evaluate(() => (globalThis as unknown as { __hostClosed: boolean }).__hostClosed)).toBe(
      false,
    );
    expect(stored(runtime)).toBeNull();
  });
});
