import {
  brierScore,
  confusionAt,
  metricsAtThreshold,
  rocAuc,
  topKMetrics,
} from '../../../src/core/model/metrics';

// Oracle for AUC: a brute-force count over every (fail, pass) pair, ties counting one half, in python3:
//   def auc(s, y):
//       P = [a for a, b in zip(s, y) if b == 1]; N = [a for a, b in zip(s, y) if b == 0]
//       return sum(1 if p > n else 0.5 if p == n else 0 for p in P for n in N) / (len(P) * len(N))
//   auc([0.1,0.4,0.35,0.8],[0,0,1,1]) → 0.75    auc([0.5,0.5,0.2,0.9],[1,0,0,1]) → 0.875
//   auc([0.9,0.8,0.7,0.7,0.7,0.7,0.2,0.1],[1,0,1,0,0,0,1,0]) → 0.5666666666666667
const scores = [0.9, 0.8, 0.7, 0.7, 0.7, 0.7, 0.2, 0.1];
const labels = [1, 0, 1, 0, 0, 0, 1, 0];

describe('ROC AUC', () => {
  it('is the share of (fail, pass) pairs ranked correctly', () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75, 12);
  });

  it('counts tied scores as one half (midranks)', () => {
    expect(rocAuc([0.5, 0.5, 0.2, 0.9], [1, 0, 0, 1])).toBeCloseTo(0.875, 12);
    expect(rocAuc(scores, labels)).toBeCloseTo(0.5666666666666667, 12);
    expect(rocAuc([0.3, 0.3, 0.3, 0.3], [1, 0, 1, 0])).toBe(0.5);
  });

  it('is 1 for a perfect ranking and 0 for a reversed one', () => {
    expect(rocAuc([0.9, 0.8, 0.2], [1, 1, 0])).toBe(1);
    expect(rocAuc([0.1, 0.2, 0.9], [1, 1, 0])).toBe(0);
  });

  it('is NaN (undefined) with one class only or no rows', () => {
    expect(rocAuc([0.2, 0.7], [0, 0])).toBeNaN();
    expect(rocAuc([0.2, 0.7], [1, 1])).toBeNaN();
    expect(rocAuc([], [])).toBeNaN();
  });

  it('throws RangeError for mismatched lengths or a label other than 0/1', () => {
    expect(() => rocAuc([0.1], [1, 0])).toThrow(RangeError);
    expect(() => rocAuc([0.1, 0.2], [1, 2])).toThrow(RangeError);
  });
});

describe('metrics at a threshold', () => {
  it('flags scores at or above the threshold (hand-worked)', () => {
    // flagged: the six scores ≥ 0.7 → tp 2, fp 4; not flagged: 0.2 (fail) → fn 1, 0.1 (pass) → tn 1
    expect(confusionAt(scores, labels, 0.7)).toEqual({ tp: 2, fp: 4, tn: 1, fn: 1 });
    const m = metricsAtThreshold(scores, labels, 0.7);
    expect(m.accuracy).toBeCloseTo(3 / 8, 12);
    expect(m.precision).toBeCloseTo(2 / 6, 12);
    expect(m.recall).toBeCloseTo(2 / 3, 12);
    expect(m.f1).toBeCloseTo(4 / 9, 12);
  });

  it('leaves precision undefined when nobody is flagged, and recall when nobody failed', () => {
    const nobody = metricsAtThreshold(scores, labels, 0.95);
    expect(nobody.precision).toBeNaN();
    expect(nobody.recall).toBe(0);
    expect(nobody.f1).toBe(0);
    expect(metricsAtThreshold([0.4, 0.6], [0, 0], 0.5).recall).toBeNaN();
    expect(metricsAtThreshold([], [], 0.5).accuracy).toBeNaN();
  });
});

describe('the Brier score', () => {
  it('is the mean squared difference between risk and outcome', () => {
    // python3: sum((a-b)**2 for a,b in zip([0.9,0.2,0.6,0.1],[1,0,0,0]))/4 → 0.105
    expect(brierScore([0.9, 0.2, 0.6, 0.1], [1, 0, 0, 0])).toBeCloseTo(0.105, 12);
    expect(brierScore([0.5, 0.5], [1, 0])).toBe(0.25);
  });

  it('is NaN for no rows', () => {
    expect(brierScore([], [])).toBeNaN();
  });
});

describe('recall and precision among the top K', () => {
  it('shares out scores tied across the cut evenly', () => {
    // top 2: 0.9 (fail), 0.8 (pass); then 2 of the 4 tied at 0.7, which hold 1 fail → 0.5 more caught
    expect(topKMetrics(scores, labels, 4)).toEqual({ k: 4, caught: 1.5, recall: 0.5, precision: 0.375 });
  });

  it('counts whole rows when there is no tie at the cut', () => {
    expect(topKMetrics(scores, labels, 2)).toEqual({ k: 2, caught: 1, recall: 1 / 3, precision: 0.5 });
  });

  it('caps K at the number of rows', () => {
    expect(topKMetrics(scores, labels, 50)).toEqual({ k: 8, caught: 3, recall: 1, precision: 3 / 8 });
  });

  it('has undefined recall when nobody failed', () => {
    expect(topKMetrics([0.3, 0.1], [0, 0], 1).recall).toBeNaN();
  });

  it('throws RangeError for a K that is not a whole number of at least 1', () => {
    expect(() => topKMetrics(scores, labels, 0)).toThrow(RangeError);
    expect(() => topKMetrics(scores, labels, 2.5)).toThrow(RangeError);
  });
});

describe('measures on unsorted scores, with ties and the ends of [0, 1]', () => {
  it('ranks unsorted scores with ties by midranks', () => {
    // sklearn.metrics.roc_auc_score([0,1,1,0,0,1], [0.3,0.8,0.3,0.1,0.8,0.5]) → 0.6666666666666666
    expect(rocAuc([0.3, 0.8, 0.3, 0.1, 0.8, 0.5], [0, 1, 1, 0, 0, 1])).toBeCloseTo(0.6666666666666666, 12);
    // sklearn.metrics.roc_auc_score([1,0,0,1,0], [0.2,0.9,0.2,0.2,0.0]) → 0.5
    expect(rocAuc([0.2, 0.9, 0.2, 0.2, 0], [1, 0, 0, 1, 0])).toBeCloseTo(0.5, 12);
  });

  it('scores risks of exactly 0 and 1', () => {
    // sklearn.metrics.brier_score_loss([0,1,1,0], [0.0,1.0,0.25,0.5]) → 0.203125
    expect(brierScore([0, 1, 0.25, 0.5], [0, 1, 1, 0])).toBeCloseTo(0.203125, 15);
    expect(confusionAt([0, 1, 0.5, 0.49], [1, 0, 1, 0], 0.5)).toEqual({ tp: 1, fp: 1, tn: 1, fn: 1 });
    expect(metricsAtThreshold([1, 1, 0], [1, 0, 0], 1)).toEqual({
      tp: 1,
      fp: 1,
      tn: 1,
      fn: 0,
      threshold: 1,
      accuracy: 2 / 3,
      precision: 0.5,
      recall: 1,
      f1: 2 / 3,
    });
  });

  it('shares a tie across the cut among unsorted rows', () => {
    // By score: 0.9 (pass), then 0.4, 0.4, 0.4 (one fail), then 0.1 (fail). K = 2 takes 0.9 and 1 of the
    // 3 tied rows: caught = 1/3. K = 4 takes all the tie: caught 1; K = 5 all: 2.
    const s = [0.4, 0.1, 0.9, 0.4, 0.4];
    const y = [0, 1, 0, 1, 0];
    expect(topKMetrics(s, y, 2)).toEqual({ k: 2, caught: 1 / 3, recall: 1 / 6, precision: 1 / 6 });
    expect(topKMetrics(s, y, 4)).toEqual({ k: 4, caught: 1, recall: 0.5, precision: 0.25 });
    expect(topKMetrics(s, y, 5)).toEqual({ k: 5, caught: 2, recall: 1, precision: 0.4 });
    expect(topKMetrics(s, y, 1)).toEqual({ k: 1, caught: 0, recall: 0, precision: 0 });
  });

  it('says what is wrong with its input', () => {
    expect(() => rocAuc([0.1], [1, 0])).toThrow(new RangeError('1 scores but 2 labels.'));
    expect(() => brierScore([0.1, 0.2], [1, 0.5])).toThrow(
      new RangeError('Label 1 is 0.5; labels must be 0 or 1.'),
    );
    expect(() => topKMetrics([0.1], [1], 0)).toThrow(
      new RangeError('K must be a whole number of at least 1, not 0.'),
    );
    expect(() => topKMetrics([0.1], [1], 1.5)).toThrow('K must be a whole number of at least 1, not 1.5.');
  });
});
