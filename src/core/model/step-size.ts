/**
 * A learning rate that is safe for plain gradient descent on the mean logistic loss of a given feature
 * matrix. The gradient of that loss is Lipschitz with constant L = λmax(XᵀX / n) / 4 (the logistic curvature
 * is at most 1/4), and gradient descent with a step of at most 1/L decreases the loss at every step
 * (Nesterov, Introductory Lectures on Convex Optimization, 2004, §2.1.5). λmax comes from power iteration, so
 * no matrix library is needed.
 */

/**
 * The largest eigenvalue of XᵀX / n, by power iteration from the all-ones vector (deterministic), stopping
 * once the estimate moves by at most a millionth of itself. Each row is read to the first row's length (extra
 * entries are ignored, missing ones count as 0). Returns 0 for an empty or all-zero matrix.
 * O(iterations × n × p).
 */
export function largestEigenvalueOfGram(rows: readonly (readonly number[])[], iterations = 50): number {
  const n = rows.length;
  const p = rows[0]?.length ?? 0;
  const x = new Float64Array(n * p);
  rows.forEach((row, i) => x.set(row.slice(0, p), i * p));
  let vector = new Float64Array(p).fill(1 / Math.sqrt(p));
  const next = new Float64Array(p);
  let eigenvalue = 0;
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    next.fill(0);
    for (let i = 0, offset = 0; i < n; i += 1, offset += p) {
      let projection = 0;
      for (let j = 0; j < p; j += 1) {
        // Stryker disable next-line AssignmentOperator: subtracting every product negates projection and so next, whose norm (the estimate) is the same
        projection += (x[offset + j] as number) * (vector[j] as number);
      }
      // `!==` rather than `<`: the same loop, but a `<=` slip here would only write past the end of `next`,
      // which a typed array silently ignores.
      for (let j = 0; j !== p; j += 1) {
        const term = ((x[offset + j] as number) * projection) / n;
        // Stryker disable next-line ArithmeticOperator: subtracting every term negates next, whose norm (the estimate) is the same
        next[j] = (next[j] as number) + term;
      }
    }
    const norm = Math.sqrt(next.reduce((sum, value) => sum + value * value, 0));
    // An empty or all-zero matrix gives norm 0 at once, which counts as converged: λmax = 0.
    const converged = Math.abs(norm - eigenvalue) <= 1e-6 * norm;
    eigenvalue = norm;
    if (converged) break;
    vector = next.map((value) => value / norm);
  }
  return eigenvalue;
}

/** 1/L = 4 / λmax(XᵀX / n): the largest per-row learning rate that keeps every step a descent step. */
export function safeLearningRate(rows: readonly (readonly number[])[]): number {
  const eigenvalue = largestEigenvalueOfGram(rows);
  // λmax is never negative and 4 / 0 is +Infinity, so an empty or all-zero matrix puts no bound on the rate;
  // nor does NaN data (λmax NaN).
  return Number.isNaN(eigenvalue) ? Number.POSITIVE_INFINITY : 4 / eigenvalue;
}
