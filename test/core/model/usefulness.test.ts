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

/** `failures` failed students scored 0.9 and `passes` passed ones scored 0.1: ROC AUC 1, whose
 * Hanley-McNeil standard error is 0 (Q₁ = Q₂ = A² = 1), so the interval is exactly [1, 1]. */
function separated(failures: number, passes: number) {
  const labels = [...Array<number>(failures).fill(1), ...Array<number>(passes).fill(0)];
  return { risks: labels.map((label) => (label === 1 ? 0.9 : 0.1)), labels };
}

describe('the publication rules at their boundaries', () => {
  it(`publish exactly ${MIN_PER_OUTCOME} students who failed among exactly ${MIN_ROWS} rows`, () => {
    const { risks, labels } = separated(10, 40);
    expect(judgeUsefulness(risks, labels)).toEqual({
      rows: 50,
      failures: 10,
      passes: 40,
      outOfFoldAuc: 1,
      interval: { low: 1, high: 1 },
      refusals: [],
    });
  });

  it(`publish exactly ${MIN_PER_OUTCOME} students who passed`, () => {
    const { risks, labels } = separated(40, 10);
    expect(judgeUsefulness(risks, labels).refusals).toEqual([]);
  });

  it('refuse 9 students who passed even when enough failed and the model separates them perfectly', () => {
    const { risks, labels } = separated(41, 9);
    expect(judgeUsefulness(risks, labels).refusals).toEqual([
      'Only 41 students who failed and 9 students who passed have a final grade; a model needs at least 10 of ' +
        'each to learn the difference and to be measured.',
    ]);
  });

  it('say "1 student", not "1 students"', () => {
    const { risks, labels } = separated(1, 99);
    expect(judgeUsefulness(risks, labels).refusals).toEqual([
      'Only 1 student who failed and 99 students who passed have a final grade; a model needs at least 10 of ' +
        'each to learn the difference and to be measured.',
    ]);
  });

  it('refuse a roster where everybody passed: no AUC, no interval, and say why', () => {
    const labels = Array<number>(60).fill(0);
    const judged = judgeUsefulness(
      labels.map(() => 0.2),
      labels,
    );
    expect(judged).toEqual({
      rows: 60,
      failures: 0,
      passes: 60,
      outOfFoldAuc: Number.NaN,
      interval: null,
      refusals: [
        'Only 0 students who failed and 60 students who passed have a final grade; a model needs at least 10 ' +
          'of each to learn the difference and to be measured.',
        'Its ROC AUC could not be measured, so it cannot be shown to be better than chance.',
      ],
    });
  });

  it('refuse a roster where everybody failed the same way', () => {
    const labels = Array<number>(60).fill(1);
    const judged = judgeUsefulness(
      labels.map(() => 0.7),
      labels,
    );
    expect(judged.interval).toBeNull();
    expect(judged.refusals[1]).toBe(
      'Its ROC AUC could not be measured, so it cannot be shown to be better than chance.',
    );
  });

  it('refuse no graded student at all by all three rules', () => {
    expect(judgeUsefulness([], [])).toEqual({
      rows: 0,
      failures: 0,
      passes: 0,
      outOfFoldAuc: Number.NaN,
      interval: null,
      refusals: [
        'Only 0 students who failed and 0 students who passed have a final grade; a model needs at least 10 of ' +
          'each to learn the difference and to be measured.',
        'Only 0 students have a final grade; a model needs at least 50, so that each cross-validation fold is ' +
          'more than a handful of students.',
        'Its ROC AUC could not be measured, so it cannot be shown to be better than chance.',
      ],
    });
  });

  it('name what the AUC was measured on, with the AUC and interval to two decimals', () => {
    // 10 failed and 40 passed, every risk tied: AUC 0.5 exactly. Hanley-McNeil at A = 0.5: Q₁ = 1/3, Q₂ = 1/6,
    // SE² = (0.25 + 9 (1/3 − 1/4) + 39 (1/6 − 1/4)) / 400 = 0.010625, SE = 0.10308, and 0.5 ± 1.96 SE =
    // 0.298 to 0.702 (/usr/bin/python3: A=0.5; v=(A*(1-A)+9*(A/(2-A)-A*A)+39*(2*A*A/(1+A)-A*A))/400;
    // A-1.959963984540054*v**0.5, A+1.959963984540054*v**0.5 → 0.29797153673337246, 0.7020284632666276).
    const labels = [...Array<number>(10).fill(1), ...Array<number>(40).fill(0)];
    const judged = judgeUsefulness(
      labels.map(() => 0.5),
      labels,
      'ROC AUC on the graded students of this workbook',
    );
    expect(judged.outOfFoldAuc).toBe(0.5);
    expect(judged.refusals).toEqual([
      'It is not clearly better than chance: its ROC AUC on the graded students of this workbook is 0.50, and ' +
        'the 95% interval (0.30 to 0.70) does not lie wholly above 0.5, the AUC of a coin toss.',
    ]);
  });
});
