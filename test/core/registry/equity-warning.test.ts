/** The promotion warning on equity gaps, on evidence built by hand (only the gaps matter to it). */
import type { EquityFigure, Gap } from '../../../src/core/model/equity';
import type { VersionEvidence } from '../../../src/core/model/evidence';
import { equityWarnings } from '../../../src/core/registry/equity-warning';

const gap = (
  figure: EquityFigure,
  size: number,
  interval = { low: size - 0.08, high: size + 0.08 },
): Gap => ({
  figure,
  highest: 'M',
  lowest: 'F',
  gap: size,
  interval,
});

/** A version whose equity view has the sex gaps `gaps` (the rest of the evidence is never read). */
function aVersion(version: number, gaps: Gap[] | null) {
  const evidence =
    gaps === null
      ? null
      : ({ equity: { attributes: [{ attribute: 'sex', groups: [], gaps }] } } as unknown as VersionEvidence);
  return { version, evidence };
}

describe('equityWarnings', () => {
  it('warns of nothing when every gap is within the acceptable gap', () => {
    const result = equityWarnings(
      aVersion(3, [gap('shareHigh', 0.1), gap('precision', 0.04)]),
      aVersion(2, []),
      0.1,
    );
    expect(result).toEqual({ warnings: [], standing: null, brief: null });
  });

  it('warns, with the figures, when a gap above the limit is wider than the champion’s', () => {
    const result = equityWarnings(
      aVersion(3, [gap('shareHigh', 0.14, { low: 0.06, high: 0.22 })]),
      aVersion(2, [gap('shareHigh', 0.08)]),
      0.1,
    );
    expect(result.warnings).toEqual([
      'Equity: the share flagged High differs by 14 points between sex M and F (95% interval 6 to 22), above the acceptable 10 points; champion v2 had 8.',
    ]);
    expect(result.brief).toBe(
      'equity gaps above the acceptable 10 points, widened: share flagged High by sex 14 points',
    );
    expect(result.standing).toBeNull();
  });

  it('says when the interval includes 0, since the gap may then be chance', () => {
    const result = equityWarnings(
      aVersion(3, [gap('precision', 0.2, { low: -0.33, high: 0.45 })]),
      null,
      0.1,
    );
    expect(result.warnings).toEqual([
      'Equity: the share of students flagged High who failed (precision) differs by 20 points between sex M and F (95% interval -33 to 45, so it may be chance), above the acceptable 10 points; there is no champion to compare with.',
    ]);
  });

  it('does not warn about a gap above the limit that is no wider than the champion’s, but still says it is there', () => {
    const result = equityWarnings(
      aVersion(3, [gap('falseNegativeRate', 0.15)]),
      aVersion(2, [gap('falseNegativeRate', 0.15)]),
      0.1,
    );
    expect(result.warnings).toEqual([]);
    expect(result.brief).toBeNull();
    expect(result.standing).toBe(
      'Equity: gaps above the acceptable 10 points that this version does not widen: the share of failing students not flagged High (false-negative rate) differs by 15 points between sex M and F (95% interval 7 to 23); champion v2 had 15.',
    );
  });

  it('warns when the champion has no evidence, or no figure for that gap, to compare with', () => {
    const noEvidence = equityWarnings(aVersion(3, [gap('shareHigh', 0.2)]), aVersion(1, null), 0.1);
    expect(noEvidence.warnings[0]).toMatch(/; champion v1 has no equity figures to compare with\.$/);
    const noFigure = equityWarnings(
      aVersion(3, [gap('shareHigh', 0.2)]),
      aVersion(1, [gap('precision', 0.5)]),
      0.1,
    );
    expect(noFigure.warnings[0]).toMatch(/; champion v1 has no figure for it\.$/);
  });

  it('judges nothing for a version without evidence', () => {
    expect(equityWarnings(aVersion(3, null), aVersion(2, [gap('shareHigh', 0.01)]), 0)).toEqual({
      warnings: [],
      standing: null,
      brief: null,
    });
  });

  it('names parents’ education in words and shows a limit with a fraction of a point', () => {
    const candidate = {
      version: 4,
      evidence: {
        equity: { attributes: [{ attribute: 'Medu', groups: [], gaps: [gap('shareHigh', 0.3)] }] },
      } as unknown as VersionEvidence,
    };
    expect(equityWarnings(candidate, null, 0.125).warnings[0]).toMatch(
      /^Equity: the share flagged High differs by 30 points between mother's education M and F .*above the acceptable 12\.5 points;/,
    );
  });
});
