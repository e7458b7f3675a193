import { largestEigenvalueOfGram, safeLearningRate } from '../../../src/core/model/step-size';

describe('the safe learning rate', () => {
  it('finds the largest eigenvalue of XᵀX/n', () => {
    // XᵀX/n for rows (1,0), (0,2) is diag(1, 4)/2, whose largest eigenvalue is 2 (by hand).
    expect(
      largestEigenvalueOfGram([
        [1, 0],
        [0, 2],
      ]),
    ).toBeCloseTo(2, 6);
    // XᵀX/3 for rows (1,2), (3,4), (5,7) is [[35,49],[49,69]]/3: trace 104/3, determinant 14/9, so
    // λmax = (trace + sqrt(trace² − 4·det)) / 2; python3 with plain math prints 34.62173663985325.
    expect(
      largestEigenvalueOfGram([
        [1, 2],
        [3, 4],
        [5, 7],
      ]),
    ).toBeCloseTo(34.62173663985325, 6);
  });

  it('is 4 / λmax, and unbounded for an empty or all-zero matrix', () => {
    expect(
      safeLearningRate([
        [1, 0],
        [0, 2],
      ]),
    ).toBeCloseTo(2, 6);
    expect(safeLearningRate([])).toBe(Number.POSITIVE_INFINITY);
    expect(safeLearningRate([[0, 0]])).toBe(Number.POSITIVE_INFINITY);
  });

  // Rows (1,0), (0,2): XᵀX/2 = A = diag(1/2, 2), and power iteration from (1,1)/√2 has the closed form
  // estimate_k = ‖Aᵏ1‖ / ‖Aᵏ⁻¹1‖ = sqrt((¼ᵏ + 4ᵏ) / (¼ᵏ⁻¹ + 4ᵏ⁻¹)). python3:
  //   import math; f = lambda k: math.sqrt((0.25**k + 4**k) / (0.25**(k-1) + 4**(k-1)))
  // gives f(1) = 1.4577379737113252 (= sqrt(17/8) by hand), f(2) = 1.94407092584244, and f(7) =
  // 1.999999944120648, the first k with |f(k) − f(k−1)| ≤ 1e-6 · f(k) (8.38e-7 against 2.0e-6; at k = 6 it is
  // 1.34e-5), where f(8) = 1.9999999965075403.
  const diagonal = [
    [1, 0],
    [0, 2],
  ];

  it('takes the given number of power-iteration steps from the unit all-ones vector', () => {
    expect(largestEigenvalueOfGram(diagonal, 1)).toBeCloseTo(1.4577379737113252, 12);
    expect(largestEigenvalueOfGram(diagonal, 2)).toBeCloseTo(1.94407092584244, 12);
    expect(largestEigenvalueOfGram(diagonal, 0)).toBe(0);
  });

  it('stops at the first step that moves the estimate by at most a millionth of itself', () => {
    expect(largestEigenvalueOfGram(diagonal)).toBeCloseTo(1.999999944120648, 12);
    expect(largestEigenvalueOfGram(diagonal, 7)).toBeCloseTo(1.999999944120648, 12);
    expect(largestEigenvalueOfGram(diagonal, 20)).toBeCloseTo(1.999999944120648, 12);
    // 4 / 1.999999944120648 = 2.0000000558793536 (python3).
    expect(safeLearningRate(diagonal)).toBeCloseTo(2.0000000558793536, 12);
  });

  it('is exactly 0 for an empty or all-zero matrix, whatever the iteration cap', () => {
    expect(largestEigenvalueOfGram([])).toBe(0);
    expect(largestEigenvalueOfGram([[]])).toBe(0);
    expect(
      largestEigenvalueOfGram([
        [0, 0],
        [0, 0],
      ]),
    ).toBe(0);
    expect(largestEigenvalueOfGram([[0, 0, 0]], 3)).toBe(0);
  });

  it("reads every row to the first row's length", () => {
    // A longer row's extra entries are ignored: the same matrix as `diagonal`.
    expect(
      largestEigenvalueOfGram([
        [1, 0],
        [0, 2, 5],
      ]),
    ).toBeCloseTo(1.999999944120648, 12);
    // A shorter row's missing entries count as 0: rows (1,0), (2,0), XᵀX/2 = diag(5/2, 0), λmax = 5/2
    // (by hand).
    expect(largestEigenvalueOfGram([[1, 0], [2]])).toBeCloseTo(2.5, 12);
  });

  it('puts no bound on the rate when the data hold NaN', () => {
    expect(largestEigenvalueOfGram([[Number.NaN, 1]])).toBeNaN();
    expect(safeLearningRate([[Number.NaN, 1]])).toBe(Number.POSITIVE_INFINITY);
  });
});
