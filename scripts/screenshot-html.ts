/**
 * Renders an HTML file in Debian's Chromium at a given width and saves a full-page screenshot, with every
 * external request blocked (as a mail client blocks them). Shared by the alert-email script and the demo.
 */
import { readFileSync } from 'node:fs';
import { launchChromium } from '../test/browser/chromium';

/** Saves the screenshot of `htmlPath` to `pngPath`; returns how many external requests were blocked. */
export async function screenshotHtml(htmlPath: string, pngPath: string, width = 800): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width, height: 600 } });
    let external = 0;
    await page.route('**/*', (route) => {
      external += 1;
      return route.abort();
    });
    await page.setContent(readFileSync(htmlPath, 'utf8'), { waitUntil: 'load' });
    await page.screenshot({ path: pngPath, fullPage: true });
    return external;
  } finally {
    await browser.close();
  }
}
