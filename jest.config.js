/** Jest runs TypeScript through ts-jest (TypeScript 5.9: ts-jest needs the JavaScript compiler API that
 * TypeScript 7 no longer has). Type errors are the type check's job (`npm run typecheck`), so ts-jest only
 * transpiles here, which keeps the suite fast.
 *
 * Two projects: every test, on runtimes installed as a Marketplace add-on unless a test names the mode; and the
 * bundle suites that drive menus and dialogs without naming a mode, again as a script bound to the spreadsheet,
 * so every bundle test that involves triggers or dialogs runs in both install modes (the background, monitoring
 * and install-mode suites name both themselves). */
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.node.json', diagnostics: false }],
};

/** Bundle suites with dialogs or triggers that run in the default install mode. */
const DIALOG_SUITES = [
  'train',
  'train-bad-input',
  'score',
  'score-scale',
  'load-sample',
  'settings',
  'hardening',
  'ownership',
  'menu',
  'model-card',
];

module.exports = {
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/support/plain-summary-reporter.js'],
  projects: [
    {
      displayName: 'add-on',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/addon-install.js'],
      transform,
    },
    {
      displayName: 'bound',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/bundle'],
      testMatch: DIALOG_SUITES.map((name) => `**/test/bundle/${name}.test.ts`),
      setupFiles: ['<rootDir>/test/support/bound-install.js'],
      transform,
    },
  ],
};
