/** Jest runs TypeScript through ts-jest (TypeScript 5.9: ts-jest needs the JavaScript compiler API that
 * TypeScript 7 no longer has). Type errors are the type check's job (`npm run typecheck`), so ts-jest only
 * transpiles here, which keeps the suite fast. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.node.json', diagnostics: false }],
  },
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/support/plain-summary-reporter.js'],
};
