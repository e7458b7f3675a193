/**
 * The model card's content (core/model-card): every section a data-protection officer and a head of year look
 * for, figures of the right kind, limitations computed from the version's own figures, the UCI "no absences"
 * artefact explained, and a version trained before evidence existed still carded, saying what is missing.
 */
import { type CardOptions, modelCard } from '../../../src/core/model-card/card-content';
import { calibrationError } from '../../../src/core/model-card/calibration-section';
import { cardSummary } from '../../../src/core/model-card/card-summary';
import type { CardFigure, CardRow, ModelCard } from '../../../src/core/model-card/card-types';
import { capacitySentence } from '../../../src/core/model-card/limitations-section';
import { attributeOfFeature } from '../../../src/core/model-card/inputs-section';
import { fixtureEvidence, fixtureVersion } from '../../support/model-card-fixture';

const OPTIONS: CardOptions = { passMark: 10, capacity: 25 };

const section = (card: ModelCard, title: RegExp) => {
  const found = card.sections.find((s) => title.test(s.title));
  if (!found) throw new Error(`no section ${title}`);
  return found;
};
const row = (card: ModelCard, title: RegExp, label: string | RegExp): CardRow => {
  const found = section(card, title).rows.find((r) =>
    typeof label === 'string' ? r.label === label : label.test(r.label),
  );
  if (!found) throw new Error(`no row ${label} in ${title}`);
  return found;
};
const figures = (r: CardRow) => r.figures as CardFigure[];
const allText = (card: ModelCard) =>
  card.sections.flatMap((s) => [s.title, ...s.rows.flatMap((r) => [r.label, r.text])]).join('\n');

describe('the model card of a version with evidence', () => {
  const card = modelCard(fixtureVersion(), OPTIONS);

  it('has the sections in reading order, titled for the version', () => {
    expect(card.title).toBe('Model card: version 3');
    expect(card.sections.map((s) => s.title)).toEqual([
      'Intended use',
      'Data and moment',
      'Inputs used',
      'How good it is (cross-validated)',
      'Calibration: can the percentages be taken at their word?',
      'Equity: does the High tier treat groups of students differently?',
      'Limitations, in words',
      'Data protection',
    ]);
  });

  it('says what it is for and never for', () => {
    const use = section(card, /^Intended use/)
      .rows.map((r) => r.text)
      .join(' ');
    expect(use).toContain('never a decision about a student');
    expect(use).toMatch(
      /Grades, admission, setting or streaming, discipline, or any decision taken without a person/,
    );
    expect(use).toContain('It learned from 300 past students');
  });

  it('gives the AUC as a score with its 95% interval, and both AUC definitions', () => {
    const auc = row(card, /^How good/, 'ROC AUC (mean of folds)');
    expect(figures(auc)).toEqual([
      { value: 0.72, kind: 'score' },
      { value: expect.closeTo(0.65, 10), kind: 'score' },
      { value: expect.closeTo(0.79, 10), kind: 'score' },
    ]);
    expect(auc.text).toContain('72 times in 100');
    expect(figures(row(card, /^How good/, 'ROC AUC (all students pooled)'))).toEqual([
      { value: 0.712, kind: 'score' },
    ]);
  });

  it('gives shares as percentages, with the naive baseline beside accuracy', () => {
    expect(figures(row(card, /^How good/, 'Caught in the top 25 (recall)'))[0]).toEqual({
      value: 0.43,
      kind: 'percent',
    });
    const baseline = row(card, /^How good/, 'Naive baseline accuracy');
    expect(figures(baseline)).toEqual([{ value: 0.7, kind: 'percent' }]);
    expect(baseline.text).toContain('“everybody passes”');
    expect(figures(row(card, /^Data and moment/, 'Failed'))).toEqual([{ value: 0.3, kind: 'percent' }]);
    expect(figures(row(card, /^Data and moment/, 'Students'))).toEqual([{ value: 300, kind: 'count' }]);
  });

  it('shows the calibration method, the Brier score before and after, and ten risk bands', () => {
    const calibration = section(card, /^Calibration/);
    expect(row(card, /^Calibration/, 'Correction').text).toMatch(/^Platt scaling/);
    expect(figures(row(card, /^Calibration/, 'Brier score before → after'))).toEqual([
      { value: 0.19, kind: 'score' },
      { value: 0.181, kind: 'score' },
    ]);
    const bands = calibration.rows.filter((r) => /^\d+% to \d+%$/.test(r.label));
    expect(bands.map((r) => r.label)).toEqual([
      '0% to 10%',
      '10% to 20%',
      '20% to 30%',
      '30% to 40%',
      '40% to 50%',
      '50% to 60%',
      '60% to 70%',
      '70% to 80%',
      '80% to 90%',
      '90% to 100%',
    ]);
    expect(bands.reduce((sum, r) => sum + ((figures(r)[0]?.value as number) ?? 0), 0)).toBe(300);
  });

  it('flags exactly the equity gaps above the acceptable gap, in colour and in words', () => {
    const strict = modelCard(fixtureVersion(fixtureEvidence({ gapLimit: 0.05 })), OPTIONS);
    const gaps = section(strict, /^Equity/).rows.filter((r) =>
      /: (share marked High|failing students missed)/.test(r.label),
    );
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) {
      const value = figures(gap)[0]?.value as number;
      expect({ label: gap.label, flagged: gap.flagged === true }).toEqual({
        label: gap.label,
        flagged: value > 0.05,
      });
      expect(gap.text).toContain(value > 0.05 ? 'above the acceptable gap of 5 points' : 'gap');
    }
    const lenient = modelCard(fixtureVersion(fixtureEvidence({ gapLimit: 0.99 })), OPTIONS);
    expect(section(lenient, /^Equity/).rows.filter((r) => r.flagged)).toEqual([]);
  });

  it('lists each group with its count and figures, named in words', () => {
    const female = row(card, /^Equity/, 'sex = female (F)');
    expect(figures(female).map((f) => f.kind)).toEqual(['count', 'percent', 'percent', 'percent']);
    expect(row(card, /^Equity/, 'Medu = 3: secondary school').text).toMatch(/^\d+ failed; \d+ marked High/);
  });

  it('compares with the left-out attributes when the school left some out', () => {
    expect(allText(card)).not.toContain('With those left out');
    const left = modelCard(fixtureVersion(fixtureEvidence({ leftOut: ['sex'] })), OPTIONS);
    expect(row(left, /^Inputs/, 'Left out by the school').text).toBe(
      'sex: not inputs, still reported in Equity below.',
    );
    expect(row(left, /^Inputs/, 'Used as inputs').text).not.toMatch(/\bsex\b/);
    const auc = row(left, /^Equity/, 'ROC AUC with them');
    expect(auc.text).toBe('With sex as an input: 0.73; without (this version): 0.72.');
    expect(figures(auc)[0]).toEqual({ value: 0.731, kind: 'score' });
  });

  it('names the inputs in plain words, school-influenceable apart from context', () => {
    const inputs = section(card, /^Inputs/).rows;
    const labels = inputs.map((r) => r.label);
    expect(labels.indexOf('School can act on')).toBeLessThan(labels.indexOf('failures'));
    expect(labels.indexOf('Context')).toBeLessThan(labels.indexOf('school'));
    expect(labels.indexOf('failures')).toBeLessThan(labels.indexOf('Context'));
    expect(row(card, /^Inputs/, 'failures').text).toMatch(/^Past class failures — /);
    expect(row(card, /^Inputs/, 'Never an input').text).toContain('“any absences at all”');
  });

  it('says in words what the figures mean for a counsellor with 25 places', () => {
    expect(row(card, /^Limitations/, 'With 25 places').text).toMatch(
      /^Of every 10 students who will fail, the High tier of 25 holds about 4; about 10 of the 25 will pass anyway\. /,
    );
    const auc = row(card, /^Limitations/, 'What an AUC of 0.72 means').text;
    expect(auc).toContain('the right way round 72 times in 100 and the wrong way 28 times');
    expect(auc).toContain('Early in the term');
  });

  it('explains the “no absences” artefact of the UCI data', () => {
    const artefact = row(card, /^Limitations/, 'The “no absences” artefact').text;
    expect(artefact).toContain('every student with a final grade of 0');
    expect(artefact).toContain('0 absences recorded');
    expect(artefact).toContain('no “any absences” input');
    expect(artefact).toContain('A school’s own early-term data would not show this');
  });

  it('tells a data-protection officer what the reference sample holds, from the sample itself', () => {
    const sample = row(card, /^Data protection/, 'The reference sample').text;
    expect(sample).toMatch(
      /keeps 200 of the 300 training rows, drawn at random: each student’s 6 input columns/,
    );
    expect(sample).toContain('no name, no student number and no final grade');
    expect(row(card, /^Data protection/, 'This card').text).toContain('Aggregate figures only');
  });

  it('never reads NaN, undefined or a raw share in its words', () => {
    expect(allText(card)).not.toMatch(/NaN|undefined|0\.\d{4}/);
  });
});

describe('the model card of a version trained before evidence existed', () => {
  const card = modelCard(fixtureVersion(null), OPTIONS);

  it('still has every section, from what the version row holds', () => {
    expect(card.sections).toHaveLength(8);
    expect(figures(row(card, /^How good/, 'ROC AUC (mean of folds)'))).toEqual([
      { value: 0.72, kind: 'score' },
    ]);
    expect(row(card, /^How good/, 'ROC AUC (mean of folds)').text).toContain(
      'Spread over the folds: ± 0.05.',
    );
    // The fail rate comes from the model JSON's training counts.
    expect(figures(row(card, /^Data and moment/, 'Failed'))).toEqual([{ value: 0.3, kind: 'percent' }]);
    expect(row(card, /^Limitations/, 'With 25 places').text).toMatch(/holds about 4; about 10 of the 25/);
  });

  it('says plainly that calibration and equity were not recorded', () => {
    expect(section(card, /^Calibration/).rows.map((r) => r.label)).toEqual(['Not recorded']);
    expect(section(card, /^Equity/).rows.map((r) => r.label)).toEqual(['Not recorded']);
    expect(row(card, /^Equity/, 'Not recorded').text).toContain(
      'trained before PassCompass kept equity figures',
    );
    expect(row(card, /^Inputs/, 'Left out by the school').text).toMatch(/^Not recorded/);
  });

  it('summarises for the sidebar without calibration or equity', () => {
    expect(cardSummary(fixtureVersion(null))).toEqual({
      auc: 'ROC AUC 0.72 (no interval recorded for this version)',
      highHolds: null,
      calibration: null,
      equity: null,
      equityFlagged: false,
      recorded: false,
    });
  });
});

describe('the model card of a version imported from BigQuery ML', () => {
  const plain = fixtureVersion(null);
  const model = JSON.parse(plain.modelJson) as Record<string, unknown>;
  const imported = fixtureVersion(null, {
    modelJson: JSON.stringify({
      ...model,
      training: { steps: 0, learningRate: 0, appliedRate: 0, rows: plain.rows, failures: 30 },
      origin: { from: 'BigQuery ML', inputsOf: 2 },
      addOnVersion: '0.1.0',
    }),
  });
  const card = modelCard(imported, OPTIONS);

  it('says who fitted it, and that its figures are from this workbook, not cross-validated', () => {
    expect(row(card, /^Data and moment/, 'Fitted by').text).toBe(
      'BigQuery ML, in the district’s warehouse, with the CREATE MODEL PassCompass wrote from version 2: the ' +
        'same inputs, read with version 2’s averages, spreads and categories. PassCompass imported its ' +
        'weights; it did not fit them.',
    );
    expect(section(card, /^How good/).title).toBe(
      'How good it is (measured on this workbook, not cross-validated)',
    );
    expect(figures(row(card, /^How good/, 'ROC AUC'))).toEqual([{ value: 0.72, kind: 'score' }]);
    expect(row(card, /^How good/, 'How these were measured').text).toContain(
      'if BigQuery ML was trained on these students too, every figure here flatters it',
    );
    expect(row(card, /^Intended use/, 'Not for students unlike these').text).toMatch(
      /^It learned from the district's students in BigQuery and was measured on \d+ students here\./,
    );
    expect(row(card, /^Data and moment/, 'Version').text).toMatch(/Registered by PassCompass 0\.1\.0\.$/);
  });

  it('says why calibration and equity are missing: not from a training before they were kept', () => {
    for (const title of [/^Calibration/, /^Equity/]) {
      const text = row(card, title, 'Not recorded').text;
      expect(text).toMatch(
        /^This version was imported from BigQuery ML: .* PassCompass's own cross-validation/,
      );
      expect(text).not.toContain('Train again');
    }
  });
});

describe('the sidebar summary of a version with evidence', () => {
  it('gives the AUC with its interval, the High tier of 10, calibration and the largest equity gap', () => {
    const summary = cardSummary(fixtureVersion(fixtureEvidence({ gapLimit: 0.05 })));
    expect(summary.auc).toBe('ROC AUC 0.72 (95% interval 0.65 to 0.79)');
    expect(summary.highHolds).toBe('Of every 10 students who will fail, the High tier of 25 holds about 4.');
    expect(summary.calibration).toMatch(
      /^Percentages corrected \(Platt scaling\); on average \d+ points? from the share who failed\.$/,
    );
    expect(summary.equity).toMatch(
      /^Largest equity gap, by [^:]+: .+, \d+ points \(95% interval −?\d+ to \d+\): above the acceptable gap of 5 points(\.|, and it may be chance\.)$/,
    );
    expect(summary.equityFlagged).toBe(true);
    expect(summary.recorded).toBe(true);
  });
});

describe('figures said in words', () => {
  it('counts places: of every 10 who fail, and how many of the K pass anyway', () => {
    expect(capacitySentence(0.43, 0.6, 25)).toBe(
      'Of every 10 students who will fail, the High tier of 25 holds about 4; about 10 of the 25 will pass anyway.',
    );
    expect(capacitySentence(0.19, 1, 25)).toBe(
      'Of every 10 students who will fail, the High tier of 25 holds about 2; nearly all of the 25 will fail without help.',
    );
    expect(capacitySentence(Number.NaN, 0.5, 25)).toBeNull();
  });

  it('takes the expected calibration error as the students-weighted gap of the bands', () => {
    // (10·|0.1−0.2| + 30·|0.5−0.4|) / 40 = 0.1; empty bands do not count.
    const bins = [
      { from: 0, to: 0.1, count: 10, meanPredicted: 0.1, observedRate: 0.2 },
      { from: 0.1, to: 0.2, count: 0, meanPredicted: null, observedRate: null },
      { from: 0.4, to: 0.5, count: 30, meanPredicted: 0.5, observedRate: 0.4 },
    ];
    expect(calibrationError(bins)).toBeCloseTo(0.1, 12);
    expect(calibrationError([])).toBeNaN();
  });

  it('finds the roster column of each model input', () => {
    expect(['school=MS', 'failures>0', 'log1p(absences)', 'G1'].map(attributeOfFeature)).toEqual([
      'school',
      'failures',
      'absences',
      'G1',
    ]);
  });
});
