/**
 * The card's "Equity" section (core/model-card/equity-section): each gap between two groups in words, flagged
 * only above the acceptable gap; each group's own figures; the comparison with the attributes the school left
 * out; and the gap the sidebar names. The groups and gaps are hand-set (70 students), so every sentence below
 * is worked out by hand from them.
 */
import {
  equitySection,
  FIGURE_WORDS,
  gapVerdict,
  groupLabel,
  includesZero,
  labelOf,
  largestGap,
} from '../../../src/core/model-card/equity-section';
import type { AttributeEquity, Gap, GroupFigures } from '../../../src/core/model/equity';
import type { EquityEvidence, VersionEvidence } from '../../../src/core/model/evidence';
import { fixtureEvidence } from '../../support/model-card-fixture';

const TITLE = 'Equity: does the High tier treat groups of students differently?';

/** A group's figures from its counts: `caught` is how many of its High students failed. */
const group = (name: string, size: number, failures: number, high: number, caught: number): GroupFigures => ({
  group: name,
  size,
  failures,
  high,
  shareHigh: high / size,
  falseNegativeRate: (failures - caught) / failures,
  falsePositiveRate: (high - caught) / (size - failures),
  precision: caught / high,
});

const gapOf = (
  figure: Gap['figure'],
  highest: string,
  lowest: string,
  gap: number,
  interval: Gap['interval'],
): Gap => ({ figure, highest, lowest, gap, interval });

// Sex: F 10 of 40 High (25%), 6 of its 12 failures caught; M 3 of 30 High (10%), 2 of its 6 caught.
const SEX: AttributeEquity = {
  attribute: 'sex',
  groups: [group('F', 40, 12, 10, 6), group('M', 30, 6, 3, 2)],
  gaps: [
    // 25% − 10%: exactly at an acceptable gap of 15 points, so within it.
    gapOf('shareHigh', 'F', 'M', 0.15, { low: 0.03, high: 0.27 }),
    // Missed: M 4 of 6 (67%), F 6 of 12 (50%).
    gapOf('falseNegativeRate', 'M', 'F', 2 / 3 - 1 / 2, { low: 0.02, high: 0.3 }),
    // Passing, High: F 4 of 28 (14%), M 1 of 24 (4%).
    gapOf('falsePositiveRate', 'F', 'M', 1 / 7 - 1 / 24, { low: -0.05, high: 0.25 }),
    // High who failed: M 2 of 3 (67%), F 6 of 10 (60%); an interval starting at 0 includes 0.
    gapOf('precision', 'M', 'F', 2 / 3 - 0.6, { low: 0, high: 0.2 }),
  ],
};
// Address: one group of at least 20 students only (R has 19), so nothing to compare.
const ADDRESS: AttributeEquity = {
  attribute: 'address',
  groups: [group('U', 51, 13, 11, 7), group('R', 19, 5, 2, 1)],
  gaps: [],
};
// Mother's education: codes 1 and 3 (20 and 30 students) both 20% High; the 19 blanks are not compared.
const MEDU: AttributeEquity = {
  attribute: 'Medu',
  groups: [group('1', 20, 6, 4, 2), group('3', 30, 8, 6, 3), group('(blank)', 19, 4, 3, 2)],
  gaps: [gapOf('shareHigh', '3', '1', 0, null)],
};

const equity = (overrides: Partial<EquityEvidence> = {}): EquityEvidence => ({
  rule: 'the 25 highest risks',
  gapLimit: 0.15,
  leftOut: [],
  attributes: [SEX, ADDRESS, MEDU],
  withLeftOut: null,
  ...overrides,
});
const evidence = (overrides: Partial<EquityEvidence> = {}): VersionEvidence => ({
  ...fixtureEvidence(),
  equity: equity(overrides),
});

describe('groups and attributes in words', () => {
  it('names each figure in a few words', () => {
    expect(FIGURE_WORDS).toEqual({
      shareHigh: 'share marked High',
      falseNegativeRate: 'failing students missed',
      falsePositiveRate: 'passing students marked High',
      precision: 'High students who failed',
    });
  });

  it('reads a category by its label, a scale code with its meaning from the scale’s first code', () => {
    expect(groupLabel('sex', 'F')).toBe('female (F)');
    expect(groupLabel('course', 'portuguese')).toBe('Portuguese (portuguese)');
    expect(groupLabel('guardian', 'mother')).toBe('mother');
    expect(groupLabel('Medu', '0')).toBe('0: none');
    expect(groupLabel('Medu', '3')).toBe('3: secondary school');
    // Travel time codes start at 1: code 2 is the second level, not the third.
    expect(groupLabel('traveltime', '2')).toBe('2: 15-30 min');
    expect(groupLabel('traveltime', '1')).toBe('1: under 15 min');
    expect(groupLabel('age', '16')).toBe('16');
  });

  it('keeps a blank group, and a group of a column the dictionary lacks, as they are', () => {
    expect(groupLabel('Medu', '(blank)')).toBe('(blank)');
    expect(groupLabel('sex', '(blank)')).toBe('(blank)');
    expect(groupLabel('club', 'chess')).toBe('chess');
  });

  it('labels an attribute in the dictionary’s words, or by its name when it has none', () => {
    expect(labelOf('address')).toBe('home address');
    expect(labelOf('Medu')).toBe("mother's education");
    expect(labelOf('school')).toBe('school');
    expect(labelOf('club')).toBe('club');
  });
});

describe('whether a gap may be chance', () => {
  const at = (low: number, high: number) => gapOf('shareHigh', 'F', 'M', 0.1, { low, high });

  it('is when its interval includes 0, an end at 0 included', () => {
    expect(includesZero(at(-0.02, 0.2))).toBe(true);
    expect(includesZero(at(0, 0.2))).toBe(true);
    expect(includesZero(at(-0.2, 0))).toBe(true);
  });

  it('is not when the interval lies on one side of 0, or when there is no interval', () => {
    expect(includesZero(at(0.01, 0.2))).toBe(false);
    expect(includesZero(at(-0.2, -0.01))).toBe(false);
    expect(includesZero(gapOf('shareHigh', 'F', 'M', 0.1, null))).toBe(false);
  });
});

describe('the words on one gap', () => {
  it('names the two groups with their figures, and whether the gap is above the acceptable one', () => {
    const [share, missed, passing, precision] = SEX.gaps as Gap[];
    expect(gapVerdict(SEX, share as Gap, 0.15)).toBe(
      'female (F) 25% vs male (M) 10%: within the acceptable gap of 15 points.',
    );
    expect(gapVerdict(SEX, share as Gap, 0.1)).toBe(
      'female (F) 25% vs male (M) 10%: above the acceptable gap of 10 points.',
    );
    expect(gapVerdict(SEX, missed as Gap, 0.15)).toBe(
      'male (M) 67% vs female (F) 50%: above the acceptable gap of 15 points.',
    );
    expect(gapVerdict(SEX, passing as Gap, 0.15)).toBe(
      'female (F) 14% vs male (M) 4%: within the acceptable gap of 15 points. Its interval includes 0: it ' +
        'may be chance.',
    );
    expect(gapVerdict(SEX, precision as Gap, 0.05)).toBe(
      'male (M) 67% vs female (F) 60%: above the acceptable gap of 5 points. Its interval includes 0: it may ' +
        'be chance.',
    );
  });

  it('says there is no gap when it rounds to 0 points, whatever the acceptable gap', () => {
    expect(gapVerdict(MEDU, MEDU.gaps[0] as Gap, 0)).toBe(
      '3: secondary school 20% vs 1: primary school (4th grade) 20%: no gap.',
    );
    const tiny = gapOf('shareHigh', 'F', 'M', 0.004, { low: -0.1, high: 0.1 });
    expect(gapVerdict(SEX, tiny, 0)).toBe('female (F) 25% vs male (M) 10%: no gap.');
  });
});

describe('the gap the sidebar names', () => {
  const attribute = (name: string, gaps: Gap[]): AttributeEquity => ({ attribute: name, groups: [], gaps });
  const ofGaps = (attributes: AttributeEquity[]) => largestGap(equity({ attributes }));

  it('is the largest whose interval leaves out 0, passing over larger ones that may be chance', () => {
    const noInterval = gapOf('shareHigh', 'F', 'M', 0.3, null);
    const maybeChance = gapOf('falseNegativeRate', 'F', 'M', 0.25, { low: -0.05, high: 0.5 });
    const clear = gapOf('falsePositiveRate', 'U', 'R', 0.2, { low: 0.05, high: 0.35 });
    const smaller = gapOf('precision', 'U', 'R', 0.1, { low: 0.02, high: 0.2 });
    const sex = attribute('sex', [noInterval, maybeChance]);
    const address = attribute('address', [clear, smaller]);
    expect(ofGaps([sex, address])).toEqual({ attribute: address, gap: clear });
  });

  it('is the first of two equally large gaps', () => {
    const first = gapOf('shareHigh', 'F', 'M', 0.2, { low: 0.05, high: 0.35 });
    const second = gapOf('shareHigh', 'U', 'R', 0.2, { low: 0.05, high: 0.35 });
    const sex = attribute('sex', [first]);
    const address = attribute('address', [second]);
    expect(ofGaps([sex, address])).toEqual({ attribute: sex, gap: first });
  });

  it('is the largest of all when every gap may be chance, and none when nothing was compared', () => {
    const small = gapOf('shareHigh', 'F', 'M', 0.1, { low: -0.05, high: 0.25 });
    const large = gapOf('precision', 'F', 'M', 0.3, null);
    const medium = gapOf('falseNegativeRate', 'F', 'M', 0.2, { low: 0, high: 0.4 });
    const sex = attribute('sex', [small, large, medium]);
    expect(ofGaps([sex])).toEqual({ attribute: sex, gap: large });
    expect(ofGaps([attribute('sex', [])])).toBeNull();
    expect(ofGaps([])).toBeNull();
  });

  it('is found in the card’s own figures: the missed-students gap by sex', () => {
    expect(largestGap(equity())).toEqual({ attribute: SEX, gap: SEX.gaps[1] });
  });
});

describe('the equity section', () => {
  it('explains the figures, then gives every gap and every group', () => {
    expect(equitySection(evidence())).toEqual({
      title: TITLE,
      rows: [
        {
          kind: 'fact',
          label: 'How to read it',
          text:
            'High here means the 25 highest risks, from out-of-fold risks (students the model had not seen). ' +
            "For each of sex, home address and mother's education: the share of each group marked High; of " +
            'those who failed, the share missed (not High); of those who passed, the share marked High; and of ' +
            'the High, the share who failed. Groups under 20 students are listed but not compared. An interval ' +
            'that includes 0 means the gap may be chance.',
          figures: [],
        },
        {
          kind: 'fact',
          label: 'Acceptable gap',
          text:
            'A gap between two groups above this is flagged (in red, and in words). Set in Settings; this is ' +
            'the value when the version was trained.',
          figures: [{ value: 0.15, kind: 'percent' }],
        },
        {
          kind: 'header',
          label: 'Largest gap',
          text: 'Between which groups',
          figures: ['Gap', '95% from', '95% to'],
        },
        {
          kind: 'fact',
          label: 'sex: share marked High',
          text: 'female (F) 25% vs male (M) 10%: within the acceptable gap of 15 points.',
          figures: [
            { value: 0.15, kind: 'percent' },
            { value: 0.03, kind: 'percent' },
            { value: 0.27, kind: 'percent' },
          ],
          flagged: false,
        },
        {
          kind: 'fact',
          label: 'sex: failing students missed',
          text: 'male (M) 67% vs female (F) 50%: above the acceptable gap of 15 points.',
          figures: [
            { value: expect.closeTo(1 / 6, 12), kind: 'percent' },
            { value: 0.02, kind: 'percent' },
            { value: 0.3, kind: 'percent' },
          ],
          flagged: true,
        },
        {
          kind: 'fact',
          label: 'sex: passing students marked High',
          text:
            'female (F) 14% vs male (M) 4%: within the acceptable gap of 15 points. Its interval includes 0: ' +
            'it may be chance.',
          figures: [
            { value: expect.closeTo(17 / 168, 12), kind: 'percent' },
            { value: -0.05, kind: 'percent' },
            { value: 0.25, kind: 'percent' },
          ],
          flagged: false,
        },
        {
          kind: 'fact',
          label: 'sex: High students who failed',
          text:
            'male (M) 67% vs female (F) 60%: within the acceptable gap of 15 points. Its interval includes 0: ' +
            'it may be chance.',
          figures: [
            { value: expect.closeTo(1 / 15, 12), kind: 'percent' },
            { value: 0, kind: 'percent' },
            { value: 0.2, kind: 'percent' },
          ],
          flagged: false,
        },
        {
          kind: 'fact',
          label: 'address',
          text: 'Fewer than two groups of at least 20 students: not compared.',
          figures: [],
        },
        {
          kind: 'fact',
          label: 'Medu: share marked High',
          text: '3: secondary school 20% vs 1: primary school (4th grade) 20%: no gap.',
          figures: [
            { value: 0, kind: 'percent' },
            { value: null, kind: 'percent' },
            { value: null, kind: 'percent' },
          ],
          flagged: false,
        },
        {
          kind: 'header',
          label: 'Group',
          text: 'Students and outcomes',
          figures: ['Students', 'Marked High', 'Missed', 'Passing, High'],
        },
        {
          kind: 'fact',
          label: 'sex = female (F)',
          text: '12 failed; 10 marked High, of whom 6 failed.',
          figures: [
            { value: 40, kind: 'count' },
            { value: 0.25, kind: 'percent' },
            { value: 0.5, kind: 'percent' },
            { value: expect.closeTo(4 / 28, 12), kind: 'percent' },
          ],
        },
        {
          kind: 'fact',
          label: 'sex = male (M)',
          text: '6 failed; 3 marked High, of whom 2 failed.',
          figures: [
            { value: 30, kind: 'count' },
            { value: 0.1, kind: 'percent' },
            { value: expect.closeTo(4 / 6, 12), kind: 'percent' },
            { value: expect.closeTo(1 / 24, 12), kind: 'percent' },
          ],
        },
        {
          kind: 'fact',
          label: 'address = urban (U)',
          text: '13 failed; 11 marked High, of whom 7 failed.',
          figures: [
            { value: 51, kind: 'count' },
            { value: expect.closeTo(11 / 51, 12), kind: 'percent' },
            { value: expect.closeTo(6 / 13, 12), kind: 'percent' },
            { value: expect.closeTo(4 / 38, 12), kind: 'percent' },
          ],
        },
        {
          kind: 'fact',
          label: 'address = rural (R)',
          text: '5 failed; 2 marked High, of whom 1 failed. Under 20 students: listed, not compared.',
          figures: [
            { value: 19, kind: 'count' },
            { value: expect.closeTo(2 / 19, 12), kind: 'percent' },
            { value: 0.8, kind: 'percent' },
            { value: expect.closeTo(1 / 14, 12), kind: 'percent' },
          ],
        },
        {
          kind: 'fact',
          label: 'Medu = 1: primary school (4th grade)',
          text: '6 failed; 4 marked High, of whom 2 failed.',
          figures: [
            { value: 20, kind: 'count' },
            { value: 0.2, kind: 'percent' },
            { value: expect.closeTo(4 / 6, 12), kind: 'percent' },
            { value: expect.closeTo(2 / 14, 12), kind: 'percent' },
          ],
        },
        {
          kind: 'fact',
          label: 'Medu = 3: secondary school',
          text: '8 failed; 6 marked High, of whom 3 failed.',
          figures: [
            { value: 30, kind: 'count' },
            { value: 0.2, kind: 'percent' },
            { value: 5 / 8, kind: 'percent' },
            { value: expect.closeTo(3 / 22, 12), kind: 'percent' },
          ],
        },
        {
          kind: 'fact',
          label: 'Medu = (blank)',
          text: '4 failed; 3 marked High, of whom 2 failed. Under 20 students: listed, not compared.',
          figures: [
            { value: 19, kind: 'count' },
            { value: expect.closeTo(3 / 19, 12), kind: 'percent' },
            { value: 0.5, kind: 'percent' },
            { value: expect.closeTo(1 / 15, 12), kind: 'percent' },
          ],
        },
      ],
    });
  });

  it('flags a gap above the acceptable gap only, in colour as in words', () => {
    const rows = equitySection(evidence({ gapLimit: 0.1 })).rows.filter((r) => r.label.startsWith('sex: '));
    expect(rows.map((r) => [r.label, r.flagged])).toEqual([
      ['sex: share marked High', true],
      ['sex: failing students missed', true],
      ['sex: passing students marked High', true],
      ['sex: High students who failed', false],
    ]);
  });

  it('compares with the model trained with the left-out attributes, attribute by attribute', () => {
    // Trained with them: the largest gap by sex is the third listed (precision, 20 points).
    const theirSex: AttributeEquity = {
      attribute: 'sex',
      groups: [],
      gaps: [
        gapOf('shareHigh', 'F', 'M', 0.05, null),
        gapOf('falsePositiveRate', 'F', 'M', 0.08, null),
        gapOf('precision', 'M', 'F', 0.2, null),
        gapOf('falseNegativeRate', 'M', 'F', 0.01, null),
      ],
    };
    const theirAddress: AttributeEquity = {
      attribute: 'address',
      groups: [],
      gaps: [gapOf('shareHigh', 'U', 'R', 0.12, null)],
    };
    const withLeftOut = {
      auc: { mean: 0.731, low: 0.661, high: 0.801, defined: 5, folds: 5 },
      attributes: [theirAddress, theirSex],
    };
    const rows = equitySection(evidence({ leftOut: ['sex', 'address'], withLeftOut })).rows;
    const from = rows.findIndex((r) => r.label === 'With those left out');
    // Address has no gap of its own and Medu none trained with them: only sex is compared.
    expect(rows.slice(from)).toEqual([
      {
        kind: 'header',
        label: 'With those left out',
        text: 'The same training with them as inputs, for comparison',
        figures: ['Value', '95% from', '95% to'],
      },
      {
        kind: 'fact',
        label: 'ROC AUC with them',
        text: 'With sex and address as inputs: 0.73; without (this version): 0.72.',
        figures: [
          { value: 0.731, kind: 'score' },
          { value: 0.661, kind: 'score' },
          { value: 0.801, kind: 'score' },
        ],
      },
      {
        kind: 'fact',
        label: 'sex: largest gap',
        text: 'Without them: failing students missed, 17 points. With them: High students who failed, 20 points.',
        figures: [{ value: 0.2, kind: 'percent' }],
      },
    ]);
    const one = equitySection(evidence({ leftOut: ['sex'], withLeftOut })).rows;
    expect(one.find((r) => r.label === 'ROC AUC with them')?.text).toBe(
      'With sex as an input: 0.73; without (this version): 0.72.',
    );
  });

  it('says why the figures are missing: trained before they were kept, unless it was imported', () => {
    expect(equitySection(null)).toEqual({
      title: TITLE,
      rows: [
        {
          kind: 'fact',
          label: 'Not recorded',
          text:
            'This version was trained before PassCompass kept equity figures. Train again to see them. How it ' +
            'treats each group of students is unknown.',
          figures: [],
        },
      ],
    });
    expect(equitySection(null, true).rows[0]?.text).toBe(
      "This version was imported from BigQuery ML: equity figures come from PassCompass's own " +
        'cross-validation, which an imported model has not had. Weigh that before promoting it. How it treats ' +
        'each group of students is unknown.',
    );
  });
});
