/**
 * Which suites a mutation run's Jest takes (jest.mutation.config.js, jest.mutation.jobs.config.js), from two
 * environment variables:
 * - PASSCOMPASS_MUTATION_TESTS (comma-separated globs, e.g. `**\/test/core/model/metrics.test.ts`) narrows the
 *   run to those suites: a quick lower bound for a file that slow suites also import.
 * - PASSCOMPASS_MUTATION_SKIP (comma-separated path regexes, e.g. `uci-quality,judged-by-`) leaves those suites
 *   out; a mutant they would have killed then counts as survived, so the score is again a lower bound.
 */
const only = process.env.PASSCOMPASS_MUTATION_TESTS;
const skip = process.env.PASSCOMPASS_MUTATION_SKIP;

module.exports = {
  testMatch: only ? only.split(',') : ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(skip ? skip.split(',') : [])],
};
