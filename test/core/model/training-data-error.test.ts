import { DataError } from '../../../src/core/errors';
import { TrainingDataError, assertTrainableLabels } from '../../../src/core/model/training-data-error';

describe('the labels training can learn from', () => {
  const thrown = (labels: number[]): unknown => {
    try {
      assertTrainableLabels(labels);
      return 'none';
    } catch (error) {
      return error;
    }
  };

  it('accepts both outcomes, in any proportion', () => {
    expect(thrown([0, 1])).toBe('none');
    expect(thrown([1, 1, 1, 0])).toBe('none');
    expect(thrown([0, 0, 0, 1])).toBe('none');
  });

  it('says that no student has a final grade when there are no labels', () => {
    const error = thrown([]);
    expect(error).toBeInstanceOf(TrainingDataError);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({
      name: 'TrainingDataError',
      problem: 'no-rows',
      recordIndex: undefined,
      message:
        'No student has a final grade (G3) to learn from: training needs rows whose final grade is known, ' +
        'such as last year’s class.',
    });
  });

  it('says how many students all passed when nobody failed', () => {
    expect(thrown([0, 0, 0])).toMatchObject({
      problem: 'one-class',
      message: 'Every one of the 3 students passed, so there is nothing to learn the difference from.',
    });
  });

  it('says how many students all failed when nobody passed', () => {
    const error = thrown([1, 1]);
    expect(error).toBeInstanceOf(TrainingDataError);
    expect(error).toMatchObject({
      problem: 'one-class',
      message: 'Every one of the 2 students failed, so there is nothing to learn the difference from.',
    });
  });

  it('throws RangeError naming the first label that is neither 0 nor 1', () => {
    expect(() => assertTrainableLabels([0, 1, 2, 1])).toThrow(
      new RangeError('Label 2 is 2; labels must be 0 or 1.'),
    );
    expect(() => assertTrainableLabels([0, 1, 0.5])).toThrow(
      new RangeError('Label 2 is 0.5; labels must be 0 or 1.'),
    );
    expect(() => assertTrainableLabels([0, -1, 1])).toThrow(RangeError);
  });
});
