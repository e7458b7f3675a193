/**
 * The `Experiments` sheet: one row per training run, for comparing runs. The per-run data kept for the record
 * (data fingerprint, parameters, per-fold figures) is hidden; the figures a data lead compares are shown as
 * percentages or to three decimals.
 */
import { EXPERIMENT_HEADER } from '../../jobs/experiments';
import { FORMATS, sheetLayout } from './layout';

export const EXPERIMENTS_LAYOUT = sheetLayout(
  EXPERIMENT_HEADER,
  'Experiments: one row per Train model run, oldest first. Every figure comes from cross-validation: each ' +
    'student scored by a model that never saw them. Accuracy, Precision, Recall and F1 count a student as ' +
    "flagged from the version's threshold. Version is blank when the model was not good enough to publish; " +
    'Outcome says why.',
  {
    Run: { width: 70 },
    Time: { width: 140, format: FORMATS.time },
    'Data fingerprint': {
      hidden: true,
      note:
        'A digest of the rows this run trained on: two runs with the same fingerprint used the same data. ' +
        'Kept so runs can be compared.',
    },
    Rows: { width: 60, format: FORMATS.count },
    Failures: { width: 70, format: FORMATS.count, note: 'Students in Rows whose final grade was a fail.' },
    Mode: { width: 60, note: 'early: without the period grades G1 and G2; mid: with them.' },
    'Parameters (JSON)': {
      hidden: true,
      note: 'The settings this run used (pass mark, folds, seed, capacity, threshold), so it can be repeated.',
    },
    'CV ROC AUC': {
      width: 80,
      format: FORMATS.score,
      note: 'How well risks rank students who failed above those who passed: 1 = perfectly, 0.5 = chance.',
    },
    'AUC sd': { width: 60, format: FORMATS.score, note: 'How much the AUC varied from fold to fold.' },
    Accuracy: { width: 80, format: FORMATS.percent },
    Precision: { width: 80, format: FORMATS.percent, note: 'Of the students flagged, the share who failed.' },
    Recall: { width: 70, format: FORMATS.percent, note: 'Of the students who failed, the share flagged.' },
    F1: {
      width: 60,
      format: FORMATS.percent,
      note: 'Precision and recall in one figure (their harmonic mean).',
    },
    Brier: {
      width: 60,
      format: FORMATS.score,
      note: 'Mean squared gap between risk and outcome; lower is better.',
    },
    'Top-K recall': {
      width: 80,
      format: FORMATS.percent,
      note: 'Of the students who failed, the share among the highest risks, as many as the capacity in Settings.',
    },
    'Top-K precision': {
      width: 80,
      format: FORMATS.percent,
      note: 'Of the highest risks, as many as the capacity in Settings, the share who failed.',
    },
    'Per fold (JSON)': {
      hidden: true,
      note: "Each cross-validation fold's figures, to see how much they varied. Kept for the record.",
    },
    'Duration (s)': { width: 80, format: FORMATS.seconds },
    Version: { width: 70, format: FORMATS.whole },
    Outcome: { width: 320, wrap: true },
  },
);
