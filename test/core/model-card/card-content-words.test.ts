/**
 * The model card's own sections (core/model-card/card-content): "Intended use" and "Data and moment" read in
 * full, as a head of year reads them, for a version trained here (early or mid-term, with or without its
 * training counts and pass mark) and one imported from BigQuery ML; and the calibration section told which
 * of the two a version without evidence is.
 */
import { type CardOptions, modelCard } from '../../../src/core/model-card/card-content';
import type { ModelCard } from '../../../src/core/model-card/card-types';
import type { ModelVersion } from '../../../src/core/registry/model-version';
import { fixtureVersion } from '../../support/model-card-fixture';

const OPTIONS: CardOptions = { passMark: 10, capacity: 25 };

const rowsOf = (card: ModelCard, title: string) => {
  const found = card.sections.find((s) => s.title === title);
  if (!found) throw new Error(`no section ${title}`);
  return found.rows.map((r) => [r.label, r.text, ...r.figures]);
};

/** The fixture version's JSON with other training counts, an origin or a release. */
const withModel = (v: ModelVersion, fields: Record<string, unknown>): Partial<ModelVersion> => ({
  modelJson: JSON.stringify({ ...(JSON.parse(v.modelJson) as Record<string, unknown>), ...fields }),
});

const UNLIKE =
  'Students of another school, year group, course or country, or a roster that records things differently ' +
  '(absences counted another way, say), may be ranked badly. The daily check warns when new students look ' +
  'different.';

const intendedUse = (learnedFrom: string) => [
  [
    'What it is for',
    'Ranking students by their risk of failing the course, so that a counsellor or teacher can decide whom to ' +
      'talk to first, early enough in the term to help.',
  ],
  [
    'What a tier is',
    'A prompt for a conversation with the student and their teachers. It is never a decision about a student.',
  ],
  [
    'Not for',
    'Grades, admission, setting or streaming, discipline, or any decision taken without a person. A tier is not ' +
      'shown to other students.',
  ],
  ['Not for students unlike these', `${learnedFrom} ${UNLIKE}`],
  [
    'Who decides',
    'People. Look past the High tier too, and weigh what the student and their teachers know that the sheet ' +
      'does not.',
  ],
];

const EARLY =
  'Early term: it uses only what is known before any grade of the term (no first- or second-period grade). It ' +
  'can be used from the first week; it is less sure than a mid-term model.';
const MID =
  'Mid-term: it also uses this term’s period grades (G1, and G2 where present). It is more accurate, but comes ' +
  'later, when there is less time left to help.';
const VERSION =
  'Numbers are never reused. The Versions sheet keeps every version; the Aliases sheet says which one scores ' +
  'students and since when.';
// /usr/bin/python3 -c "import hashlib; print(hashlib.sha256(b'fixture').hexdigest()[:16])" → f16d05ec6b29248d
const FINGERPRINT =
  'f16d05ec6b29248d… A digest of the training rows: two versions with the same fingerprint learned from the ' +
  'same students. The rows cannot be read back from it.';

describe('a version trained here, with evidence', () => {
  const card = modelCard(fixtureVersion(), OPTIONS);

  it('says what it is for, what not, and who decides', () => {
    expect(rowsOf(card, 'Intended use')).toEqual(intendedUse('It learned from 300 past students.'));
  });

  it('says what it learned from, the pass mark, the moment of term and where its run is recorded', () => {
    // 0.3 · 300 = 90 failed (fixture).
    expect(rowsOf(card, 'Data and moment')).toEqual([
      [
        'Students',
        'Students with a final grade (G3) it learned from, for example last year’s class.',
        { value: 300, kind: 'count' },
      ],
      [
        'Failed',
        '90 students of 300 had a final grade below the pass mark.',
        { value: expect.closeTo(0.3, 12), kind: 'percent' },
      ],
      [
        'Pass mark',
        'A final grade below 10 of 20 counts as failing (the pass mark in Settings when this card was written; a ' +
          'version does not record its own).',
        { value: 10, kind: 'whole' },
      ],
      ['Moment of term', EARLY],
      ['Trained', '2026-11-26T10:00:00.000Z: when this version was registered.'],
      ['Version', VERSION, { value: 3, kind: 'whole' }],
      ['Experiment', 'Run R-0007: its row in the Experiments sheet has every figure of the run.'],
      ['Training data fingerprint', FINGERPRINT],
    ]);
  });
});

describe('a mid-term version trained before evidence existed', () => {
  const plain = fixtureVersion(null, { mode: 'mid', rows: 1044, experimentId: 'R-0012', version: 7 });

  it('says what it could not know: the failures without counts, the pass mark when unset', () => {
    const v = { ...plain, ...withModel(plain, { training: undefined, addOnVersion: '0.4.2' }) };
    const card = modelCard(v, {
      passMark: null,
      capacity: 25,
      formatTime: (at) => `on ${at.getUTCDate()}/${at.getUTCMonth() + 1}/${at.getUTCFullYear()}`,
    });
    expect(rowsOf(card, 'Intended use')).toEqual(intendedUse('It learned from 1,044 past students.'));
    expect(rowsOf(card, 'Data and moment')).toEqual([
      [
        'Students',
        'Students with a final grade (G3) it learned from, for example last year’s class.',
        { value: 1044, kind: 'count' },
      ],
      [
        'Failed',
        'Share of them whose final grade was below the pass mark.',
        { value: null, kind: 'percent' },
      ],
      ['Pass mark', 'Not known: a version does not record it.', { value: null, kind: 'whole' }],
      ['Moment of term', MID],
      ['Trained', 'on 26/11/2026: when this version was registered.'],
      ['Version', `${VERSION} Registered by PassCompass 0.4.2.`, { value: 7, kind: 'whole' }],
      ['Experiment', 'Run R-0012: its row in the Experiments sheet has every figure of the run.'],
      ['Training data fingerprint', FINGERPRINT],
    ]);
  });

  it('counts the failures from the model JSON when it has them: 1 of 1,044', () => {
    const v = { ...plain, ...withModel(plain, { training: { rows: 1044, failures: 1 } }) };
    const failed = rowsOf(modelCard(v, OPTIONS), 'Data and moment')[1];
    expect(failed).toEqual([
      'Failed',
      '1 student of 1,044 had a final grade below the pass mark.',
      { value: 1 / 1044, kind: 'percent' },
    ]);
  });

  it('says calibration was not kept then, not that it was imported', () => {
    expect(
      rowsOf(modelCard(plain, OPTIONS), 'Calibration: can the percentages be taken at their word?'),
    ).toEqual([
      [
        'Not recorded',
        'This version was trained before PassCompass kept calibration figures (the risk bands). Train again to see ' +
          'them.',
      ],
    ]);
  });
});

describe('a version imported from BigQuery ML', () => {
  const plain = fixtureVersion(null);
  const imported = {
    ...plain,
    ...withModel(plain, {
      training: { steps: 0, learningRate: 0, appliedRate: 0, rows: 300, failures: 30 },
      origin: { from: 'BigQuery ML', inputsOf: 2 },
    }),
  };
  const card = modelCard(imported, OPTIONS);

  it('says it was measured on the students here, not who it learned from', () => {
    expect(rowsOf(card, 'Intended use')).toEqual(
      intendedUse(
        "It learned from the district's students in BigQuery and was measured on 300 students here.",
      ),
    );
    const data = rowsOf(card, 'Data and moment');
    expect(data.map((r) => r[0])).toEqual([
      'Fitted by',
      'Students',
      'Failed',
      'Pass mark',
      'Moment of term',
      'Trained',
      'Version',
      'Experiment',
      'Training data fingerprint',
    ]);
    expect(data[1]).toEqual([
      'Students',
      'Students of this workbook with a final grade (G3) it was measured on when it was imported.',
      { value: 300, kind: 'count' },
    ]);
    expect(data[2]?.[1]).toBe('30 students of 300 had a final grade below the pass mark.');
    // No release recorded in its JSON: the sentence stops after "since when."
    expect(data[6]).toEqual(['Version', VERSION, { value: 3, kind: 'whole' }]);
  });

  it('says calibration is missing because it was imported', () => {
    expect(rowsOf(card, 'Calibration: can the percentages be taken at their word?')).toEqual([
      [
        'Not recorded',
        "This version was imported from BigQuery ML: calibration figures (the risk bands) come from PassCompass's " +
          'own cross-validation, which an imported model has not had. Weigh that before promoting it.',
      ],
    ]);
  });
});
