/**
 * The card's "How good it is": the cross-validated figures with their 95% intervals, each with what it means
 * for a counsellor, the naive baseline beside accuracy, and both definitions of the ROC AUC (the mean of the
 * fold values, and one AUC over every student's out-of-fold risk). A version trained before intervals were
 * kept shows its means and fold spread, and says so; a version imported from BigQuery ML shows the figures
 * measured on the workbook's graded students, and says they were not cross-validated.
 */
import type { MetricWithInterval, VersionEvidence } from '../model/evidence';
import type { ImportedOrigin } from '../model/logistic';
import { type CardRow, type CardSection, fact, figure, header } from './card-types';
import { count, finite, outOf100, pct, score } from './card-words';

const withInterval = (m: MetricWithInterval, kind: 'percent' | 'score') =>
  [figure(m.mean, kind), figure(m.low, kind), figure(m.high, kind)] as const;

/** "(in 4 of 5 folds: a fold without a failing student has none)". */
function definedNote(m: MetricWithInterval): string {
  return m.defined < m.folds
    ? ` Measured in ${m.defined} of ${m.folds} folds (undefined in the others).`
    : '';
}

export function aucMeaning(auc: number | null | undefined): string {
  if (!finite(auc)) return 'The ranking quality could not be measured.';
  return (
    `Pick a student who failed and one who passed at random: the model gives the one who failed the higher ` +
    `risk ${outOf100(auc)} times in 100. 0.5 is a coin toss, 1 is perfect.`
  );
}

export function metricsSection(
  evidence: VersionEvidence | null,
  metrics: Readonly<Record<string, number>>,
  threshold: number,
  capacity: number,
  origin: ImportedOrigin | null = null,
): CardSection {
  if (origin !== null)
    return {
      title: 'How good it is (measured on this workbook, not cross-validated)',
      rows: plainRows(metrics, threshold, capacity, {
        how:
          `BigQuery ML fitted this model; PassCompass scored the graded students of this workbook with it and ` +
          'compared the risks with their final grades. Not cross-validated: if BigQuery ML was trained on these ' +
          'students too, every figure here flatters it. No intervals.',
        auc: 'ROC AUC',
        top: 'Of the students who failed, the share among the highest risks.',
      }),
    };
  return {
    title: 'How good it is (cross-validated)',
    rows:
      evidence === null
        ? plainRows(metrics, threshold, capacity, {
            how:
              'Cross-validation: each student was scored by a model that had not seen them. Intervals, the ' +
              'naive baseline and the folds were not recorded for this version (trained before PassCompass ' +
              'kept them); train again to see them.',
            auc: 'ROC AUC (mean of folds)',
            top: 'Of the students who failed, the share among the highest risks (each fold’s top share).',
          })
        : evidenceRows(evidence, threshold),
  };
}

function evidenceRows(e: VersionEvidence, threshold: number): CardRow[] {
  const m = e.metrics;
  const k = e.capacity;
  const brierOfFailRate = e.failRate * (1 - e.failRate);
  return [
    fact(
      'How these were measured',
      `${e.folds}-fold cross-validation (seed ${e.seed}): the students were split into ${e.folds} groups, and each ` +
        'group was scored by a model trained on the others, so no figure comes from a student the model had seen. ' +
        `Interval: 95% t interval over the ${e.folds} fold values; with few folds it is wide.`,
    ),
    header('Figure', 'What it means', 'Value', '95% from', '95% to'),
    fact(
      'ROC AUC (mean of folds)',
      aucMeaning(m.auc.mean) + definedNote(m.auc),
      ...withInterval(m.auc, 'score'),
    ),
    fact(
      'ROC AUC (all students pooled)',
      'The same figure computed once over every student’s out-of-fold risk instead of fold by fold. The two ' +
        'definitions usually differ by a few hundredths; neither is the “real” one.',
      figure(e.pooledAuc, 'score'),
    ),
    fact(
      `Caught in the top ${k} (recall)`,
      `Of the students who failed, the share among the ${k} highest risks (each fold’s top share of the same ` +
        `size).${definedNote(m.topKRecall)}`,
      ...withInterval(m.topKRecall, 'percent'),
    ),
    fact(
      `Failed among the top ${k} (precision)`,
      `Of the ${k} highest risks, the share who went on to fail; the others passed anyway.${definedNote(m.topKPrecision)}`,
      ...withInterval(m.topKPrecision, 'percent'),
    ),
    fact(
      'Accuracy at the threshold',
      `Share of students on the right side of the ${pct(threshold)} risk threshold (at risk and failed, or not ` +
        'at risk and passed).',
      ...withInterval(m.accuracy, 'percent'),
    ),
    fact(
      'Naive baseline accuracy',
      `What saying “everybody passes” would score, since ${pct(e.failRate)} failed. An accuracy near it says ` +
        'little: the ranking figures above matter more.',
      figure(e.baselineAccuracy, 'percent'),
    ),
    fact(
      'Brier score',
      'Average squared gap between the risk and what happened (0 is perfect; lower is better). Giving every ' +
        `student the fail rate would score ${score(brierOfFailRate)}.`,
      ...withInterval(m.brier, 'score'),
    ),
    fact(
      'How it was tuned',
      `${e.tuning.steps} gradient steps, chosen inside the training folds from ${e.tuning.candidates.join(', ')}` +
        ` (each fold chose ${e.tuning.stepsPerFold.join(', ')}); threshold chosen by ${e.tuning.thresholdCriterion} ` +
        'on training rows only.',
      figure(e.tuning.steps, 'count'),
    ),
  ];
}

/** The figures without intervals: a version trained before they were kept, or one imported. */
function plainRows(
  metrics: Readonly<Record<string, number>>,
  threshold: number,
  capacity: number,
  words: { how: string; auc: string; top: string },
): CardRow[] {
  const spread = (name: string) =>
    finite(metrics[`${name}Sd`]) ? ` Spread over the folds: ± ${score(metrics[`${name}Sd`])}.` : '';
  return [
    fact('How these were measured', words.how),
    header('Figure', 'What it means', 'Value'),
    fact(words.auc, aucMeaning(metrics['auc']) + spread('auc'), figure(metrics['auc'], 'score')),
    fact(
      `Caught in the top ${count(capacity, 'student')} (recall)`,
      words.top + spread('topKRecall'),
      figure(metrics['topKRecall'], 'percent'),
    ),
    fact(
      'Failed among the top (precision)',
      'Of the highest risks, the share who went on to fail.' + spread('topKPrecision'),
      figure(metrics['topKPrecision'], 'percent'),
    ),
    fact(
      'Accuracy at the threshold',
      `Share of students on the right side of the ${pct(threshold)} risk threshold.` + spread('accuracy'),
      figure(metrics['accuracy'], 'percent'),
    ),
    fact(
      'Brier score',
      'Average squared gap between the risk and what happened (0 is perfect; lower is better).' +
        spread('brier'),
      figure(metrics['brier'], 'score'),
    ),
  ];
}
