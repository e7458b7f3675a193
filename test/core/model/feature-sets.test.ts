import { ATTRIBUTES } from '../../../src/core/data/dictionary';
import { featureSetFor } from '../../../src/core/model/feature-sets';

const everyColumn = ATTRIBUTES.map((attribute) => attribute.name);

describe('feature sets for the moments of the term', () => {
  it('uses no grade early in the term', () => {
    const early = featureSetFor('early', everyColumn);
    expect(early.attributes).toHaveLength(31);
    expect(early.attributes).toContain('course');
    expect(early.attributes.some((name) => /^G\d$/.test(name))).toBe(false);
  });

  it('adds G1, and G2 when present, at mid-term; never G3', () => {
    expect(featureSetFor('mid', everyColumn).attributes.slice(-2)).toEqual(['G1', 'G2']);
    const withoutG2 = featureSetFor(
      'mid',
      everyColumn.filter((name) => name !== 'G2'),
    );
    expect(withoutG2.attributes.slice(-1)).toEqual(['G1']);
    expect(withoutG2.attributes).not.toContain('G3');
  });

  it('keeps only the columns present', () => {
    expect(featureSetFor('early', ['failures', 'absences', 'shoeSize']).attributes).toEqual([
      'failures',
      'absences',
    ]);
  });

  it('leaves the step count to be chosen on the training rows, from a grid that reaches further with grades', () => {
    const gridOf = (moment: 'early' | 'mid') => {
      const { training } = featureSetFor(moment, everyColumn);
      if (!('stepCandidates' in training)) throw new Error(`The ${moment} feature set fixes its steps.`);
      return training.stepCandidates;
    };
    for (const grid of [gridOf('early'), gridOf('mid')]) {
      expect(grid.length).toBeGreaterThan(3);
      expect([...grid].sort((a, b) => a - b)).toEqual(grid);
      expect(grid.every((steps) => Number.isInteger(steps) && steps >= 1)).toBe(true);
    }
    expect(Math.max(...gridOf('mid'))).toBeGreaterThan(Math.max(...gridOf('early')));
    expect(Math.min(...gridOf('early'))).toBeLessThanOrEqual(Math.min(...gridOf('mid')));
  });

  it('throws RangeError for mid-term without G1', () => {
    expect(() => featureSetFor('mid', ['failures', 'G2'])).toThrow(RangeError);
    expect(() => featureSetFor('mid', ['failures', 'G2'])).toThrow(
      new RangeError('The mid-term model needs the first-period grade (G1).'),
    );
  });

  it('adds "any at all" to past failures and to each period grade, at both moments', () => {
    const expected = {
      transforms: {
        failures: ['linear', 'positive'],
        G1: ['linear', 'positive'],
        G2: ['linear', 'positive'],
      },
    };
    expect(featureSetFor('early', everyColumn).encoding).toEqual(expected);
    expect(featureSetFor('mid', everyColumn).encoding).toEqual(expected);
  });
});
