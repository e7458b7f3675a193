/**
 * Types for ml-logistic-regression 2.0.0, which ships none; only what `logistic.ts` uses. The library is
 * plain batch gradient ascent without an intercept; with two classes it trains one classifier per class, and
 * `classifiers[0].testScores(X)` is P(label ≠ 0).
 */
declare module 'ml-logistic-regression' {
  import type { Matrix } from 'ml-matrix';

  interface TwoClassClassifier {
    /** 1 × p row of weights, after `train`. */
    weights: Matrix | null;
    /** Gradient ascent from zero weights on 0/1 `target` (a column vector). */
    train(features: Matrix, target: Matrix): void;
    /** P(target = 1) for each row. */
    testScores(features: Matrix): number[];
  }

  /** The serialised form `load` reads (what `toJSON` writes). */
  interface SavedLogisticRegression {
    name: 'LogisticRegression';
    numSteps?: number;
    learningRate?: number;
    numberClasses: number;
    classifiers: { numSteps?: number; learningRate?: number; weights: number[][] | null }[];
  }

  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    numberClasses: number;
    classifiers: TwoClassClassifier[];
    train(features: Matrix, target: Matrix): void;
    predict(features: Matrix): number[];
    static load(model: SavedLogisticRegression): LogisticRegression;
  }
}
