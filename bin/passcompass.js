#!/usr/bin/env node
/**
 * The `passcompass` command (the offline runner). The runner is TypeScript, like the rest of the repository, so
 * this launcher registers tsx's CommonJS loader, which compiles it on the fly (no build step), then runs it with
 * the real process's arguments and streams. See `src/local/cli/main.ts` and the README's "Offline runner".
 *
 * Memory: the runner runs in a worker thread whose JavaScript heap is limited to `HEAP_LIMIT_MB`. Left alone,
 * V8 lets garbage pile up to a quarter of the machine's memory before collecting it hard (4 GB peaks at 100,000
 * students, for a program that needs under 1 GB); the limit makes it collect sooner. A run that truly needs more
 * (a very large .xlsx workbook, which exceljs reads whole) runs out of memory in the worker without harm, since
 * nothing is saved before the end, and is run again here without the limit, saying so.
 */
'use strict';

const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');

const HEAP_LIMIT_MB = Number(process.env.PASSCOMPASS_HEAP_LIMIT_MB) || 1024;

function runHere(argv) {
  require('tsx/cjs');
  const { processIo, runCli } = require('../src/local/cli/main.ts');
  return runCli(argv, processIo());
}

if (!isMainThread) {
  runHere(workerData.argv).then(
    (code) => parentPort.postMessage({ code }),
    (error) => parentPort.postMessage({ code: 3, error: String(error && error.stack ? error.stack : error) }),
  );
} else {
  const argv = process.argv.slice(2);
  const finish = (code) => {
    process.exitCode = code;
  };
  // runCli reports every error itself; this only guards against a failure in the launcher's own wiring.
  const wiringFailed = (error) => {
    console.error(error);
    process.exitCode = 3;
  };
  const worker = new Worker(__filename, {
    argv,
    workerData: { argv },
    resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
  });
  let result = null;
  worker.on('message', (message) => {
    result = message;
  });
  worker.on('error', (error) => {
    if (error && error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      process.stderr.write(
        `passcompass: this run needs more than ${HEAP_LIMIT_MB} MB of memory; running it again without that ` +
          'limit (nothing was saved by the first attempt).\n',
      );
      result = 'retry';
      return;
    }
    wiringFailed(error);
  });
  worker.on('exit', () => {
    if (result === 'retry') runHere(argv).then(finish, wiringFailed);
    else if (result && result.error) wiringFailed(result.error);
    else if (result) finish(result.code);
    else if (process.exitCode === undefined) wiringFailed(new Error('the runner stopped without a result'));
  });
}
