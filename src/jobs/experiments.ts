/**
 * The `Experiments` sheet: one row per training run, so a data lead can compare runs: what data (fingerprint,
 * rows), which settings, what cross-validation measured (means, with each metric's spread and per-fold values
 * in the details), how long it took, and which version it produced, or why its model was refused (no version).
 */
import type { ValidatedModel } from '../core/model/cross-validation';
import type { TermMode } from '../core/registry/model-version';
import type { Settings } from '../core/settings';
import { PASSCOMPASS_VERSION } from '../version';
import type { CellValue } from './ports';

export const EXPERIMENTS_SHEET = 'Experiments';

export const EXPERIMENT_HEADER = [
  'Run',
  'Time',
  'Data fingerprint',
  'Rows',
  'Failures',
  'Mode',
  'Parameters (JSON)',
  'CV ROC AUC',
  'AUC sd',
  'Accuracy',
  'Precision',
  'Recall',
  'F1',
  'Brier',
  'Top-K recall',
  'Top-K precision',
  'Per fold (JSON)',
  'Duration (s)',
  'Version',
  'Outcome',
] as const;

export interface ExperimentRecord {
  runId: string;
  at: Date;
  dataFingerprint: string;
  rows: number;
  mode: TermMode;
  /** The version the run registered; null when its model was refused (see `core/model/usefulness.ts`). */
  version: number | null;
  validated: ValidatedModel;
  settings: Settings;
  seconds: number;
  outcome: string;
}

const VERSION_COLUMN = EXPERIMENT_HEADER.indexOf('Version');

export function experimentRow(e: ExperimentRecord): CellValue[] {
  const { summary, folds, k, seed } = e.validated.validation;
  const m = (name: keyof typeof summary) => numberOrBlank(summary[name].mean);
  const parameters = {
    passMark: e.settings.passMark,
    folds: k,
    seed,
    capacity: e.settings.capacity,
    threshold: e.validated.threshold,
    training: e.validated.model.training,
    // Which PassCompass trained it (package.json's version, set when dist/ is built): its code, not the data.
    addOnVersion: PASSCOMPASS_VERSION,
    // Runs that left sensitive attributes out of the inputs are told apart from those that did not.
    ...(e.settings.leaveOutAttributes.length > 0
      ? { leaveOutAttributes: e.settings.leaveOutAttributes }
      : {}),
  };
  const perFold = folds.map((f) => ({
    fold: f.fold,
    testRows: f.testRows,
    auc: f.auc,
    brier: f.brier,
    accuracy: f.atThreshold.accuracy,
    recall: f.atThreshold.recall,
    topKRecall: f.topK.recall,
  }));
  return [
    e.runId,
    e.at,
    e.dataFingerprint,
    e.rows,
    e.validated.model.training.failures,
    e.mode,
    JSON.stringify(parameters),
    m('auc'),
    numberOrBlank(summary.auc.sd),
    m('accuracy'),
    m('precision'),
    m('recall'),
    m('f1'),
    m('brier'),
    m('topKRecall'),
    m('topKPrecision'),
    JSON.stringify(perFold),
    Number(e.seconds.toFixed(2)),
    e.version ?? '',
    e.outcome,
  ];
}

/** `R-0001`, `R-0002`, …: one more than the highest run number seen. */
export function nextRunId(rows: readonly CellValue[][]): string {
  const highest = rows.reduce((max, row) => {
    // Stryker disable next-line StringLiteral: a missing cell reads as 'undefined' without the fallback, which matches no run id either
    const match = /^R-(\d+)$/.exec(String(row[0] ?? ''));
    return match ? Math.max(max, Number(match[1])) : max;
  }, 0);
  return `R-${String(highest + 1).padStart(4, '0')}`;
}

/** The version numbers the experiments produced, so a number is never reused after a Versions row is deleted. */
export function versionsNamedIn(rows: readonly CellValue[][]): number[] {
  return rows
    .map((row) => row[VERSION_COLUMN])
    .filter((v): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1);
}

function numberOrBlank(x: number): number | string {
  return Number.isFinite(x) ? Number(x.toFixed(4)) : '';
}
