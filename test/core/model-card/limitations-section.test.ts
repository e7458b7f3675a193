/**
 * The card's "Limitations, in words" (core/model-card/limitations-section), read as a counsellor reads it:
 * every sentence in full, its figures worked out by hand from the fixture version (300 students, 90 of them
 * failed, a High tier of 25 that holds 43% of the failures at 60% precision, ROC AUC 0.72 with 95% interval
 * 0.65 to 0.79).
 */
import type { VersionEvidence } from '../../../src/core/model/evidence';
import { capacitySentence, limitationsSection } from '../../../src/core/model-card/limitations-section';
import type { ModelVersion } from '../../../src/core/registry/model-version';
import { fixtureEvidence, fixtureVersion } from '../../support/model-card-fixture';

const labelsAndTexts = (v: ModelVersion, evidence: VersionEvidence | null, capacity = 25) => {
  const section = limitationsSection(v, evidence, capacity);
  expect(section.title).toBe('Limitations, in words');
  for (const r of section.rows)
    expect({ kind: r.kind, figures: r.figures }).toEqual({ kind: 'fact', figures: [] });
  return section.rows.map((r) => [r.label, r.text]);
};

/** The rows every card ends with, whatever the version's figures. */
const ALWAYS = [
  [
    'A risk is not a forecast for one student',
    'A 30% risk means that among past students who looked like this one on paper, about 3 in 10 failed. ' +
      'It does not say what this student will do.',
  ],
  [
    'It knows only the past',
    'It learned from past students. A new teacher, an illness, a move or a change at home this year is ' +
      'invisible to it. When new students look different, the daily check says so.',
  ],
  [
    'Reasons are not causes',
    'A student’s main reasons name what the model weighs, not why the student struggles: a start for the ' +
      'conversation, not its conclusion.',
  ],
  [
    'The “no absences” artefact',
    'In the UCI Math sample every student with a final grade of 0 (most likely students who left the ' +
      'course) has 0 absences recorded, so in that data “no absences” goes with failing. PassCompass ' +
      'therefore has no “any absences” input and never gives “no absences” as a reason. A school’s own ' +
      'early-term data would not show this: early in a term, no absences is what a committed student shows. ' +
      'Make sure your roster records absences before relying on them.',
  ],
];

/** 0.72 → 72 of 100 pairs the right way round, 28 the wrong way. */
const AUC_072 =
  'Take a student who will fail and one who will pass, at random: the model ranks them the right way round ' +
  '72 times in 100 and the wrong way 28 times. Good enough to choose whom to see first; not good enough to ' +
  'judge one student.';
const EARLY = ' Early in the term nothing of this term’s work is known yet, so it is less sure.';

describe('the limitations of a version with evidence', () => {
  it('says every figure in words: places, the ceiling of 25 places for 90 failures, the AUC, its interval', () => {
    // recall 0.43 → 4 of 10 held, 6 not; precision 0.6 → (1 − 0.6)·25 = 10 pass anyway;
    // 0.3 · 300 = 90 failing > 25 places → at most 25/90 = 0.28 → 3 in 10.
    expect(labelsAndTexts(fixtureVersion(), fixtureEvidence())).toEqual([
      [
        'With 25 places',
        'Of every 10 students who will fail, the High tier of 25 holds about 4; about 10 of the 25 will pass ' +
          'anyway. With 90 failing in a year like the training one and 25 places, no ranking could hold more ' +
          'than 3 in 10: more places, not a better model, is what would catch more. So about 6 in 10 are not in ' +
          'the High tier: look past it, and act on a teacher’s worry whatever the tier. (For a roster the size ' +
          'of the training data, 300 students.)',
      ],
      ['What an AUC of 0.72 means', AUC_072 + EARLY],
      [
        'How sure the figures are',
        'They come from 300 students, of whom 90 failed. Another year’s students could give an AUC anywhere ' +
          'from about 0.65 to 0.79 (its 95% interval).',
      ],
      ...ALWAYS,
    ]);
  });

  it('takes its figures from the evidence, not from the version row', () => {
    const v = fixtureVersion(fixtureEvidence(), {
      metrics: { auc: 0.61, topKRecall: 0.2, topKPrecision: 0.2, brier: 0.2, accuracy: 0.6 },
    });
    const rows = labelsAndTexts(v, fixtureEvidence());
    expect(rows.map(([label]) => label).slice(0, 3)).toEqual([
      'With 25 places',
      'What an AUC of 0.72 means',
      'How sure the figures are',
    ]);
    expect(rows[0]?.[1]).toMatch(
      /^Of every 10 students who will fail, the High tier of 25 holds about 4; about 10 /,
    );
  });

  it('adds no ceiling when the failures fit in the places (25 failing, 25 places)', () => {
    // 0.25 · 100 = 25 failing: not more than 25 places, so a ranking could hold them all.
    const evidence: VersionEvidence = { ...fixtureEvidence(), failRate: 0.25 };
    const rows = labelsAndTexts(fixtureVersion(evidence, { rows: 100, mode: 'mid' }), evidence);
    expect(rows).toEqual([
      [
        'With 25 places',
        'Of every 10 students who will fail, the High tier of 25 holds about 4; about 10 of the 25 will pass ' +
          'anyway. So about 6 in 10 are not in the High tier: look past it, and act on a teacher’s worry ' +
          'whatever the tier. (For a roster the size of the training data, 100 students.)',
      ],
      ['What an AUC of 0.72 means', AUC_072],
      [
        'How sure the figures are',
        'They come from 100 students, of whom 25 failed. Another year’s students could give an AUC anywhere ' +
          'from about 0.65 to 0.79 (its 95% interval).',
      ],
      ...ALWAYS,
    ]);
  });
});

describe('the limitations of a version trained before evidence existed', () => {
  it('says the places and the AUC from the version row, with no ceiling and no interval', () => {
    const v = fixtureVersion(null, { mode: 'mid', rows: 1044 });
    expect(labelsAndTexts(v, null)).toEqual([
      [
        'With 25 places',
        'Of every 10 students who will fail, the High tier of 25 holds about 4; about 10 of the 25 will pass ' +
          'anyway. So about 6 in 10 are not in the High tier: look past it, and act on a teacher’s worry ' +
          'whatever the tier. (For a roster the size of the training data, 1,044 students.)',
      ],
      ['What an AUC of 0.72 means', AUC_072],
      ...ALWAYS,
    ]);
  });

  it('leaves out what was not measured: no places without a recall, no AUC without one', () => {
    const noRecall = fixtureVersion(null, { metrics: { auc: 0.81 } });
    expect(labelsAndTexts(noRecall, null).map(([label]) => label)).toEqual([
      'What an AUC of 0.81 means',
      ...ALWAYS.map(([label]) => label),
    ]);
    const nothing = fixtureVersion(null, { metrics: { topKRecall: Number.NaN, auc: Number.NaN } });
    expect(labelsAndTexts(nothing, null)).toEqual(ALWAYS);
  });

  it('says the places without who passes anyway when the precision was not measured', () => {
    const v = fixtureVersion(null, { metrics: { topKRecall: 0.35 } });
    expect(labelsAndTexts(v, null, 10)).toEqual([
      [
        'With 10 places',
        'Of every 10 students who will fail, the High tier of 10 holds about 4. So about 6 in 10 are not in ' +
          'the High tier: look past it, and act on a teacher’s worry whatever the tier. (For a roster the size ' +
          'of the training data, 300 students.)',
      ],
      ...ALWAYS,
    ]);
  });
});

describe('the places in one sentence', () => {
  it('says who passes anyway, or that nearly all will fail, or only how many it holds', () => {
    expect(capacitySentence(0.43, 0.6, 25)).toBe(
      'Of every 10 students who will fail, the High tier of 25 holds about 4; about 10 of the 25 will pass anyway.',
    );
    expect(capacitySentence(0.43, undefined, 25)).toBe(
      'Of every 10 students who will fail, the High tier of 25 holds about 4.',
    );
    expect(capacitySentence(0.43, Number.NaN, 30)).toBe(
      'Of every 10 students who will fail, the High tier of 30 holds about 4.',
    );
    expect(capacitySentence(undefined, 0.6, 25)).toBeNull();
  });
});
