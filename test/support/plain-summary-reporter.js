/**
 * A jest reporter that ends the run with one plain line, `jest: N passed, N failed`, which CI reads as the
 * count of tests run (jest's own summary line has a different shape).
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(
      `\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`,
    );
  }
}

module.exports = PlainSummaryReporter;
