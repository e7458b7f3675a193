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
    // ≥ 0.65 → 3/4 right; ≥ 0.35 (below the whole tie) → 3/4, as far from 0.5, so the first stays; a cut at 0.5,
    // inside the tie, would have been 4/4.
    expect(chooseThreshold([0.8, 0.5, 0.5, 0.2], [1, 1, 0, 0], 'accuracy')).toBeCloseTo(0.65, 12);
  });

  it('can flag nobody when that is most accurate', () => {
    // Flag nobody (above 0.3: (1 + 0.3) / 2 = 0.65) → 2/3 right; ≥ 0.25 → 1/3; ≥ 0.15 → 2/3 but 0.35 from 0.5
    // against 0.15; ≥ 0.05 → 1/3.
    expect(chooseThreshold([0.3, 0.2, 0.1], [0, 1, 0], 'accuracy')).toBeCloseTo(0.65, 12);
  });

  it('sorts the scores itself', () => {
    // The rows of the first test, shuffled: the same answers.
    const shuffled = [0.1, 0.9, 0.4, 0.8, 0.3, 0.6];
    expect(chooseThreshold(shuffled, [0, 1, 0, 1, 1, 0], 'accuracy')).toBeCloseTo(0.7, 12);
    expect(chooseThreshold(shuffled, [0, 1, 1, 1, 0, 0], 'accuracy')).toBeCloseTo(0.35, 12);
    expect(chooseThreshold(shuffled, [0, 1, 1, 1, 0, 0], 'f1')).toBeCloseTo(0.35, 12);
    // Flagging nobody sits above the highest score, wherever it is: (1 + 0.3) / 2.
    expect(chooseThreshold([0.1, 0.3, 0.2], [0, 0, 1], 'accuracy')).toBeCloseTo(0.65, 12);
  });

  it("weighs Youden's J by the class sizes, recall over 2 failing students and false alarms over 4 passing", () => {
    // Sorted: 0.9 fail, 0.8, 0.7, 0.6 pass, 0.4 fail, 0.2 pass. J: ≥0.85 → 1/2 − 0 = 0.5 (best); ≥0.75 → 0.25;
    // ≥0.65 → 0; ≥0.5 → −0.25; ≥0.3 → 1 − 3/4 = 0.25; ≥0.1 → 0.
    const scores = [0.4, 0.9, 0.2, 0.7, 0.8, 0.6];
    expect(chooseThreshold(scores, [1, 1, 0, 0, 0, 0], 'youden')).toBeCloseTo(0.85, 12);
  });

  it('weighs accuracy over all rows when the classes differ in size', () => {
    // 1 fail among 4. Flag nobody (0.95) → 3/4; ≥ 0.75 → 2/4; ≥ 0.45 → 1/4; ≥ 0.2 → 2/4 (the fail);
    // ≥ 0.05 → 1/4.
    expect(chooseThreshold([0.3, 0.9, 0.6, 0.1], [1, 0, 0, 0], 'accuracy')).toBeCloseTo(0.95, 12);
    // 3 fails among 4. ≥ 0.75 → 3/4, ≥ 0.45 → 4/4 (the only best).
    expect(chooseThreshold([0.3, 0.9, 0.6, 0.1], [0, 1, 1, 0], 'accuracy')).toBeCloseTo(0.45, 12);
  });

  it('can flag everybody, down to a score of 0', () => {
    // F1 with 2 fails: ≥ 0.85 → 2/3; ≥ 0.5 → 2/4; flag everybody (0.2 / 2 = 0.1) → 4/5 (best).
    expect(chooseThreshold([0.2, 0.9, 0.8], [1, 1, 0], 'f1')).toBeCloseTo(0.1, 12);
    // The lowest score is 0, so flagging everybody cuts at 0: F1 2/3, against 0 when flagging nobody or the 0.6.
    expect(chooseThreshold([0, 0.6], [1, 0], 'f1')).toBe(0);
  });

  it('throws RangeError without both outcomes', () => {
    const message = (scores: number[], labels: number[]) => {
      try {
        chooseThreshold(scores, labels, 'f1');
        return 'no error';
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    };
    expect(message([0.3, 0.2], [0, 0])).toBe('RangeError: A threshold needs both outcomes among the rows.');
    expect(message([0.3, 0.2], [1, 1])).toBe('RangeError: A threshold needs both outcomes among the rows.');
    expect(message([], [])).toBe('RangeError: A threshold needs both outcomes among the rows.');
  });
});
