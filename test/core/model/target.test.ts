import { failLabels } from '../../../src/core/model/target';
import { TrainingDataError } from '../../../src/core/model/training-data-error';
import { loadUciCourse } from '../../support/uci';

describe('the fail target', () => {
  it('is 1 below the pass mark and 0 from it', () => {
    expect(failLabels([{ G3: 9 }, { G3: 10 }, { G3: 0 }, { G3: '15' }])).toEqual([1, 0, 1, 0]);
    expect(failLabels([{ G3: 11 }, { G3: 12 }], 12)).toEqual([1, 0]);
  });

  it('accepts the top of the scale, 20, as a pass mark', () => {
    expect(failLabels([{ G3: 19 }, { G3: 20 }, { G3: 19.5 }], 20)).toEqual([1, 0, 1]);
  });

  it('matches the published pass counts: Math 265 of 395, Portuguese 549 of 649', () => {
    const passes = (labels: number[]) => labels.filter((label) => label === 0).length;
    expect(passes(failLabels(loadUciCourse('math')))).toBe(265);
    expect(passes(failLabels(loadUciCourse('portuguese')))).toBe(549);
  });

  it('throws TrainingDataError naming the row when G3 is blank', () => {
    expect(() => failLabels([{ G3: 12 }, { G3: null }])).toThrow(TrainingDataError);
    try {
      failLabels([{ G3: 12 }, { G3: null }]);
    } catch (error) {
      expect(error).toMatchObject({ problem: 'missing-target', recordIndex: 1 });
    }
    expect.assertions(2);
  });

  it('says which 1-based row has no final grade', () => {
    expect(() => failLabels([{ G3: 12 }, { G3: 8 }, { G3: '  ' }])).toThrow(
      new TrainingDataError('missing-target', 'Row 3 has no final grade (G3).'),
    );
    expect(() => failLabels([{}])).toThrow('Row 1 has no final grade (G3).');
  });

  it('throws RangeError for a pass mark outside (0, 20]', () => {
    expect(() => failLabels([], 0)).toThrow(RangeError);
    expect(() => failLabels([], 21)).toThrow(RangeError);
    expect(() => failLabels([], 20.5)).toThrow(new RangeError('The pass mark must be in (0, 20], not 20.5.'));
    expect(() => failLabels([], -1)).toThrow(new RangeError('The pass mark must be in (0, 20], not -1.'));
    expect(() => failLabels([], Number.NaN)).toThrow(
      new RangeError('The pass mark must be in (0, 20], not NaN.'),
    );
  });

  it('gives no labels for no rows', () => {
    expect(failLabels([])).toEqual([]);
  });
});
