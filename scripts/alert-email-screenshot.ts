/**
 * `npx tsx scripts/alert-email-screenshot.ts <alert.html> <out.png>`: renders an alert email's HTML in
 * Debian's Chromium at 800 px wide (about a desktop mail client's reading pane) and saves a full-page
 * screenshot, to review how an alert reads. With `--sample` first, it writes the HTML of a typical alert (drift
 * and data-quality problems, from the test builder's representative facts) to `<alert.html>` before taking it.
 * External requests are blocked, as a mail client blocks them; the number attempted is printed.
 */
import { writeFileSync } from 'node:fs';
import { renderAlertEmail } from '../src/core/alerts/render-alert';
import { sampleAlertFacts } from '../test/core/alerts/alert-facts-builder';
import { screenshotHtml } from './screenshot-html';

const WIDTH = 800;

async function main(argv: readonly string[]): Promise<void> {
  const sample = argv[0] === '--sample';
  const [htmlPath, pngPath] = sample ? argv.slice(1) : argv;
  if (!htmlPath || !pngPath) {
    console.error('usage: npx tsx scripts/alert-email-screenshot.ts [--sample] <alert.html> <out.png>');
    process.exit(2);
  }
  if (sample) {
    const email = renderAlertEmail(sampleAlertFacts());
    writeFileSync(htmlPath, email.htmlBody);
    console.log(`Wrote ${htmlPath}: "${email.subject}", ${email.htmlBody.length} characters.`);
  }
  const external = await screenshotHtml(htmlPath, pngPath, WIDTH);
  console.log(`Saved ${pngPath} (${WIDTH} px wide); ${external} external requests blocked.`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
