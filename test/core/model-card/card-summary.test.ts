/**
 * The sidebar's few lines of a champion's model card (core/model-card/card-summary): the largest equity gap
 * in words, with its interval when there is one, said to be within the acceptable gap when it equals it, and
 * flagged only above it. The gaps are hand-set.
 */
import { cardSummary } from '../../../src/core/model-card/card-summary';
import type { AttributeEquity } from '../../../src/core/model/equity';
import type { EquityEvidence } from '../../../src/core/model/evidence';
import { fixtureEvidence, fixtureVersion } from '../../support/model-card-fixture';

const versionWith = (equity: Partial<EquityEvidence>) => {
  const evidence = fixtureEvidence();
  return fixtureVersion({ ...evidence, equity: { ...evidence.equity, ...equity } });
};

const SEX: AttributeEquity = {
  attribute: 'sex',
  groups: [],
  gaps: [{ figure: 'shareHigh', highest: 'F', lowest: 'M', gap: 0.1, interval: null }],
};
const ADDRESS: AttributeEquity = {
  attribute: 'address',
  groups: [],
  gaps: [
    { figure: 'falseNegativeRate', highest: 'R', lowest: 'U', gap: 0.2, interval: { low: -0.03, high: 0.4 } },
  ],
};

describe('the equity line of the sidebar summary', () => {
  it('says a gap equal to the acceptable gap is within it, without an interval when none was measured', () => {
    const summary = cardSummary(versionWith({ gapLimit: 0.1, attributes: [SEX] }));
    expect(summary.equity).toBe(
      'Largest equity gap, by sex: share marked High, female (F) vs male (M), 10 points: within the acceptable ' +
        'gap of 10 points.',
    );
    expect(summary.equityFlagged).toBe(false);
  });

  it('flags a gap above the acceptable gap, with its interval, and says when it may be chance', () => {
    const summary = cardSummary(versionWith({ gapLimit: 0.1, attributes: [ADDRESS] }));
    expect(summary.equity).toBe(
      'Largest equity gap, by home address: failing students missed, rural (R) vs urban (U), 20 points ' +
        '(95% interval −3 to 40): above the acceptable gap of 10 points, and it may be chance.',
    );
    expect(summary.equityFlagged).toBe(true);
  });

  it('has no equity line, and flags nothing, when no two groups could be compared', () => {
    const summary = cardSummary(versionWith({ attributes: [{ attribute: 'sex', groups: [], gaps: [] }] }));
    expect(summary.equity).toBeNull();
    expect(summary.equityFlagged).toBe(false);
    expect(summary.recorded).toBe(true);
  });
});
