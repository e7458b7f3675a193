#!/usr/bin/env node
/**
 * The `passcompass` command (the offline runner). The runner is TypeScript, like the rest of the repository, so
 * this launcher registers tsx's CommonJS loader, which compiles it on the fly (no build step), then runs it with
 * the real process's arguments and streams. See `src/local/cli/main.ts` and the README's "Offline runner".
 */
'use strict';

require('tsx/cjs');
const { processIo, runCli } = require('../src/local/cli/main.ts');

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // runCli reports every error itself; this only guards against a failure in the launcher's own wiring.
    console.error(error);
    process.exitCode = 3;
  },
);
