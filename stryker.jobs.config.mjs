// @ts-check
import base from './stryker.config.mjs';

/** Mutation testing of src/jobs, the use cases (`npm run mutation:jobs`; one file with
 * `npm run mutation:jobs -- --mutate src/jobs/summary.ts`). The core's settings (stryker.config.mjs) with the
 * jobs' own files, Jest config, type check, incremental file, reports and sandbox, so it can run beside the
 * core's run without either overwriting the other's results. Not part of `npm test`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  ...base,
  mutate: ['src/jobs/**/*.ts'],
  jest: { ...base.jest, configFile: 'jest.mutation.jobs.config.js' },
  // The core's tsconfig.mutation.json compiles src/core alone, so it would not type-check a mutant in src/jobs.
  tsconfigFile: 'tsconfig.mutation.jobs.json',
  incrementalFile: 'reports/stryker-incremental-jobs.json',
  tempDirName: '.stryker-tmp/jobs',
  htmlReporter: { fileName: 'reports/mutation/jobs.html' },
  jsonReporter: { fileName: 'reports/mutation/jobs.json' },
};

export default config;
