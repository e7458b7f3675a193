/**
 * The error thrown when the rows given for training cannot produce a model or an honest evaluation: no rows,
 * only one outcome (everybody passed), no usable feature, too few rows or students for the requested folds,
 * or a missing final grade. It is a `DataError` (the data, not the code, is at fault), with a
 * machine-readable `problem` so that `src/ui` can word it for the situation; the message itself is already
 * plain English.
 */
import { DataError } from '../errors';

export type TrainingProblem = 'no-rows' | 'one-class' | 'no-features' | 'too-few-rows' | 'missing-target';

export class TrainingDataError extends DataError {
  constructor(
    readonly problem: TrainingProblem,
    message: string,
    /** The 0-based index, in the records given, of the record to blame, when one is. */
    readonly recordIndex?: number,
  ) {
    super(message);
    this.name = 'TrainingDataError';
  }
}

/**
 * Throws `RangeError` unless every label is 0 or 1, and `TrainingDataError` for no rows or a single class.
 */
export function assertTrainableLabels(labels: readonly number[]): void {
  if (labels.length === 0)
    throw new TrainingDataError(
      'no-rows',
      'No student has a final grade (G3) to learn from: training needs rows whose final grade is known, such as last year’s class.',
    );
  let failures = 0;
  labels.forEach((label, i) => {
    if (label !== 0 && label !== 1) throw new RangeError(`Label ${i} is ${label}; labels must be 0 or 1.`);
    failures += label;
  });
  if (failures === 0 || failures === labels.length) {
    const outcome = failures === 0 ? 'passed' : 'failed';
    throw new TrainingDataError(
      'one-class',
      `Every one of the ${labels.length} students ${outcome}, ` +
        'so there is nothing to learn the difference from.',
    );
  }
}
