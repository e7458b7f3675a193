/**
 * The card's "Calibration" section (core/model-card/calibration-section): the correction made, the Brier
 * score before and after, the one-line summary and each risk band judged in words, against hand-built bands
 * whose verdicts and average gap are worked out by hand.
 */
import {
  calibrationError,
  calibrationLine,
  calibrationSection,
} from '../../../src/core/model-card/calibration-section';
import type { ReliabilityBin } from '../../../src/core/model/calibration';
import type { CalibrationEvidence } from '../../../src/core/model/evidence';

const TITLE = 'Calibration: can the percentages be taken at their word?';

/**
 * Five bands, one of each verdict: a gap of exactly 5 points (0.1 − 0.05, exact in floating point) is still
 * "about right"; 9 students are too few, 10 are enough; one band above its risk, one below.
 */
const BANDS: ReliabilityBin[] = [
  { from: 0, to: 0.1, count: 20, meanPredicted: 0.05, observedRate: 0.1 },
  { from: 0.1, to: 0.2, count: 0, meanPredicted: null, observedRate: null },
  { from: 0.2, to: 0.3, count: 9, meanPredicted: 0.25, observedRate: 0.5 },
  { from: 0.3, to: 0.4, count: 10, meanPredicted: 0.35, observedRate: 0.5 },
  { from: 0.6, to: 0.7, count: 30, meanPredicted: 0.65, observedRate: 0.4 },
];
// (20·0.05 + 9·0.25 + 10·0.15 + 30·0.25) / 69 = 12.25 / 69
// /usr/bin/python3 -c "print((20*abs(0.05-0.1)+9*abs(0.25-0.5)+10*abs(0.35-0.5)+30*abs(0.65-0.4))/(20+9+10+30))"
// → 0.17753623188405798, said as 18 points.
const ECE = 12.25 / 69;

const evidence = (overrides: Partial<CalibrationEvidence> = {}): CalibrationEvidence => ({
  method: 'none',
  brierBefore: 0.2,
  brierAfter: 0.2,
  reliabilityBefore: BANDS,
  reliabilityAfter: BANDS,
  ...overrides,
});

describe('the expected calibration error', () => {
  it('weighs each band by its students, leaving out the empty bands', () => {
    expect(calibrationError(BANDS)).toBeCloseTo(ECE, 12);
    expect(calibrationError(BANDS)).toBeCloseTo(0.17753623188405798, 12);
  });

  it('does not count a band whose risk or outcome was not measured, whatever its count says', () => {
    // Only the first band counts: 10·|0.1 − 0.2| / 10 = 0.1 (the second would make it 1/15 ≈ 0.067).
    const bins: ReliabilityBin[] = [
      { from: 0, to: 0.1, count: 10, meanPredicted: 0.1, observedRate: 0.2 },
      { from: 0.1, to: 0.2, count: 5, meanPredicted: null, observedRate: null },
    ];
    expect(calibrationError(bins)).toBeCloseTo(0.1, 12);
    expect(
      calibrationError([{ from: 0, to: 0.1, count: 0, meanPredicted: null, observedRate: null }]),
    ).toBeNaN();
  });
});

describe('the calibration line of the sidebar and the card', () => {
  it('names the correction and the average gap in points', () => {
    expect(calibrationLine(evidence())).toBe(
      'Percentages not corrected; on average 18 points from the share who failed.',
    );
    expect(calibrationLine(evidence({ method: 'platt' }))).toBe(
      'Percentages corrected (Platt scaling); on average 18 points from the share who failed.',
    );
  });

  it('gives no gap when no band had a student', () => {
    const empty: ReliabilityBin[] = [{ from: 0, to: 0.1, count: 0, meanPredicted: null, observedRate: null }];
    expect(calibrationLine(evidence({ reliabilityAfter: empty }))).toBe('Percentages not corrected.');
    expect(calibrationLine(evidence({ method: 'platt', reliabilityAfter: [] }))).toBe(
      'Percentages corrected (Platt scaling).',
    );
  });
});

describe('the calibration section', () => {
  it('shows a version without a correction: the Brier scores, the line, and each band judged in words', () => {
    const section = calibrationSection(evidence({ brierBefore: 0.19, brierAfter: 0.19 }));
    expect(section).toEqual({
      title: TITLE,
      rows: [
        {
          kind: 'fact',
          label: 'Correction',
          text: 'None: a correction would not have made the risks closer to what happened.',
          figures: [],
        },
        {
          kind: 'fact',
          label: 'Brier score before → after',
          text: 'Lower is better. “After” is measured on students the correction was not fitted on.',
          figures: [
            { value: 0.19, kind: 'score' },
            { value: 0.19, kind: 'score' },
          ],
        },
        {
          kind: 'fact',
          label: 'In one line',
          text: 'Percentages not corrected; on average 18 points from the share who failed.',
          figures: [{ value: expect.closeTo(ECE, 12), kind: 'percent' }],
        },
        {
          kind: 'header',
          label: 'Risk band',
          text: 'How it compares',
          figures: ['Students', 'Average risk', 'Share failed'],
        },
        {
          kind: 'fact',
          label: '0% to 10%',
          text: 'About right.',
          figures: [
            { value: 20, kind: 'count' },
            { value: 0.05, kind: 'percent' },
            { value: 0.1, kind: 'percent' },
          ],
        },
        {
          kind: 'fact',
          label: '10% to 20%',
          text: 'No student.',
          figures: [
            { value: 0, kind: 'count' },
            { value: null, kind: 'percent' },
            { value: null, kind: 'percent' },
          ],
        },
        {
          kind: 'fact',
          label: '20% to 30%',
          text: 'Too few students to judge.',
          figures: [
            { value: 9, kind: 'count' },
            { value: 0.25, kind: 'percent' },
            { value: 0.5, kind: 'percent' },
          ],
        },
        {
          kind: 'fact',
          label: '30% to 40%',
          text: 'More failed than the risk says (15 points).',
          figures: [
            { value: 10, kind: 'count' },
            { value: 0.35, kind: 'percent' },
            { value: 0.5, kind: 'percent' },
          ],
        },
        {
          kind: 'fact',
          label: '60% to 70%',
          text: 'Fewer failed than the risk says (25 points).',
          figures: [
            { value: 30, kind: 'count' },
            { value: 0.65, kind: 'percent' },
            { value: 0.4, kind: 'percent' },
          ],
        },
      ],
    });
  });

  it('says what Platt scaling did when it was made', () => {
    const section = calibrationSection(evidence({ method: 'platt' }), false);
    expect(section.rows[0]).toEqual({
      kind: 'fact',
      label: 'Correction',
      text:
        'Platt scaling: the risks were rescaled, because that made them closer to what happened for students ' +
        'the model had not seen.',
      figures: [],
    });
    expect(section.rows[2]?.text).toBe(
      'Percentages corrected (Platt scaling); on average 18 points from the share who failed.',
    );
  });

  it('says why the figures are missing: trained before they were kept, unless it was imported', () => {
    expect(calibrationSection(null)).toEqual({
      title: TITLE,
      rows: [
        {
          kind: 'fact',
          label: 'Not recorded',
          text:
            'This version was trained before PassCompass kept calibration figures (the risk bands). Train ' +
            'again to see them.',
          figures: [],
        },
      ],
    });
    expect(calibrationSection(null, true).rows[0]?.text).toBe(
      "This version was imported from BigQuery ML: calibration figures (the risk bands) come from PassCompass's " +
        'own cross-validation, which an imported model has not had. Weigh that before promoting it.',
    );
  });
});
