import type { Browser, Page } from 'playwright-core';
import { type AlertEmail, renderAlertEmail } from '../../src/core/alerts/render-alert';
import { anAlert, sampleAlertFacts } from '../core/alerts/alert-facts-builder';
import { launchChromium } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface OpenedEmail {
  readonly page: Page;
  /** URLs the page asked for, other than `data:` and `about:`. */
  readonly external: string[];
  /** Messages of any `alert()` the page raised. */
  readonly dialogs: string[];
}

/**
 * Opens `htmlBody` in a page `width` px wide, recording outside requests (then refusing them, so the test never
 * touches the network) and dialogs.
 */
async function openHtml(htmlBody: string, width = 800): Promise<OpenedEmail> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const external: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => {
    if (!/^(data|about):/.test(request.url())) external.push(request.url());
  });
  await page.route(/^(?!data:|about:)/, (route) => route.abort());
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setContent(htmlBody, { waitUntil: 'load' });
  return { page, external, dialogs };
}

const openEmail = (email: AlertEmail, width?: number) => openHtml(email.htmlBody, width);

describe('the alert email in Chromium', () => {
  it('sees an outside request when there is one (the control for the checks below)', async () => {
    const { page, external } = await openHtml('<p>x</p><img src="https://images.example/logo.png">');
    expect(external).toEqual(['https://images.example/logo.png']);
    await page.close();
  });

  it('shows the heading, the context and the figures tables, and requests nothing from outside', async () => {
    const email = renderAlertEmail(sampleAlertFacts());
    const { page, external } = await openEmail(email);
    expect(await page.title()).toBe('PassCompass: problems in the imported data, and 1 more');
    const heading = page.locator('h1');
    expect(await heading.isVisible()).toBe(true);
    expect(await heading.textContent()).toContain('Problems in the imported data, and 1 more');
    const drift = page.getByRole('table', { name: 'Drift figures' });
    expect(await drift.isVisible()).toBe(true);
    expect(await drift.locator('tr', { hasText: 'Columns that changed' }).first().innerText()).toMatch(
      /^Columns that changed\s+9 \(50%\)$/,
    );
    const quality = page.getByRole('table', { name: 'Data-quality problems' });
    expect(await quality.locator('tbody tr').count()).toBe(4);
    expect(await quality.locator('tbody tr').first().innerText()).toMatch(
      /^absences\s+left blank more often than in training\s+41 cells$/,
    );
    expect(await page.locator('a', { hasText: 'Open the spreadsheet' }).getAttribute('href')).toMatch(
      /^https:\/\/docs\.google\.com\/spreadsheets\//,
    );
    expect(external).toEqual([]);
    await page.close();
  });

  it('reads on a phone: nothing wider than a 375 px screen', async () => {
    const email = renderAlertEmail(anAlert().withDataQuality().withDrift().withAccuracy().build());
    const { page, external } = await openEmail(email, 375);
    const widths = await page.evaluate(() => {
      const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
        .document;
      return root.documentElement.scrollWidth;
    });
    expect(widths).toBeLessThanOrEqual(375);
    expect(await page.locator('caption', { hasText: 'Realised accuracy' }).isVisible()).toBe(true);
    expect(external).toEqual([]);
    await page.close();
  });

  it('shows markup in the facts as text: no script runs, no image or frame loads', async () => {
    const email = renderAlertEmail(
      anAlert()
        .withSpreadsheet('<script>alert("pwned")</script>')
        .withDrift({ topColumns: ['<img src="https://evil.example/x.png" onerror="alert(1)">'] })
        .withDataQuality([
          { kind: 'blank', column: '<iframe src="https://evil.example"></iframe>', count: 2 },
        ])
        .build(),
    );
    const { page, external, dialogs } = await openEmail(email);
    expect(await page.locator('script, img, iframe').count()).toBe(0);
    expect(await page.getByText('<script>alert("pwned")</script>').isVisible()).toBe(true);
    expect(dialogs).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });
});
