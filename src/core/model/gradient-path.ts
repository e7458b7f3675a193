/**
 * Plain gradient ascent on the logistic log-likelihood from zero weights, the fitting the add-on uses. It is
 * `ml-logistic-regression` 2.0.0's two-class `train` redone on flat Float64Arrays: the library builds four
 * matrices and a transpose of the whole data every step, which is most of its time. Every floating-point
 * operation is the library's, in the library's order, so the weights are the same numbers bit for bit (a test
 * compares them with the library's `classifiers[0]` for several shapes, rates and step counts):
 *
 *   s_i = Σ_k x_ik · w_k        (k ascending, from s = 0: ml-matrix `mmul`)
 *   p_i = 1 / (1 + exp(−s_i))
 *   e_i = (−p_i) + y_i
 *   g_k = Σ_i x_ik · e_i        (i ascending, from 0: `mmul` of the transpose)
 *   w_k = w_k + g_k · rate
 *
 * Gradient descent from zero passes through every smaller step count on its way, so the weights after 5, 10,
 * 20, … steps are checkpoints of one run: tuning the step count over a grid costs one fit to the largest
 * candidate, not one fit per candidate.
 */

/** A design matrix stored row by row: entry (i, k) is `values[i * columns + k]`. */
export interface RowMajorMatrix {
  readonly rows: number;
  readonly columns: number;
  readonly values: Float64Array;
}

/** `rows` (equal lengths) as a row-major matrix. Throws `RangeError` for ragged rows. */
export function toRowMajor(rows: readonly (readonly number[])[]): RowMajorMatrix {
  const columns = rows[0]?.length ?? 0;
  const values = new Float64Array(rows.length * columns);
  rows.forEach((row, i) => {
    if (row.length !== columns) throw new RangeError(`Rows have ${row.length} and ${columns} columns.`);
    values.set(row, i * columns);
  });
  return { rows: rows.length, columns, values };
}

/** Gradient ascent in progress: its step count so far, and a way to carry it on. */
export interface GradientWalk {
  /** Steps taken so far. */
  readonly steps: () => number;
  /**
   * Takes steps until `steps` have been taken in all and returns a copy of the weights. Throws `RangeError`
   * when `steps` is not a whole number or fewer than already taken.
   */
  readonly advanceTo: (steps: number) => Float64Array;
}

/**
 * Starts gradient ascent from zero weights on `design` and 0/1 `labels`, with a summed gradient and a fixed
 * `rate` (the library's update, see the module comment). Each step costs 2 n p multiply-adds in one pass over
 * the data, with no allocation. Throws `RangeError` for mismatched labels.
 */
export function startGradientWalk(
  design: RowMajorMatrix,
  labels: ArrayLike<number>,
  rate: number,
): GradientWalk {
  const { rows: n, columns: p, values: x } = design;
  if (labels.length !== n) throw new RangeError(`${n} rows but ${labels.length} labels.`);
  const y = Float64Array.from(labels);
  const weights = new Float64Array(p);
  const gradient = new Float64Array(p);
  let taken = 0;
  const step = () => {
    gradient.fill(0);
    for (let i = 0, offset = 0; i < n; i += 1, offset += p) {
      let score = 0;
      for (let k = 0; k < p; k += 1) score += (x[offset + k] as number) * (weights[k] as number);
      const error = -(1 / (1 + Math.exp(-score))) + (y[i] as number);
      // Row by row into every g_k: each sum still runs over i in ascending order, as the library's does.
      // `!==` rather than `<` here and below: the same loops, but a `<=` slip would only write past the end
      // of `gradient` or `weights`, which a typed array silently ignores.
      for (let k = 0; k !== p; k += 1)
        gradient[k] = (gradient[k] as number) + (x[offset + k] as number) * error;
    }
    for (let k = 0; k !== p; k += 1) weights[k] = (weights[k] as number) + (gradient[k] as number) * rate;
    taken += 1;
  };
  return {
    steps: () => taken,
    advanceTo(steps: number) {
      if (!Number.isInteger(steps) || steps < taken) {
        throw new RangeError(`Cannot advance from ${taken} steps to ${steps}.`);
      }
      while (taken < steps) step();
      return weights.slice();
    },
  };
}

/**
 * The weights after each of `checkpoints` steps (ascending, distinct whole numbers ≥ 1) of one walk from zero
 * (`startGradientWalk`), one Float64Array of `design.columns` weights per checkpoint, in the order given.
 * Cost: max(checkpoints) × 2 n p multiply-adds. Throws `RangeError` for mismatched labels or bad checkpoints.
 */
export function gradientPath(
  design: RowMajorMatrix,
  labels: ArrayLike<number>,
  rate: number,
  checkpoints: readonly number[],
): Float64Array[] {
  checkpoints.forEach((steps, i) => {
    // Each above the one before it, the first above 0.
    if (!Number.isInteger(steps) || steps <= (checkpoints[i - 1] ?? 0)) {
      throw new RangeError(
        `Checkpoints must be ascending whole numbers of at least 1: ${checkpoints.join(', ')}.`,
      );
    }
  });
  const walk = startGradientWalk(design, labels, rate);
  return checkpoints.map((steps) => walk.advanceTo(steps));
}
