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
});
