import { describeValue } from '../../../src/core/data/describe-value';
import { DEFAULT_ENCODING } from '../../../src/core/model/feature-sets';
import { trainLogisticModel } from '../../../src/core/model/logistic';
import { contributions } from '../../../src/core/model/score';
import {
  CONTEXT_DOMINANCE,
  MAX_CONTEXT_REASONS,
  REASON_FLOOR,
  mainReasons,
  reasonsText,
} from '../../../src/core/scoring/reasons';
import { ROSTER_EARLY_ATTRIBUTES, aRoster } from '../../support/roster-builder';
import { aHandBuiltModel, level, numeric } from './hand-built-model';

// Contributions of `student` under `model`, by hand (coefficient × (x − center) / scale):
//   failures 0.5 × 3 + failures>0 0.4 × 1 = 1.9      absences 0.3 × (14 − 4) / 4 = 0.75
//   studytime −0.6 × (1 − 2) = 0.6                    Mjob=at_home 0.2 × 1 + Mjob=teacher −0.1 × 0 = 0.2
//   course=portuguese 1.0 (never a reason)            higher=no 0.8 × 0 = 0
//   famsup=no 0.03 (below the floor)                  G2 −0.5 × (12 − 10) / 2 = −0.5 (lowers the risk)
const model = aHandBuiltModel([
  numeric('failures', 0.5),
  numeric('failures', 0.4, 0, 1, 'positive'),
  numeric('absences', 0.3, 4, 4),
  numeric('studytime', -0.6, 2, 1),
  level('Mjob', 'at_home', 0.2),
  level('Mjob', 'teacher', -0.1),
  level('course', 'portuguese', 1),
  level('higher', 'no', 0.8),
  level('famsup', 'no', 0.03),
  numeric('G2', -0.5, 10, 2),
]);
const student = {
  failures: 3,
  absences: 14,
  studytime: 1,
  Mjob: 'at_home',
  course: 'portuguese',
  higher: 'yes',
  famsup: 'no',
  G2: 12,
};

describe('the main reasons for a student’s risk', () => {
  it('names the attributes that raise the risk most, largest first, summed over their features', () => {
    const reasons = mainReasons(model, student);
    expect(reasons.map((r) => r.attribute)).toEqual(['failures', 'absences', 'studytime']);
    expect(reasons.map((r) => r.contribution)).toEqual([
      expect.closeTo(1.9, 12),
      expect.closeTo(0.75, 12),
      expect.closeTo(0.6, 12),
    ]);
    expect(reasons.map((r) => r.text)).toEqual([
      '3 past class failures',
      '14 absences',
      'weekly study time: under 2 hours',
    ]);
  });

  it('gives more reasons when asked, but never what lowers the risk, the course, or a push below the floor', () => {
    const reasons = mainReasons(model, student, 10);
    // Mjob=at_home (0.2) is context, far weaker than past failures: not named.
    expect(reasons.map((r) => r.attribute)).toEqual(['failures', 'absences', 'studytime']);
    expect(reasons.every((r) => r.contribution > REASON_FLOOR && r.kind === 'influenceable')).toBe(true);
  });

  it('keeps a push just above the floor', () => {
    const stronger = aHandBuiltModel([level('famsup', 'no', REASON_FLOOR + 0.01)]);
    expect(mainReasons(stronger, { famsup: 'no' }).map((r) => r.text)).toEqual([
      'no family educational support',
    ]);
    const weaker = aHandBuiltModel([level('famsup', 'no', REASON_FLOOR)]);
    expect(mainReasons(weaker, { famsup: 'no' })).toEqual([]);
  });

  it('never names a blank value: it is imputed at the average and pushes nothing', () => {
    const reasons = mainReasons(model, { ...student, failures: null, absences: '  ', Mjob: '' }, 10);
    expect(reasons.map((r) => r.attribute)).toEqual(['studytime']);
  });

  it('never names the final grade, even in a damaged model that uses it', () => {
    const damaged = aHandBuiltModel([numeric('G3', -2, 10, 1), numeric('absences', 0.3, 4, 4)]);
    expect(mainReasons(damaged, { G3: 0, absences: 14 }).map((r) => r.attribute)).toEqual(['absences']);
  });

  it('gives no reason for an average student, a student with every value blank, or a request for none', () => {
    const average = { failures: 0, absences: 4, studytime: 2, Mjob: 'other', higher: 'yes', famsup: 'yes' };
    expect(mainReasons(model, average)).toEqual([]);
    expect(mainReasons(model, {})).toEqual([]);
    expect(mainReasons(model, student, 0)).toEqual([]);
  });

  it('keeps the model’s feature order between attributes that push equally', () => {
    const even = aHandBuiltModel([level('famsup', 'no', 0.5), level('internet', 'no', 0.5)]);
    expect(mainReasons(even, { internet: 'no', famsup: 'no' }).map((r) => r.attribute)).toEqual([
      'famsup',
      'internet',
    ]);
  });

  it('throws RangeError for a number of reasons that is negative or fractional', () => {
    expect(() => mainReasons(model, student, -1)).toThrow(RangeError);
    expect(() => mainReasons(model, student, 1.5)).toThrow(
      new RangeError('The number of reasons must be a whole number of at least 0, not 1.5.'),
    );
  });

  it('throws TypeError, naming the row, for text in a numeric column', () => {
    expect(() => mainReasons(model, { ...student, absences: 'lots' }, 3, 4)).toThrow(/Row 5/);
    expect(() => mainReasons(model, { ...student, absences: 'lots' })).toThrow(TypeError);
  });

  describe('with a trained model', () => {
    const roster = aRoster().withRows(150).build();
    const trained = trainLogisticModel(
      roster.records,
      roster.labels,
      ROSTER_EARLY_ATTRIBUTES,
      { steps: 50, learningRate: 1 },
      DEFAULT_ENCODING,
    );

    it('gives each student at most three distinct, risk-raising attributes in descending order', () => {
      for (const record of roster.records) {
        const reasons = mainReasons(trained, record);
        expect(reasons.length).toBeLessThanOrEqual(3);
        expect(new Set(reasons.map((r) => r.attribute)).size).toBe(reasons.length);
        const influenceable = reasons.filter((r) => r.kind === 'influenceable');
        expect(reasons.slice(0, influenceable.length)).toEqual(influenceable);
        expect(reasons.length - influenceable.length).toBeLessThanOrEqual(MAX_CONTEXT_REASONS);
        influenceable.forEach((reason, i) => {
          if (i > 0) expect(reason.contribution).toBeLessThanOrEqual(reasons[i - 1]?.contribution ?? 0);
        });
        reasons.forEach((reason) => {
          expect(reason.contribution).toBeGreaterThan(REASON_FLOOR);
          if (reason.kind === 'context')
            expect(reason.contribution).toBeGreaterThanOrEqual(
              CONTEXT_DOMINANCE * (influenceable[0]?.contribution ?? 0),
            );
          expect(reason.text).toBe(describeValue(reason.attribute, record[reason.attribute] ?? null));
          expect(reason.attribute).not.toBe('course');
        });
      }
    });

    it('sums exactly the contributions of the attribute’s features', () => {
      const record = roster.records.find((r) => (r.failures as number) >= 2) ?? {};
      const byFeature = contributions(trained, record);
      expect(Object.keys(byFeature)).toEqual(expect.arrayContaining(['failures', 'failures>0']));
      const failures = (byFeature['failures'] ?? 0) + (byFeature['failures>0'] ?? 0);
      const reason = mainReasons(trained, record, 40).find((r) => r.attribute === 'failures');
      expect(reason?.contribution).toBeCloseTo(failures, 12);
    });

    it('names past failures for a student with three of them', () => {
      const record = { ...(roster.records[0] ?? {}), failures: 3 };
      expect(mainReasons(trained, record).map((r) => r.text)).toContain('3 past class failures');
    });
  });
});

describe('reasons a teacher can act on', () => {
  // Hand-built: school=MS is context, goout and studytime influenceable; contributions on paper:
  //   school=MS 0.4 × 1 = 0.4    goout 0.12 × (5 − 3) = 0.24 (4: 0.12)    studytime −0.15 × (1 − 2) = 0.15
  //   guardian=father −0.1: a student with the commonest guardian (mother) gets 0 here, never a reason
  //   Fjob=services 0.3          absences>0 −0.2 × (0 − 0.6) / 0.5 = 0.24 for a student with none
  const background = aHandBuiltModel([
    level('school', 'MS', 0.4),
    numeric('goout', 0.12, 3, 1),
    numeric('studytime', -0.15, 2, 1),
    level('Fjob', 'services', 0.3),
    numeric('absences', 0.05, 4, 6),
    numeric('absences', -0.2, 0.6, 0.5, 'positive'),
  ]);
  const at = (goout: number, extra: Record<string, string | number> = {}) => ({
    school: 'MS',
    goout,
    studytime: 1,
    Fjob: 'other',
    absences: 6,
    ...extra,
  });

  it('names what the school can act on first, and background last, only when it is at least twice as strong', () => {
    // goout 4 pushes 0.12: the school (0.4) is at least twice the strongest influenceable reason (0.15).
    const dominant = mainReasons(background, at(4));
    expect(dominant.map((r) => [r.attribute, r.kind])).toEqual([
      ['studytime', 'influenceable'],
      ['goout', 'influenceable'],
      ['school', 'context'],
    ]);
    // goout 5 pushes 0.24: the school (0.4) is less than twice that, so it is not named.
    expect(mainReasons(background, at(5)).map((r) => r.attribute)).toEqual(['goout', 'studytime']);
  });

  it('names a context reason at exactly twice the strongest influenceable one', () => {
    const even = aHandBuiltModel([level('school', 'MS', 0.4), numeric('goout', 0.2, 3, 1)]);
    expect(mainReasons(even, { school: 'MS', goout: 4 }).map((r) => r.attribute)).toEqual([
      'goout',
      'school',
    ]);
  });

  it('keeps the last place for a dominant context reason when three influenceable ones are there', () => {
    const many = aHandBuiltModel([
      level('school', 'MS', 2),
      numeric('goout', 0.3, 3, 1),
      numeric('studytime', -0.2, 2, 1),
      numeric('Dalc', 0.1, 1, 1),
    ]);
    const reasons = mainReasons(many, { school: 'MS', goout: 4, studytime: 1, Dalc: 2 });
    expect(reasons.map((r) => r.attribute)).toEqual(['goout', 'studytime', 'school']);
    expect(
      mainReasons(many, { school: 'MS', goout: 4, studytime: 1, Dalc: 2 }, 1).map((r) => r.attribute),
    ).toEqual(['school']);
  });

  it('names background alone when nothing the school can act on raises the risk, one reason at most', () => {
    const reasons = mainReasons(background, {
      school: 'MS',
      goout: 3,
      studytime: 2,
      Fjob: 'services',
      absences: 6,
    });
    expect(reasons.map((r) => r.text)).toEqual(['school: Mousinho da Silveira']);
  });

  it('never names no absences, even when the model says it raises the risk', () => {
    const reasons = mainReasons(background, at(3, { studytime: 2, school: 'GP', absences: 0 }), 10);
    expect(reasons).toEqual([]);
  });

  it('never names a value on the reassuring side of its scale, whatever the model learnt', () => {
    const backwards = aHandBuiltModel([numeric('studytime', 0.5, 2, 1), level('higher', 'no', -0.5)]);
    expect(mainReasons(backwards, { studytime: 4, higher: 'yes' })).toEqual([]);
  });

  it('never names the commonest category, nor the student’s sex', () => {
    const family = aHandBuiltModel([level('guardian', 'father', -0.6), level('sex', 'M', 0.6)]);
    expect(mainReasons(family, { guardian: 'mother', sex: 'M' })).toEqual([]);
  });

  it('names support already given as context, in words that say so', () => {
    const support = aHandBuiltModel([level('schoolsup', 'yes', 0.3)]);
    expect(mainReasons(support, { schoolsup: 'yes' })).toEqual([
      {
        attribute: 'schoolsup',
        contribution: 0.3,
        kind: 'context',
        text: 'already receives extra educational support from the school',
      },
    ]);
  });
});

describe('the reasons cell', () => {
  it('joins the wordings with "; "', () => {
    expect(reasonsText(mainReasons(model, student, 2))).toBe('3 past class failures; 14 absences');
  });

  it('is empty when there is no reason', () => {
    expect(reasonsText([])).toBe('');
  });
});
