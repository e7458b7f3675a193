/** Jest for mutation testing of src/jobs (`npm run mutation:jobs`, see stryker.jobs.config.mjs): the suites that
 * import the jobs' TypeScript directly. test/jobs tests the use cases; test/core too, since a few of its suites
 * run jobs (monitoring's inspect, scoring's scoreBlock) through test/support/fresh-rosters.ts. Left out: the
 * bundle, CLI and corpus suites, which run dist/ or spawn the CLI and so never see a mutant, and test/sheets and
 * test/ci, which take only types and header constants from src/jobs. ts-jest transpiles only, as in
 * jest.config.js. The suites can be narrowed or thinned as for the core: see test/support/mutation-suites.js. */
const suites = require('./test/support/mutation-suites');

module.exports = {
  testTimeout: 60000,
  testEnvironment: 'node',
  roots: ['<rootDir>/test/jobs', '<rootDir>/test/core'],
  ...suites,
  setupFiles: ['<rootDir>/test/support/addon-install.js'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.node.json', diagnostics: false }],
  },
};
