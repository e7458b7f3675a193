/** What the data lead reads after training: the cross-validated figures and what happened to the version. */
import type { Dialogs } from '../jobs/ports';
import type { TrainResult } from '../jobs/train';

const pct = (x: number | undefined) =>
  x === undefined || !Number.isFinite(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`;
const num = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(3));

export function trainingReport(
  result: TrainResult,
  capacity: number,
  settingProblems: readonly string[] = [],
): string {
  const m = result.version.metrics;
  const lines = [
    `Version ${result.version.version} (${result.version.mode}-term model, ${result.version.rows} students, run ${result.runId}).`,
    `Cross-validated ROC AUC ${num(m['auc'])} ± ${num(m['aucSd'])}, Brier ${num(m['brier'])}.`,
    `At the ${pct(result.version.threshold)} risk threshold: accuracy ${pct(m['accuracy'])}, recall ${pct(m['recall'])}, precision ${pct(m['precision'])}.`,
    `If counsellors see the ${capacity} students at highest risk, they reach about ${pct(m['topKRecall'])} of those who fail.`,
    `It is now the ${result.alias}: ${result.gateReason}.`,
    ...result.notes,
    ...settingProblems.map((p) => `Setting: ${p}`),
  ];
  return lines.join('\n');
}

export function reportTraining(
  dialogs: Dialogs,
  result: TrainResult,
  capacity: number,
  settingProblems: readonly string[],
): void {
  dialogs.inform('PassCompass: model trained', trainingReport(result, capacity, settingProblems));
}
