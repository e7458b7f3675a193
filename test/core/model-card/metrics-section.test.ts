/**
 * The card's "How good it is" (core/model-card/metrics-section), row by row as the sheet shows it: the label,
 * the sentence and the figures of every row, for a version with cross-validation evidence (the fixture: 5
 * folds, seed 1, fail rate 0.3, a High tier of 25), one trained before evidence existed (means and fold
 * spreads from its row), and one imported from BigQuery ML (measured on the workbook, no intervals).
 */
import type { MetricWithInterval, VersionEvidence } from '../../../src/core/model/evidence';
import type { CardFigure, CardRow } from '../../../src/core/model-card/card-types';
import { aucMeaning, metricsSection } from '../../../src/core/model-card/metrics-section';
import { fixtureEvidence } from '../../support/model-card-fixture';

const close = (value: number) => expect.closeTo(value, 12) as unknown as number;
const score = (value: number | null): CardFigure => ({ value, kind: 'score' });
const percent = (value: number | null): CardFigure => ({ value, kind: 'percent' });
const between = (mean: number, low: number, high: number, kind: 'score' | 'percent') =>
  [mean, low, high].map((value) => ({ value: close(value), kind }));
const row = (label: string, text: string, ...figures: unknown[]) => ({ kind: 'fact', label, text, figures });

const AUC_072 =
  'Pick a student who failed and one who passed at random: the model gives the one who failed the higher ' +
  'risk 72 times in 100. 0.5 is a coin toss, 1 is perfect.';

describe('what an AUC means', () => {
  it('says how many times in 100 the one who failed gets the higher risk, or that it was not measured', () => {
    expect(aucMeaning(0.724)).toBe(
      'Pick a student who failed and one who passed at random: the model gives the one who failed the higher ' +
        'risk 72 times in 100. 0.5 is a coin toss, 1 is perfect.',
    );
    expect(aucMeaning(Number.NaN)).toBe('The ranking quality could not be measured.');
    expect(aucMeaning(undefined)).toBe('The ranking quality could not be measured.');
  });
});

describe('the figures of a version with evidence', () => {
  it('gives every figure with its 95% interval and says what each means', () => {
    const section = metricsSection(fixtureEvidence(), {}, 0.36, 99);
    expect(section.title).toBe('How good it is (cross-validated)');
    // Intervals are mean ± half-width (fixture): AUC 0.72 ± 0.07, recall 0.43 ± 0.12, precision 0.6 ± 0.15,
    // accuracy 0.713 ± 0.05, Brier 0.181 ± 0.02. K is the evidence's 25, not the 99 of the settings.
    // Brier of giving everyone the fail rate: 0.3 · (1 − 0.3) = 0.21.
    expect(section.rows).toEqual([
      row(
        'How these were measured',
        '5-fold cross-validation (seed 1): the students were split into 5 groups, and each group was scored by a ' +
          'model trained on the others, so no figure comes from a student the model had seen. Interval: 95% t ' +
          'interval over the 5 fold values; with few folds it is wide.',
      ),
      { kind: 'header', label: 'Figure', text: 'What it means', figures: ['Value', '95% from', '95% to'] },
      row('ROC AUC (mean of folds)', AUC_072, ...between(0.72, 0.65, 0.79, 'score')),
      row(
        'ROC AUC (all students pooled)',
        'The same figure computed once over every student’s out-of-fold risk instead of fold by fold. The two ' +
          'definitions usually differ by a few hundredths; neither is the “real” one.',
        score(0.712),
      ),
      row(
        'Caught in the top 25 (recall)',
        'Of the students who failed, the share among the 25 highest risks (each fold’s top share of the same size).',
        ...between(0.43, 0.31, 0.55, 'percent'),
      ),
      row(
        'Failed among the top 25 (precision)',
        'Of the 25 highest risks, the share who went on to fail; the others passed anyway.',
        ...between(0.6, 0.45, 0.75, 'percent'),
      ),
      row(
        'Accuracy at the threshold',
        'Share of students on the right side of the 36% risk threshold (at risk and failed, or not at risk and ' +
          'passed).',
        ...between(0.713, 0.663, 0.763, 'percent'),
      ),
      row(
        'Naive baseline accuracy',
        'What saying “everybody passes” would score, since 30% failed. An accuracy near it says little: the ' +
          'ranking figures above matter more.',
        percent(close(0.7)),
      ),
      row(
        'Brier score',
        'Average squared gap between the risk and what happened (0 is perfect; lower is better). Giving every ' +
          'student the fail rate would score 0.21.',
        ...between(0.181, 0.161, 0.201, 'score'),
      ),
      row(
        'How it was tuned',
        '10 gradient steps, chosen inside the training folds from 5, 10, 20, 50 (each fold chose 10, 10, 20, ' +
          '10, 10); threshold chosen by f1 on training rows only.',
        { value: 10, kind: 'count' },
      ),
    ]);
  });

  it('says in how many folds a figure was defined when some fold had none, and the baseline Brier', () => {
    const base = fixtureEvidence();
    const partly = (m: MetricWithInterval, defined: number): MetricWithInterval => ({ ...m, defined });
    const evidence: VersionEvidence = {
      ...base,
      failRate: 0.1,
      capacity: 12,
      metrics: {
        ...base.metrics,
        auc: partly(base.metrics.auc, 4),
        topKRecall: partly(base.metrics.topKRecall, 3),
        topKPrecision: partly(base.metrics.topKPrecision, 4),
      },
    };
    const texts = new Map(metricsSection(evidence, {}, 0.36, 25).rows.map((r) => [r.label, r.text]));
    expect(texts.get('ROC AUC (mean of folds)')).toBe(
      `${AUC_072} Measured in 4 of 5 folds (undefined in the others).`,
    );
    expect(texts.get('Caught in the top 12 (recall)')).toBe(
      'Of the students who failed, the share among the 12 highest risks (each fold’s top share of the same ' +
        'size). Measured in 3 of 5 folds (undefined in the others).',
    );
    expect(texts.get('Failed among the top 12 (precision)')).toBe(
      'Of the 12 highest risks, the share who went on to fail; the others passed anyway. Measured in 4 of 5 ' +
        'folds (undefined in the others).',
    );
    // 0.1 · (1 − 0.1) = 0.09.
    expect(texts.get('Brier score')).toMatch(/ Giving every student the fail rate would score 0\.09\.$/);
    expect(texts.get('Naive baseline accuracy')).toMatch(
      /^What saying “everybody passes” would score, since 10% failed\./,
    );
  });
});

describe('the figures of a version trained before evidence existed', () => {
  const plainHeader: CardRow = { kind: 'header', label: 'Figure', text: 'What it means', figures: ['Value'] };

  it('gives the means from the version row with their spread over the folds, and says what is missing', () => {
    const metrics = {
      auc: 0.72,
      aucSd: 0.05,
      topKRecall: 0.43,
      topKRecallSd: 0.114,
      topKPrecision: 0.6,
      topKPrecisionSd: 0.126,
      accuracy: 0.713,
      accuracySd: 0.031,
      brier: 0.181,
      brierSd: 0.0149,
    };
    const section = metricsSection(null, metrics, 0.36, 25);
    expect(section.title).toBe('How good it is (cross-validated)');
    expect(section.rows).toEqual([
      row(
        'How these were measured',
        'Cross-validation: each student was scored by a model that had not seen them. Intervals, the naive ' +
          'baseline and the folds were not recorded for this version (trained before PassCompass kept them); ' +
          'train again to see them.',
      ),
      plainHeader,
      row('ROC AUC (mean of folds)', `${AUC_072} Spread over the folds: ± 0.05.`, score(0.72)),
      row(
        'Caught in the top 25 students (recall)',
        'Of the students who failed, the share among the highest risks (each fold’s top share). Spread over ' +
          'the folds: ± 0.11.',
        percent(0.43),
      ),
      row(
        'Failed among the top (precision)',
        'Of the highest risks, the share who went on to fail. Spread over the folds: ± 0.13.',
        percent(0.6),
      ),
      row(
        'Accuracy at the threshold',
        'Share of students on the right side of the 36% risk threshold. Spread over the folds: ± 0.03.',
        percent(0.713),
      ),
      row(
        'Brier score',
        'Average squared gap between the risk and what happened (0 is perfect; lower is better). Spread over ' +
          'the folds: ± 0.01.',
        score(0.181),
      ),
    ]);
  });

  it('leaves a figure blank and its sentence plain when the row does not have it', () => {
    const section = metricsSection(null, { topKRecall: 0.5 }, 0.5, 1);
    expect(section.rows.slice(2).map((r) => [r.label, r.text, r.figures])).toEqual([
      ['ROC AUC (mean of folds)', 'The ranking quality could not be measured.', [score(null)]],
      [
        'Caught in the top 1 student (recall)',
        'Of the students who failed, the share among the highest risks (each fold’s top share).',
        [percent(0.5)],
      ],
      [
        'Failed among the top (precision)',
        'Of the highest risks, the share who went on to fail.',
        [percent(null)],
      ],
      [
        'Accuracy at the threshold',
        'Share of students on the right side of the 50% risk threshold.',
        [percent(null)],
      ],
      [
        'Brier score',
        'Average squared gap between the risk and what happened (0 is perfect; lower is better).',
        [score(null)],
      ],
    ]);
  });
});

describe('the figures of a version imported from BigQuery ML', () => {
  it('says they were measured on this workbook, not cross-validated, with no intervals and no spread', () => {
    const metrics = { auc: 0.8, topKRecall: 0.5, topKPrecision: 0.52, accuracy: 0.75, brier: 0.15 };
    const section = metricsSection(fixtureEvidence(), metrics, 0.4, 30, { from: 'BigQuery ML', inputsOf: 2 });
    expect(section.title).toBe('How good it is (measured on this workbook, not cross-validated)');
    expect(section.rows).toEqual([
      row(
        'How these were measured',
        'BigQuery ML fitted this model; PassCompass scored the graded students of this workbook with it and ' +
          'compared the risks with their final grades. Not cross-validated: if BigQuery ML was trained on these ' +
          'students too, every figure here flatters it. No intervals.',
      ),
      { kind: 'header', label: 'Figure', text: 'What it means', figures: ['Value'] },
      row(
        'ROC AUC',
        'Pick a student who failed and one who passed at random: the model gives the one who failed the higher ' +
          'risk 80 times in 100. 0.5 is a coin toss, 1 is perfect.',
        score(0.8),
      ),
      row(
        'Caught in the top 30 students (recall)',
        'Of the students who failed, the share among the highest risks.',
        percent(0.5),
      ),
      row(
        'Failed among the top (precision)',
        'Of the highest risks, the share who went on to fail.',
        percent(0.52),
      ),
      row(
        'Accuracy at the threshold',
        'Share of students on the right side of the 40% risk threshold.',
        percent(0.75),
      ),
      row(
        'Brier score',
        'Average squared gap between the risk and what happened (0 is perfect; lower is better).',
        score(0.15),
      ),
    ]);
  });
});
