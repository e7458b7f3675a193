import type { Reason } from '../../../src/core/scoring/reasons';
import {
  NO_SINGLE_FACTOR,
  NO_STRONG_RISK_FACTORS,
  reasonsCellForTier,
  reasonsForTier,
} from '../../../src/core/scoring/reasons-cell';
import { imputedNote } from '../../../src/core/scoring/scoreability';

const reasons: Reason[] = [
  { attribute: 'failures', contribution: 1.9, kind: 'influenceable', text: '3 past class failures' },
  {
    attribute: 'goout',
    contribution: 0.26,
    kind: 'influenceable',
    text: 'going out with friends: very high',
  },
];

describe('the Main reasons of a student by tier', () => {
  it('names no reason for a Low-tier student, whatever the model found', () => {
    expect(reasonsForTier(reasons, 'Low')).toBe(NO_STRONG_RISK_FACTORS);
    expect(reasonsForTier([], 'Low')).toBe('No strong risk factors');
  });

  it('gives the reasons above Low and while the tier is not known yet', () => {
    for (const tier of ['High', 'Medium', null] as const)
      expect(reasonsForTier(reasons, tier)).toBe('3 past class failures; going out with friends: very high');
  });

  it('says nothing stands out for a student above Low with no reason worth naming', () => {
    expect(reasonsForTier([], 'High')).toBe(NO_SINGLE_FACTOR);
    expect(reasonsForTier([], null)).toBe('No single factor stands out');
  });
});

describe('a cell written while scoring, once the tier is known', () => {
  const note = imputedNote(['absences', 'failures']);
  const written = `${reasonsForTier(reasons, null)}. ${note}`;

  it('gives a Low-tier row the neutral words and keeps its note on blank values', () => {
    expect(reasonsCellForTier(written, 'Low')).toBe(
      'No strong risk factors. Blank, counted as average: absences, past class failures.',
    );
    expect(reasonsCellForTier(reasonsForTier(reasons, null), 'Low')).toBe(NO_STRONG_RISK_FACTORS);
    expect(reasonsCellForTier(`${NO_SINGLE_FACTOR}. ${note}`, 'Low')).toBe(
      `${NO_STRONG_RISK_FACTORS}. ${note}`,
    );
  });

  it('leaves the cell of any other tier, of a row not scored, and of an empty row as it is', () => {
    expect(reasonsCellForTier(written, 'High')).toBe(written);
    expect(reasonsCellForTier(written, 'Medium')).toBe(written);
    const notScored = 'Not scored: first-period grade (G1) is blank.';
    expect(reasonsCellForTier(notScored, null)).toBe(notScored);
    expect(reasonsCellForTier('', 'Low')).toBe('');
  });

  it('gives the same cell when applied twice', () => {
    const once = reasonsCellForTier(written, 'Low');
    expect(reasonsCellForTier(once, 'Low')).toBe(once);
  });
});
