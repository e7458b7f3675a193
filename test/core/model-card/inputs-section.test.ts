/**
 * The card's "Inputs used" section (core/model-card/inputs-section): the roster columns a model weighs, in the
 * data dictionary's words, grouped as the reasons are, then the sensitive attributes used, left out and never
 * used. Every sentence is stated in full, from the dictionary and the reason classes.
 */
import { attributeOfFeature, inputsSection } from '../../../src/core/model-card/inputs-section';
import type { VersionEvidence } from '../../../src/core/model/evidence';
import { fixtureEvidence } from '../../support/model-card-fixture';

const leaving = (leftOut: string[]): VersionEvidence => {
  const evidence = fixtureEvidence();
  return { ...evidence, equity: { ...evidence.equity, leftOut } };
};

const NEVER_AN_INPUT = {
  kind: 'fact',
  label: 'Never an input',
  text:
    'The final grade (G3), which is the outcome; names and student numbers; an “any absences at all” input ' +
    '(see Limitations: the “no absences” artefact).',
  figures: [],
};

describe('the roster column of a model input', () => {
  it('takes the column before a level, even a level that reads like a transform', () => {
    expect(attributeOfFeature('Mjob=at_home')).toBe('Mjob');
    expect(attributeOfFeature('Mjob=log1p(x)')).toBe('Mjob');
    expect(attributeOfFeature('log1p(absences)')).toBe('absences');
    expect(attributeOfFeature('failures>0')).toBe('failures');
  });
});

describe('the inputs section', () => {
  it('groups the columns as the reasons are, in the dictionary’s words, then the sensitive attributes', () => {
    const features = ['sex=M', 'address=R', 'failures', 'failures>0', 'log1p(absences)', 'club=chess'];
    expect(inputsSection(features, leaving([]))).toEqual({
      title: 'Inputs used',
      rows: [
        {
          kind: 'fact',
          label: 'Columns weighed',
          text:
            '5 columns of the Students sheet (6 model inputs once each answer of a category counts as one). A ' +
            'weight says what went with failing in past students, not what causes it.',
          figures: [{ value: 5, kind: 'count' }],
        },
        {
          kind: 'header',
          label: 'School can act on',
          text: 'Named first in a student’s main reasons.',
          figures: [],
        },
        {
          kind: 'fact',
          label: 'failures',
          text: 'Past class failures — a past fact, but the gap it leaves is what catch-up support targets.',
          figures: [],
        },
        {
          kind: 'fact',
          label: 'absences',
          text: 'Absences — attendance is the first thing a school follows up.',
          figures: [],
        },
        {
          kind: 'header',
          label: 'Context',
          text: 'Who the student is and where they come from: named only when it clearly outweighs the rest.',
          figures: [],
        },
        { kind: 'fact', label: 'address', text: 'Home address — where the family lives.', figures: [] },
        // A column the reason classes lack is context, named as it is.
        { kind: 'fact', label: 'club', text: 'Club.', figures: [] },
        {
          kind: 'header',
          label: 'Weighed, never named',
          text: 'Used by the model but never given to a teacher as a reason.',
          figures: [],
        },
        {
          kind: 'fact',
          label: 'sex',
          text: 'Sex — a protected characteristic: naming it for one student invites stereotyping; nobody acts on it.',
          figures: [],
        },
        { kind: 'header', label: 'Sensitive attributes', text: '', figures: [] },
        {
          kind: 'fact',
          label: 'Used as inputs',
          text: 'sex and home address (address). Their effect on each group is in Equity below.',
          figures: [],
        },
        {
          kind: 'fact',
          label: 'Left out by the school',
          text: 'None: Settings left no attribute out.',
          figures: [],
        },
        NEVER_AN_INPUT,
      ],
    });
  });

  it('gives no group without a column, and says when no sensitive attribute is an input', () => {
    expect(inputsSection(['failures', 'G1'], leaving(['sex', 'address'])).rows).toEqual([
      {
        kind: 'fact',
        label: 'Columns weighed',
        text:
          '2 columns of the Students sheet (2 model inputs once each answer of a category counts as one). A ' +
          'weight says what went with failing in past students, not what causes it.',
        figures: [{ value: 2, kind: 'count' }],
      },
      {
        kind: 'header',
        label: 'School can act on',
        text: 'Named first in a student’s main reasons.',
        figures: [],
      },
      {
        kind: 'fact',
        label: 'failures',
        text: 'Past class failures — a past fact, but the gap it leaves is what catch-up support targets.',
        figures: [],
      },
      {
        kind: 'fact',
        label: 'G1',
        text: "First-period grade — this term's evidence, which teaching and support respond to.",
        figures: [],
      },
      { kind: 'header', label: 'Sensitive attributes', text: '', figures: [] },
      {
        kind: 'fact',
        label: 'Used as inputs',
        text: 'None of sex, home address, school, parents’ education or course.',
        figures: [],
      },
      {
        kind: 'fact',
        label: 'Left out by the school',
        text: 'sex and home address (address): not inputs, still reported in Equity below.',
        figures: [],
      },
      NEVER_AN_INPUT,
    ]);
  });

  it('says when what was left out was not recorded', () => {
    const rows = inputsSection(['school=MS', 'Medu'], null).rows;
    expect(rows.find((r) => r.label === 'Used as inputs')?.text).toBe(
      "school and mother's education (Medu). Their effect on each group is in Equity below.",
    );
    expect(rows.find((r) => r.label === 'Left out by the school')?.text).toBe(
      'Not recorded for this version (trained before PassCompass kept it).',
    );
  });
});
