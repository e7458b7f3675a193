/**
 * Headless Chromium for tests of the add-on's HTML (dialogs, sidebar): Debian's browser, never a downloaded
 * one, with the flags this machine needs (no sandbox as root, no background network calls).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Browser tests need Debian's Chromium at ${CHROMIUM}: apt-get install chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * A stand-in for `google.script.run` and `google.script.host` inside the page. Calls are serialised to JSON
 * (as Apps Script does: no Dates, no functions) and handed to `window.callServer`, which the test exposes and
 * wires to the add-on's real entry points on the local runtime.
 */
const GOOGLE_SCRIPT_STUB = `
  window.__hostClosed = false;
  function runner(success, failure) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(fn, failure); };
        if (name === 'withFailureHandler') return function (fn) { return runner(success, fn); };
        return function () {
          var args = JSON.stringify(Array.prototype.slice.call(arguments));
          window.callServer(name, args).then(
            function (result) { if (success) success(result === undefined ? undefined : JSON.parse(result)); },
            function (error) { if (failure) failure(error); });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () { window.__hostClosed = true; } } } };
`;

/** `html` with the `google.script` stand-in placed first in its head, before any of the page's own scripts. */
export function withGoogleScriptStub(html: string): string {
  return html.replace(/<head>/i, `<head><script>${GOOGLE_SCRIPT_STUB}</script>`);
}
