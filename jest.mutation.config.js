/** Jest for mutation testing (`npm run mutation`, see stryker.config.mjs): only the add-on project's tests of
 * src/core, the suites that import the core's TypeScript directly. The bundle suites run dist/, which never
 * contains a mutant, so they would only slow every mutant down. ts-jest transpiles only, as in jest.config.js.
 * The suites can be narrowed or thinned by environment variables: see test/support/mutation-suites.js. */
const suites = require('./test/support/mutation-suites');

module.exports = {
  testTimeout: 60000,
  testEnvironment: 'node',
  roots: ['<rootDir>/test/core'],
  ...suites,
  setupFiles: ['<rootDir>/test/support/addon-install.js'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.node.json', diagnostics: false }],
  },
};
