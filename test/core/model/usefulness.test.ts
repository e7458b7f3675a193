import { hanleyMcNeilInterval } from '../../../src/core/monitoring/confidence-intervals';
import { rocAuc } from '../../../src/core/model/metrics';
import { MIN_PER_OUTCOME, MIN_ROWS, judgeUsefulness } from '../../../src/core/model/usefulness';
import { seededRandom } from '../../../src/core/random';

/** `n` rows, `failures` of them failed (first), with risks that rank failures above passes with `signal`. */
function rows(n: number, failures: number, signal: number, seed = 3) {
  const random = seededRandom(seed);
  const labels = Array.from({ length: n }, (_, i) => (i < failures ? 1 : 0));
  const risks = labels.map((label) =>
    Math.min(1, Math.max(0, 0.5 + (label - 0.5) * signal + (random() - 0.5))),
  );
  return { risks, labels };
}

describe('the publication rules', () => {
  it(`publish a model trained on enough students of each outcome that is clearly better than chance`, () => {
    const { risks, labels } = rows(400, 130, 0.6);
    const judged = judgeUsefulness(risks, labels);
    expect(judged.refusals).toEqual([]);
    expect(judged).toMatchObject({ rows: 400, failures: 130, passes: 270 });
    expect(judged.outOfFoldAuc).toBe(rocAuc(risks, labels));
    expect(judged.interval).toEqual(hanleyMcNeilInterval(judged.outOfFoldAuc, 130, 270));
    expect(judged.interval?.low).toBeGreaterThan(0.5);
  });

  it(`refuse fewer than ${MIN_PER_OUTCOME} students of an outcome, saying how many there were`, () => {
    const { risks, labels } = rows(200, 9, 1.2);
    expect(judgeUsefulness(risks, labels).refusals[0]).toBe(
      'Only 9 students who failed and 191 students who passed have a final grade; a model needs at least 10 of ' +
        'each to learn the difference and to be measured.',
    );
  });

  it(`refuse fewer than ${MIN_ROWS} graded students, even well separated`, () => {
    const { risks, labels } = rows(40, 20, 1.5);
    const judged = judgeUsefulness(risks, labels);
    expect(judged.interval?.low).toBeGreaterThan(0.5);
    expect(judged.refusals).toEqual([
      'Only 40 students have a final grade; a model needs at least 50, so that each cross-validation fold is ' +
        'more than a handful of students.',
    ]);
  });

  it('refuse a model whose out-of-fold AUC interval reaches 0.5, giving the AUC and the interval', () => {
    const { risks, labels } = rows(120, 40, 0.05);
    const judged = judgeUsefulness(risks, labels);
    expect(judged.interval?.low).toBeLessThanOrEqual(0.5);
    expect(judged.refusals).toHaveLength(1);
    expect(judged.refusals[0]).toMatch(
      /^It is not clearly better than chance: its out-of-fold ROC AUC is 0\.\d\d, and the 95% interval \(0\.\d\d to 0\.\d\d\) does not lie wholly above 0\.5, the AUC of a coin toss\.$/,
    );
  });

  it('refuse a model that gives every student the same risk (AUC exactly 0.5)', () => {
    const labels = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const judged = judgeUsefulness(
      labels.map(() => 0.3),
      labels,
    );
    expect(judged.outOfFoldAuc).toBe(0.5);
    expect(judged.refusals).toHaveLength(1);
  });

  it('refuse the 95%-blank roster of the report: 15 graded students, 7 failed, out-of-fold AUC 0.22', () => {
    const labels = [1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0];
    const risks = [0.2, 0.3, 0.25, 0.4, 0.1, 0.35, 0.3, 0.5, 0.45, 0.6, 0.2, 0.55, 0.4, 0.3, 0.7];
    expect(judgeUsefulness(risks, labels).refusals).toHaveLength(3);
  });
});
