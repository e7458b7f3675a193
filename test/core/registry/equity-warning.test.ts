/** The promotion warning on equity gaps, on evidence built by hand (only the gaps matter to it). */
import type { EquityFigure, Gap } from '../../../src/core/model/equity';
import type { VersionEvidence } from '../../../src/core/model/evidence';
import { equityWarnings } from '../../../src/core/registry/equity-warning';

const gap = (
  figure: EquityFigure,
  size: number,
  interval: Gap['interval'] = { low: size - 0.08, high: size + 0.08 },
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

  it('names every figure, says a gap without an interval bare and one from exactly 0 may be chance, and lists the brief with commas', () => {
    const candidate = {
      version: 5,
      evidence: {
        equity: {
          attributes: [
            {
              attribute: 'Fedu',
              groups: [],
              gaps: [
                gap('shareHigh', 0.12, null),
                gap('falseNegativeRate', 0.25, { low: 0, high: 0.5 }),
                gap('falsePositiveRate', 0.18, { low: 0.1, high: 0.26 }),
                gap('precision', 0.3, { low: 0.2, high: 0.4 }),
              ],
            },
          ],
        },
      } as unknown as VersionEvidence,
    };
    expect(equityWarnings(candidate, null, 0.1)).toEqual({
      warnings: [
        "Equity: the share flagged High differs by 12 points between father's education M and F, above the acceptable 10 points; there is no champion to compare with.",
        "Equity: the share of failing students not flagged High (false-negative rate) differs by 25 points between father's education M and F (95% interval 0 to 50, so it may be chance), above the acceptable 10 points; there is no champion to compare with.",
        "Equity: the share of passing students flagged High (false-positive rate) differs by 18 points between father's education M and F (95% interval 10 to 26), above the acceptable 10 points; there is no champion to compare with.",
        "Equity: the share of students flagged High who failed (precision) differs by 30 points between father's education M and F (95% interval 20 to 40), above the acceptable 10 points; there is no champion to compare with.",
      ],
      standing: null,
      brief:
        'equity gaps above the acceptable 10 points, widened: share flagged High by Fedu 12 points, false-negative rate by Fedu 25 points, false-positive rate by Fedu 18 points, precision by Fedu 30 points',
    });
  });

  it('compares each attribute with the champion’s gap for the same attribute, not another one', () => {
    const twoAttributes = (version: number, sex: number, medu: number) => ({
      version,
      evidence: {
        equity: {
          attributes: [
            { attribute: 'sex', groups: [], gaps: [gap('shareHigh', sex, { low: 0.1, high: 0.3 })] },
            { attribute: 'Medu', groups: [], gaps: [gap('shareHigh', medu, { low: 0.1, high: 0.3 })] },
          ],
        },
      } as unknown as VersionEvidence,
    });
    const result = equityWarnings(twoAttributes(3, 0.2, 0.2), twoAttributes(2, 0.25, 0.15), 0.1);
    expect(result).toEqual({
      warnings: [
        "Equity: the share flagged High differs by 20 points between mother's education M and F (95% interval 10 to 30), above the acceptable 10 points; champion v2 had 15.",
      ],
      standing:
        'Equity: gaps above the acceptable 10 points that this version does not widen: the share flagged High differs by 20 points between sex M and F (95% interval 10 to 30); champion v2 had 25.',
      brief: 'equity gaps above the acceptable 10 points, widened: share flagged High by Medu 20 points',
    });
  });

  it('says several gaps the version does not widen in one sentence, separated by semicolons', () => {
    const result = equityWarnings(
      aVersion(3, [
        gap('shareHigh', 0.15, { low: 0.05, high: 0.25 }),
        gap('precision', 0.2, { low: 0.1, high: 0.3 }),
      ]),
      aVersion(2, [gap('shareHigh', 0.15), gap('precision', 0.25)]),
      0.1,
    );
    expect(result).toEqual({
      warnings: [],
      standing:
        'Equity: gaps above the acceptable 10 points that this version does not widen: the share flagged High differs by 15 points between sex M and F (95% interval 5 to 25); champion v2 had 15; the share of students flagged High who failed (precision) differs by 20 points between sex M and F (95% interval 10 to 30); champion v2 had 25.',
      brief: null,
    });
  });
});
