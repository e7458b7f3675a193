/**
 * The first step of `npm test`: the browser tests need Debian's Chromium at /usr/bin/chromium, so a machine
 * without it is told at once, with the command that installs it, rather than after minutes of other tests.
 */
'use strict';

const { existsSync } = require('node:fs');

const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  process.stderr.write(
    `npm test needs Debian's Chromium at ${CHROMIUM} for the browser tests (PassCompass never downloads a ` +
      'browser). Install it, then run npm test again:\n\n  sudo apt-get install -y chromium\n\n',
  );
  process.exit(1);
}
