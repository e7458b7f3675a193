/** Jest for mutation testing (`npm run mutation`, see stryker.config.mjs): only the add-on project's tests of
 * src/core, the suites that import the core's TypeScript directly. The bundle suites run dist/, which never
 * contains a mutant, so they would only slow every mutant down. ts-jest transpiles only, as in jest.config.js.
 *
 * PASSCOMPASS_MUTATION_TESTS (comma-separated globs, e.g. `**\/test/core/model/metrics.test.ts`) narrows the run
 * to those suites: a quick lower bound for a file that the slow training suites also import.
 *
 * PASSCOMPASS_MUTATION_SKIP (comma-separated path regexes, e.g. `uci-quality,judged-by-`) leaves those suites
 * out: the whole core's run without the suites that train on UCI takes about an hour instead of a day, and its
 * scores are lower bounds, since a mutant those suites would kill counts as survived. */
const only = process.env.PASSCOMPASS_MUTATION_TESTS;
const skip = process.env.PASSCOMPASS_MUTATION_SKIP;

module.exports = {
  testTimeout: 60000,
  testEnvironment: 'node',
  roots: ['<rootDir>/test/core'],
  testMatch: only ? only.split(',') : ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(skip ? skip.split(',') : [])],
  setupFiles: ['<rootDir>/test/support/addon-install.js'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.node.json', diagnostics: false }],
  },
};
