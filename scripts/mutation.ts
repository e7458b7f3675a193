/**
 * `npm run mutation`: Stryker over src/core (stryker.config.mjs). Paths name the files to mutate instead, e.g.
 * `npm run mutation -- src/core/model/folds.ts`, or a folder (`src/core/drift`: every file in it); other arguments (`--force`, `--logLevel debug`) go to Stryker
 * as they are. A run on chosen files keeps its own incremental file and reports, so it never overwrites the
 * results of the whole core's run, and a rerun of the same file is quick.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { mutationRunName } from './mutation-name';

const args = process.argv.slice(2);
const isFolder = (arg: string) => fs.existsSync(arg) && fs.statSync(arg).isDirectory();
const isTarget = (arg: string) => !arg.startsWith('-') && (arg.endsWith('.ts') || isFolder(arg));
const targets = args.filter(isTarget);
const passOn = args.filter((arg) => !targets.includes(arg));
// A folder is mutated as the glob of its files; its name names the reports, so they stay short.
const files = targets.map((target) => (isFolder(target) ? `${target.replace(/\/+$/, '')}/**/*.ts` : target));

const strykerArgs = ['run', 'stryker.config.mjs'];
if (files.length > 0) {
  const name = mutationRunName(files);
  strykerArgs.push(
    '--mutate',
    files.join(','),
    '--incrementalFile',
    `reports/stryker-incremental/${name}.json`,
    // A sandbox of its own, so that runs on different files can go side by side.
    '--tempDirName',
    `.stryker-tmp/${name}`,
  );
  // The HTML and JSON reports' file names have no command-line flag; the config reads them from here.
  process.env.PASSCOMPASS_MUTATION_REPORT = `reports/mutation/${name}`;
}

const bin = path.join(
  path.dirname(require.resolve('@stryker-mutator/core/package.json')),
  'bin',
  'stryker.js',
);
const run = spawnSync(process.execPath, [bin, ...strykerArgs, ...passOn], {
  stdio: 'inherit',
  cwd: path.resolve(__dirname, '..'),
});
process.exit(run.status ?? 1);
