/** Jest for mutation testing (`npm run mutation`, see stryker.config.mjs): only the add-on project's tests of
 * src/core, the suites that import the core's TypeScript directly. The bundle suites run dist/, which never
 * contains a mutant, so they would only slow every mutant down. ts-jest transpiles only, as in jest.config.js.
 *
 * PASSCOMPASS_MUTATION_TESTS (comma-separated globs, e.g. `**\/test/core/model/metrics.test.ts`) narrows the run
 * to those suites: a quick lower bound for a file that the slow training suites also import. */
const only = process.env.PASSCOMPASS_MUTATION_TESTS;

module.exports = {
  testTimeout: 60000,
  testEnvironment: 'node',
  roots: ['<rootDir>/test/core'],
  testMatch: only ? only.split(',') : ['**/*.test.ts'],
  setupFiles: ['<rootDir>/test/support/addon-install.js'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.node.json', diagnostics: false }],
  },
};
