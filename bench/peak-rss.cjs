/**
 * Preloaded (`node -r`) into the offline runner by bench/memory.ts: at exit, writes the process's peak resident
 * memory (worker threads included) to stderr, where the bench reads it.
 */
'use strict';

process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
