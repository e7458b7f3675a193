/**
 * What the data lead reads after training: the cross-validated figures and what happened to the version, or,
 * for a model the publication rules refused (`core/model/usefulness.ts`), why it was refused, what the champion
 * is now, and what to do about it.
 */
import type { Dialogs } from '../jobs/ports';
import type { TrainResult } from '../jobs/train';
import { MIN_PER_OUTCOME, MIN_ROWS } from '../core/model/usefulness';

const pct = (x: number | undefined) =>
  x === undefined || !Number.isFinite(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`;
const num = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(3));

/** "out-of-fold ROC AUC 0.710 (95% interval 0.660 to 0.760)". */
function outOfFold(result: TrainResult): string {
  const { outOfFoldAuc, interval } = result.usefulness;
  return (
    `out-of-fold ROC AUC ${num(outOfFoldAuc)}` +
    (interval ? ` (95% interval ${num(interval.low)} to ${num(interval.high)})` : '')
  );
}

function refusalReport(result: TrainResult): string[] {
  const u = result.usefulness;
  return [
    `This model was not published: no version was registered and it scores no one.`,
    ...result.usefulness.refusals,
    `Trained on ${u.rows} students with a final grade (${u.failures} failed, ${u.passes} passed), ${result.version.mode}-term, run ${result.runId} (kept in the Experiments sheet).`,
    `Cross-validated ROC AUC ${num(result.version.metrics['auc'])} ± ${num(result.version.metrics['aucSd'])}; ${outOfFold(result)}.`,
    result.champion === null
      ? 'There is no champion yet, so Score students has no model to score with.'
      : `Version ${result.champion} stays the champion.`,
    `To publish a model, train on more graded students (at least ${MIN_PER_OUTCOME} who failed, ${MIN_PER_OUTCOME} who passed and ${MIN_ROWS} in all), for example last year's cohort, and check the Data issues sheet for blank or unreadable cells.`,
  ];
}

/** Whether the percentages were corrected (Platt scaling), with the cross-validated Brier scores. */
function calibrationLine(m: Readonly<Record<string, number>>): string {
  return m['plattA'] === undefined
    ? `The percentages needed no correction (a correction would not have lowered the Brier score ${num(m['brier'])}).`
    : `The percentages were corrected to match observed fail rates better: Brier ${num(m['brierUncalibrated'])} before, ${num(m['brier'])} after, measured on students each correction never saw. The ranking is unchanged.`;
}

export function trainingReport(
  result: TrainResult,
  capacity: number,
  settingProblems: readonly string[] = [],
): string {
  const m = result.version.metrics;
  const lines =
    result.alias === 'refused'
      ? refusalReport(result)
      : [
          `Version ${result.version.version} (${result.version.mode}-term model, ${result.version.rows} students, run ${result.runId}).`,
          `Cross-validated ROC AUC ${num(m['auc'])} ± ${num(m['aucSd'])}, Brier ${num(m['brier'])}; ${outOfFold(result)}.`,
          `At the ${pct(result.version.threshold)} risk threshold: accuracy ${pct(m['accuracy'])}, recall ${pct(m['recall'])}, precision ${pct(m['precision'])}.`,
          `If counsellors see the ${capacity} students at highest risk, they reach about ${pct(m['topKRecall'])} of those who fail.`,
          calibrationLine(m),
          `It is now the ${result.alias}: ${result.gateReason}.`,
        ];
  // Equity warnings come straight after what happened to the version: what to weigh before relying on it.
  return [...lines, ...result.warnings, ...result.notes, ...settingProblems.map((p) => `Setting: ${p}`)].join(
    '\n',
  );
}

export function reportTraining(
  dialogs: Dialogs,
  result: TrainResult,
  capacity: number,
  settingProblems: readonly string[],
): void {
  dialogs.inform(
    result.alias === 'refused' ? 'PassCompass: model not published' : 'PassCompass: model trained',
    trainingReport(result, capacity, settingProblems),
  );
}
