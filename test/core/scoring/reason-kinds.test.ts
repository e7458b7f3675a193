import { ATTRIBUTES, isCategorical } from '../../../src/core/data/dictionary';
import {
  REASON_CLASSES,
  type ReasonKind,
  reasonClass,
  reasonKindOf,
} from '../../../src/core/scoring/reason-kinds';
import type { EncodedFeature } from '../../../src/core/model/encoding';
import { aHandBuiltModel, level, numeric } from './hand-built-model';

const namesOf = (kind: ReasonKind | 'never'): string[] =>
  Object.entries(REASON_CLASSES)
    .filter(([, rule]) => rule.kind === kind)
    .map(([name]) => name)
    .sort();

describe('which attributes a school can act on', () => {
  it('classifies every attribute of the data dictionary, and nothing else', () => {
    expect(Object.keys(REASON_CLASSES).sort()).toEqual(ATTRIBUTES.map((a) => a.name).sort());
  });

  it('names attendance, study, support, going out, drinking and this term’s grades as influenceable', () => {
    expect(namesOf('influenceable')).toEqual(
      [
        'absences',
        'studytime',
        'failures',
        'schoolsup',
        'famsup',
        'activities',
        'higher',
        'internet',
        'freetime',
        'goout',
        'Dalc',
        'Walc',
        'G1',
        'G2',
      ].sort(),
    );
  });

  it('names school, family, home, private life and health as context', () => {
    expect(namesOf('context')).toEqual(
      [
        'school',
        'age',
        'address',
        'famsize',
        'Pstatus',
        'Medu',
        'Fedu',
        'Mjob',
        'Fjob',
        'reason',
        'guardian',
        'traveltime',
        'paid',
        'nursery',
        'romantic',
        'famrel',
        'health',
      ].sort(),
    );
  });

  it('never names sex, the course or the final grade', () => {
    expect(namesOf('never')).toEqual(['G3', 'course', 'sex']);
  });

  it('says why in one line for every attribute', () => {
    for (const rule of Object.values(REASON_CLASSES)) {
      expect(rule.why.length).toBeGreaterThan(10);
      expect(rule.why).not.toMatch(/\n/);
    }
  });

  it('gives every number or scale that can be named a worrying side, and only real categories', () => {
    for (const attribute of ATTRIBUTES) {
      const rule = reasonClass(attribute.name);
      if (rule.kind === 'never') continue;
      if (!isCategorical(attribute)) {
        expect([attribute.name, rule.worrying]).toEqual([
          attribute.name,
          expect.stringMatching(/^(higher|lower)$/),
        ]);
        expect(rule.asContext).toBeUndefined();
        continue;
      }
      expect(typeof rule.worrying).not.toBe('string');
      for (const value of [
        ...((rule.worrying as readonly string[] | undefined) ?? []),
        ...(rule.asContext ?? []),
      ])
        expect(attribute.categories).toContain(value);
    }
  });

  it('throws RangeError for an attribute it does not know, naming it', () => {
    expect(() => reasonClass('shoeSize')).toThrow(new RangeError('"shoeSize" has no reason class.'));
    expect(() => reasonClass('constructor')).toThrow(RangeError);
  });
});

describe('what a value may be named as', () => {
  const model = aHandBuiltModel([
    numeric('absences', 0.15, 4.4, 6.2),
    numeric('absences', -0.15, 0.66, 0.47, 'positive'),
    numeric('studytime', -0.1, 2, 0.8),
    numeric('failures', 0.3, 0.3, 0.7, 'positive'),
    level('higher', 'no', 0.2),
    level('schoolsup', 'yes', 0.1),
    level('famsup', 'no', -0.07),
    level('guardian', 'father', -0.1),
    level('guardian', 'other', -0.06),
    level('sex', 'M', 0.2),
    level('course', 'math', 0.4),
    numeric('G1', -1.5, 11.2, 3),
    numeric('goout', 0.2, 3, 1.1),
  ]);
  const kindOf = (attribute: string, value: string | number | null) =>
    reasonKindOf(
      attribute,
      { [attribute]: value },
      model.encoding.features.filter((feature) => feature.attribute === attribute),
    );

  it('never names no absences: in the UCI data the students who left the course have none recorded', () => {
    expect(kindOf('absences', 0)).toBeNull();
    expect(kindOf('absences', 4)).toBeNull();
    expect(kindOf('absences', 14)).toBe('influenceable');
  });

  it('names a scale only on its worrying side of the training average', () => {
    expect(kindOf('studytime', 1)).toBe('influenceable');
    expect(kindOf('studytime', 2)).toBeNull();
    expect(kindOf('studytime', 4)).toBeNull();
    expect(kindOf('G1', 6)).toBe('influenceable');
    expect(kindOf('G1', 15)).toBeNull();
  });

  it('does not name a value exactly at the training average, on either side of the scale', () => {
    expect(kindOf('goout', 3)).toBeNull();
    expect(kindOf('studytime', 2)).toBeNull();
    expect(kindOf('goout', 4)).toBe('influenceable');
  });

  it('compares with the value feature even when "any at all" comes first in the model', () => {
    // absences: "any at all" (centre 0.66) first, then the value itself (centre 4.4). Four absences is below
    // the average number, so not a reason, though "any at all" (1) is above its own average.
    const [value, anyAtAll] = model.encoding.features.filter((feature) => feature.attribute === 'absences');
    const features = [anyAtAll, value] as EncodedFeature[];
    expect(reasonKindOf('absences', { absences: 4 }, features)).toBeNull();
    expect(reasonKindOf('absences', { absences: 5 }, features)).toBe('influenceable');
  });

  it('reads "any at all" when it is the only feature of a count', () => {
    expect(kindOf('failures', 1)).toBe('influenceable');
    expect(kindOf('failures', 0)).toBeNull();
  });

  it('names only the worrying category of an influenceable yes/no', () => {
    expect(kindOf('higher', 'no')).toBe('influenceable');
    expect(kindOf('higher', 'yes')).toBeNull();
  });

  it('names the listed worrying categories of the table, whether or not the model has a feature of them', () => {
    const named = (attribute: string, value: string) => reasonKindOf(attribute, { [attribute]: value }, []);
    expect([named('activities', 'no'), named('activities', 'yes')]).toEqual(['influenceable', null]);
    expect([named('internet', 'no'), named('internet', 'yes')]).toEqual(['influenceable', null]);
    expect([named('Pstatus', 'A'), named('Pstatus', 'T')]).toEqual(['context', null]);
    expect([named('nursery', 'no'), named('nursery', 'yes')]).toEqual(['context', null]);
    expect([named('romantic', 'yes'), named('romantic', 'no')]).toEqual(['context', null]);
  });

  it('names the family’s help already given as context when the model singles it out', () => {
    const famsupYes = aHandBuiltModel([level('famsup', 'yes', 0.1)]).encoding.features;
    expect(reasonKindOf('famsup', { famsup: 'yes' }, famsupYes)).toBe('context');
    expect(reasonKindOf('famsup', { famsup: 'no' }, famsupYes)).toBe('influenceable');
  });

  it('names support already given as context, and its absence as something to act on', () => {
    expect(kindOf('schoolsup', 'yes')).toBe('context');
    expect(kindOf('schoolsup', 'no')).toBe('influenceable');
    // Family support is the commonest answer (the model's reference): it sets no student apart.
    expect(kindOf('famsup', 'yes')).toBeNull();
    expect(kindOf('famsup', 'no')).toBe('influenceable');
  });

  it('names a context category the model singles out, never the commonest one or one it never saw', () => {
    expect(kindOf('guardian', 'father')).toBe('context');
    expect(kindOf('guardian', 'mother')).toBeNull();
    expect(kindOf('guardian', 'aunt')).toBeNull();
  });

  it('never names a blank, the student’s sex, or the course', () => {
    expect(kindOf('absences', null)).toBeNull();
    expect(kindOf('higher', ' ')).toBeNull();
    expect(kindOf('sex', 'M')).toBeNull();
    expect(kindOf('course', 'math')).toBeNull();
  });

  it('reads a category with the spaces around it trimmed, as the encoding does', () => {
    expect(kindOf('higher', ' no ')).toBe('influenceable');
  });

  it('names nothing for a number the model has no feature of', () => {
    expect(reasonKindOf('goout', { goout: 5 }, [])).toBeNull();
  });

  it('throws TypeError for text in a numeric column', () => {
    expect(() => kindOf('absences', 'lots')).toThrow(TypeError);
  });
});
