/**
 * Oracle: `ml-logistic-regression` 2.0.0 itself (its two-class `train`, as `classifiers[0]` of a saved model
 * hands it out). Our loop must give the very same doubles, compared with Object.is (so +0 and −0, and NaN
 * after a divergence, count too), at every checkpoint of one path.
 */
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import { gradientPath, startGradientWalk, toRowMajor } from '../../../src/core/model/gradient-path';
import { seededRandom } from '../../../src/core/random';

/** The library's weights after `numSteps` steps at `learningRate` (summed gradient). */
function libraryWeights(
  rows: number[][],
  labels: number[],
  numSteps: number,
  learningRate: number,
): number[] {
  const holder = LogisticRegression.load({
    name: 'LogisticRegression',
    numSteps,
    learningRate,
    numberClasses: 1,
    classifiers: [{ numSteps, learningRate, weights: null }],
  });
  const trainer = holder.classifiers[0];
  if (!trainer) throw new Error('no classifier');
  trainer.train(new Matrix(rows), Matrix.columnVector(labels));
  return trainer.weights?.to1DArray() ?? [];
}

/** A design with a ones column, mixed scales, exact zeros and negatives; labels of both classes. */
function aDesign(rows: number, columns: number, seed: number): { x: number[][]; y: number[] } {
  const random = seededRandom(seed);
  const x = Array.from({ length: rows }, () =>
    Array.from({ length: columns }, (_, k) => {
      if (k === 0) return 1;
      if (k % 5 === 3) return random() < 0.5 ? 0 : 1; // a 0/1 column, as one-hot levels are
      return (random() - 0.4) * 10 ** ((k % 3) - 1);
    }),
  );
  const y = x.map((_, i) => (i % 2 === 0 ? 1 : random() < 0.3 ? 1 : 0));
  return { x, y };
}

const sameDoubles = (ours: Float64Array, theirs: number[]) =>
  ours.length === theirs.length && Array.from(ours).every((value, k) => Object.is(value, theirs[k]));

describe('the gradient path', () => {
  const cases: [rows: number, columns: number, rate: number, checkpoints: number[]][] = [
    [1, 1, 0.5, [1, 2, 3]],
    [2, 3, 0.1, [1, 7]],
    [30, 4, 1 / 30, [1, 5, 10, 20]],
    [200, 12, 0.7 / 200, [5, 10, 20, 50]],
    [333, 47, 0.3 / 333, [1, 10, 100]],
    [150, 9, 5e-4, [3, 40]],
    // A rate far too large: the weights blow up, and must blow up the same way.
    [40, 6, 50, [1, 4, 30]],
  ];

  it.each(cases)(
    'equals the library bit for bit: %i rows × %i columns, rate %f, checkpoints %j',
    (rows, columns, rate, checkpoints) => {
      const { x, y } = aDesign(rows, columns, rows * 31 + columns);
      const path = gradientPath(toRowMajor(x), y, rate, checkpoints);
      expect(path).toHaveLength(checkpoints.length);
      checkpoints.forEach((steps, i) => {
        const theirs = libraryWeights(x, y, steps, rate);
        const ours = path[i] as Float64Array;
        expect(Array.from(ours)).toEqual(theirs);
        expect(sameDoubles(ours, theirs)).toBe(true);
      });
    },
  );

  it('gives at each checkpoint what a path ending there gives', () => {
    const { x, y } = aDesign(120, 8, 7);
    const design = toRowMajor(x);
    const [at5, at20, at60] = gradientPath(design, y, 0.01, [5, 20, 60]);
    expect(gradientPath(design, y, 0.01, [5])[0]).toEqual(at5);
    expect(gradientPath(design, y, 0.01, [20])[0]).toEqual(at20);
    expect(gradientPath(design, y, 0.01, [60])[0]).toEqual(at60);
  });

  it('throws RangeError for checkpoints that are not ascending whole numbers ≥ 1, or mismatched labels', () => {
    const { x, y } = aDesign(10, 3, 1);
    const design = toRowMajor(x);
    expect(() => gradientPath(design, y, 0.1, [0, 5])).toThrow(RangeError);
    expect(() => gradientPath(design, y, 0.1, [10, 5])).toThrow(RangeError);
    expect(() => gradientPath(design, y, 0.1, [5, 5])).toThrow(RangeError);
    expect(() => gradientPath(design, y, 0.1, [2.5])).toThrow(RangeError);
    expect(() => gradientPath(design, y.slice(1), 0.1, [5])).toThrow(RangeError);
    expect(() => toRowMajor([[1, 2], [3]])).toThrow(RangeError);
  });

  it('says what is wrong with the checkpoints, labels or rows', () => {
    const { x, y } = aDesign(10, 3, 1);
    const design = toRowMajor(x);
    expect(() => gradientPath(design, y, 0.1, [10, 5])).toThrow(
      'Checkpoints must be ascending whole numbers of at least 1: 10, 5.',
    );
    expect(() => gradientPath(design, y, 0.1, [0])).toThrow(
      'Checkpoints must be ascending whole numbers of at least 1: 0.',
    );
    expect(() => gradientPath(design, y.slice(1), 0.1, [5])).toThrow('10 rows but 9 labels.');
    expect(() => toRowMajor([[1, 2], [3]])).toThrow('Rows have 1 and 2 columns.');
  });

  it('accepts any ascending whole checkpoints from 1, the first included', () => {
    const { x, y } = aDesign(10, 3, 1);
    const design = toRowMajor(x);
    expect(gradientPath(design, y, 0.1, [1])).toHaveLength(1);
    expect(gradientPath(design, y, 0.1, [7, 8, 20])).toHaveLength(3);
  });

  it('walks on step by step, and stays put when asked for the steps already taken', () => {
    // One row (1) with label 1 at rate 0.5: the first step has score 0, p = 1/2, gradient 1/2, so w = 0.25
    // (by hand).
    const walk = startGradientWalk(toRowMajor([[1]]), [1], 0.5);
    expect(walk.steps()).toBe(0);
    expect(Array.from(walk.advanceTo(0))).toEqual([0]);
    expect(Array.from(walk.advanceTo(1))).toEqual([0.25]);
    expect(walk.steps()).toBe(1);
    expect(Array.from(walk.advanceTo(1))).toEqual([0.25]);
    expect(walk.steps()).toBe(1);
    const theirs = libraryWeights([[1]], [1], 3, 0.5);
    expect(Array.from(walk.advanceTo(3))).toEqual(theirs);
    expect(walk.steps()).toBe(3);
    expect(() => walk.advanceTo(2)).toThrow(new RangeError('Cannot advance from 3 steps to 2.'));
    expect(() => walk.advanceTo(3.5)).toThrow(new RangeError('Cannot advance from 3 steps to 3.5.'));
    expect(walk.steps()).toBe(3);
  });

  it('returns nothing for no checkpoints', () => {
    const { x, y } = aDesign(10, 3, 1);
    expect(gradientPath(toRowMajor(x), y, 0.1, [])).toEqual([]);
  });
});
