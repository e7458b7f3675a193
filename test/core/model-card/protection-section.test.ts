/**
 * The card's "Data protection" (core/model-card/protection-section), as a data-protection officer reads it:
 * every row in full, the reference sample described from the sample itself (how many rows, which columns,
 * a long column list shortened), and the training counts the card states, from the evidence or else from
 * the model JSON, never a count made up from a model that has none.
 */
import { encodeReferenceSample } from '../../../src/core/drift/reference-codec';
import type { VersionEvidence } from '../../../src/core/model/evidence';
import { dataProtectionSection, trainingCounts } from '../../../src/core/model-card/protection-section';
import type { ModelVersion } from '../../../src/core/registry/model-version';
import { fixtureEvidence, fixtureVersion } from '../../support/model-card-fixture';

const sampleOf = (rows: number, columns: string[]) =>
  encodeReferenceSample({
    seed: 1,
    sourceRows: rows,
    rows,
    table: Object.fromEntries(columns.map((c) => [c, Array.from({ length: rows }, (_, i) => i)])),
  });

const sampleText = (v: ModelVersion) => {
  const found = dataProtectionSection(v, null).rows.find((r) => r.label === 'The reference sample');
  if (!found) throw new Error('no reference sample row');
  return found.text;
};

const SHARE_CAREFULLY =
  'with no name, no student number and no final grade. A student with an unusual mix (age, school, family) ' +
  'could be recognised by someone who knows the class: share the spreadsheet as carefully as the Students sheet.';

describe('the data protection section', () => {
  const rowsAfterTheCard = (students: string) => [
    [
      'The model',
      'One weight per input and an intercept, the encoding (each number column’s average and spread, each ' +
        'category column’s answers) and how many students and failures it learned from. No student’s row.',
    ],
    [
      'The reference sample',
      'For the daily drift check, the Versions sheet keeps 200 of the 300 training rows, drawn at random: each ' +
        'student’s 6 input columns as they were (school, sex, address, Medu, failures and absences), ' +
        SHARE_CAREFULLY,
    ],
    [
      'Scoring',
      'Each scoring run adds its risks to the Inference log sheet under a pseudonymous student key, with the ' +
        'inputs scored (hidden column), never a name.',
    ],
    [
      'Where it lives',
      'In this spreadsheet, in the school’s Google account: PassCompass sends nothing to an outside server. ' +
        'Alert emails carry counts and a link, never a name or a row. Anyone the spreadsheet is shared with can ' +
        'read all of it.',
    ],
    [
      'Deleting a student',
      'Removing a student from the Students sheet does not remove them from versions already trained: their ' +
        `input columns may stay in a version’s reference sample, and their outcome in its figures (${students} here).`,
    ],
  ];

  it('says what each part holds about students, and that small equity groups can be recognised', () => {
    const section = dataProtectionSection(fixtureVersion(), fixtureEvidence());
    expect(section.title).toBe('Data protection');
    expect(section.rows.every((r) => r.kind === 'fact' && r.figures.length === 0)).toBe(true);
    expect(section.rows.map((r) => [r.label, r.text])).toEqual([
      [
        'This card',
        'Aggregate figures only: counts, shares and scores over groups of students; no name and no student’s ' +
          'row. Equity lists every group with its count, small ones (under 20) included: where a group is tiny, ' +
          'someone who knows the class could tell who is in it.',
      ],
      ...rowsAfterTheCard('300 students'),
    ]);
  });

  it('says nothing of equity groups for a version without evidence', () => {
    const section = dataProtectionSection(fixtureVersion(null), null);
    expect(section.rows.map((r) => [r.label, r.text])).toEqual([
      [
        'This card',
        'Aggregate figures only: counts, shares and scores over groups of students; no name and no student’s row.',
      ],
      ...rowsAfterTheCard('300 students'),
    ]);
    const one = dataProtectionSection(fixtureVersion(null, { rows: 1, referenceSample: '' }), null);
    expect(one.rows.at(-1)?.text).toMatch(/and their outcome in its figures \(1 student here\)\.$/);
  });
});

describe('what the reference sample holds, in words', () => {
  it('says when there is no sample, or one that cannot be read', () => {
    expect(sampleText(fixtureVersion(null, { referenceSample: '' }))).toBe(
      'This version keeps no sample of training rows.',
    );
    expect(sampleText(fixtureVersion(null, { referenceSample: '{"format":"something else"}' }))).toBe(
      'Its sample of training rows cannot be read, so it holds none that can be used.',
    );
    expect(sampleText(fixtureVersion(null, { referenceSample: 'not JSON' }))).toBe(
      'Its sample of training rows cannot be read, so it holds none that can be used.',
    );
  });

  it('says "all" the training rows when the sample holds every one', () => {
    const v = fixtureVersion(null, { rows: 1200, referenceSample: sampleOf(1200, ['age', 'sex']) });
    expect(sampleText(v)).toBe(
      'For the daily drift check, the Versions sheet keeps all 1,200 training rows: each student’s 2 input ' +
        `columns as they were (age and sex), ${SHARE_CAREFULLY}`,
    );
    const fewer = fixtureVersion(null, { rows: 1201, referenceSample: sampleOf(1200, ['age', 'sex']) });
    expect(sampleText(fewer)).toMatch(/keeps 1,200 of the 1,201 training rows, drawn at random: /);
  });

  it('names up to six columns, and counts the rest', () => {
    const columns = ['school', 'sex', 'age', 'address', 'famsize', 'Pstatus', 'Medu', 'Fedu'];
    const text = (n: number) =>
      sampleText(fixtureVersion(null, { rows: 3, referenceSample: sampleOf(3, columns.slice(0, n)) }));
    expect(text(6)).toBe(
      'For the daily drift check, the Versions sheet keeps all 3 training rows: each student’s 6 input columns ' +
        `as they were (school, sex, age, address, famsize and Pstatus), ${SHARE_CAREFULLY}`,
    );
    expect(text(7)).toContain(
      'each student’s 7 input columns as they were (school, sex, age, address, famsize, Pstatus and 1 more), ',
    );
    expect(text(8)).toContain(
      'each student’s 8 input columns as they were (school, sex, age, address, famsize, Pstatus and 2 more), ',
    );
  });
});

describe('the training counts the card states', () => {
  const withTraining = (training: unknown) =>
    fixtureVersion(null, { modelJson: JSON.stringify({ kind: 'logistic-regression', training }) });

  it('takes them from the evidence: fail rate × rows, rounded', () => {
    const evidence: VersionEvidence = { ...fixtureEvidence(), failRate: 0.25 };
    // 0.25 · 200 = 50.
    expect(trainingCounts(fixtureVersion(evidence, { rows: 200 }), evidence)).toEqual({
      failures: 50,
      failRate: 0.25,
    });
  });

  it('else from the model JSON: 90 failures of 300 rows is a rate of 0.3', () => {
    expect(trainingCounts(withTraining({ rows: 300, failures: 90 }), null)).toEqual({
      failures: 90,
      failRate: 0.3,
    });
  });

  it('says nothing rather than a made-up rate when the JSON has no usable counts', () => {
    const unknown = { failures: null, failRate: null };
    expect(trainingCounts(withTraining({ rows: 0, failures: 0 }), null)).toEqual(unknown);
    expect(trainingCounts(withTraining({ rows: -4, failures: 1 }), null)).toEqual(unknown);
    expect(trainingCounts(withTraining({ rows: '300', failures: 90 }), null)).toEqual(unknown);
    expect(trainingCounts(withTraining({ rows: 300 }), null)).toEqual(unknown);
    expect(trainingCounts(withTraining(undefined), null)).toEqual(unknown);
    expect(trainingCounts(fixtureVersion(null, { modelJson: '{"training":' }), null)).toEqual(unknown);
  });
});
