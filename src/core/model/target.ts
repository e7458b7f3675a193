/**
 * The target the model learns: a student fails a course when the final grade G3 is below the pass mark (10 of
 * 20 in Portugal, the UCI data's setting). Label 1 is fail, 0 is pass, everywhere in the model core.
 */
import { FINAL_GRADE, type StudentRecord } from '../data/dictionary';
import { numericValue } from './feature-value';
import { TrainingDataError } from './training-data-error';

export const DEFAULT_PASS_MARK = 10;

/**
 * 1 where G3 < `passMark`, else 0, one label per record. Throws `RangeError` for a pass mark outside (0, 20],
 * `TrainingDataError` ('missing-target', with the row) for a blank G3, `TypeError` for text that is not a
 * number.
 */
export function failLabels(records: readonly StudentRecord[], passMark = DEFAULT_PASS_MARK): number[] {
  if (!(passMark > 0 && passMark <= 20))
    throw new RangeError(`The pass mark must be in (0, 20], not ${passMark}.`);
  return records.map((record, row) => {
    const grade = numericValue(record, FINAL_GRADE, row);
    if (grade === null) {
      throw new TrainingDataError(
        'missing-target',
        `Row ${row + 1} has no final grade (${FINAL_GRADE}).`,
        row,
      );
    }
    return grade < passMark ? 1 : 0;
  });
}
