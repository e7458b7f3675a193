import { chooseThreshold } from '../../../src/core/model/threshold';

describe('choosing the operating threshold on training rows', () => {
  const scores = [0.9, 0.8, 0.6, 0.4, 0.3, 0.1];
  const labels = [1, 1, 0, 1, 0, 0];

  it('maximises accuracy, cutting midway between scores', () => {
    // labels 1,1,0,0,1,0: flag ≥ 0.85 → 4/6 right; ≥ 0.7 → 5/6 (the only best); ≥ 0.5 → 4/6; ≥ 0.35 → 3/6
    expect(chooseThreshold(scores, [1, 1, 0, 0, 1, 0], 'accuracy')).toBeCloseTo(0.7, 12);
  });

  it('breaks a tie between equally accurate cuts in favour of the one nearer 0.5', () => {
    // ≥ 0.7 → 5/6 and ≥ 0.35 → 5/6; 0.35 is 0.15 from 0.5, 0.7 is 0.2 away
    expect(chooseThreshold(scores, labels, 'accuracy')).toBeCloseTo(0.35, 12);
  });

  it('maximises F1', () => {
    // F1 = 2tp/(tp+fp+3): ≥0.7 → 4/5 = 0.8; ≥0.35 → 6/7 ≈ 0.857 (best); ≥0.2 → 6/8
    expect(chooseThreshold(scores, labels, 'f1')).toBeCloseTo(0.35, 12);
  });

  it("maximises Youden's J (recall − false-positive rate)", () => {
    // ≥0.7: 2/3 − 0 = 0.667; ≥0.35: 1 − 1/3 = 0.667; tie → nearer 0.5 wins: 0.35 (|−0.15|) over 0.7 (0.2)
    expect(chooseThreshold(scores, labels, 'youden')).toBeCloseTo(0.35, 12);
  });

  it('never cuts inside a group of tied scores', () => {
    const threshold = chooseThreshold([0.8, 0.5, 0.5, 0.2], [1, 1, 0, 0], 'accuracy');
    expect([0.65, 0.35]).toContainEqual(threshold);
  });

  it('can flag nobody when that is most accurate', () => {
    expect(chooseThreshold([0.3, 0.2, 0.1], [0, 1, 0], 'accuracy')).toBeGreaterThan(0.3);
  });

  it('throws RangeError without both outcomes', () => {
    expect(() => chooseThreshold([0.3, 0.2], [0, 0], 'f1')).toThrow(RangeError);
    expect(() => chooseThreshold([], [], 'f1')).toThrow(RangeError);
  });
});
