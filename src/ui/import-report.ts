/**
 * What the data lead reads after importing BigQuery ML weights: the figures measured on this workbook's rows,
 * said to be such (not cross-validated), what became of the version, and what to do next; or why the weights
 * were refused.
 */
import type { ImportResult } from '../jobs/import-weights';
import type { Dialogs } from '../jobs/ports';

const pct = (x: number | undefined) =>
  x === undefined || !Number.isFinite(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`;
const num = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(3));

export function importReport(result: ImportResult): string {
  if (result.status === 'refused')
    return [
      `These weights were not registered: ${result.why}`,
      `Measured on ${result.usefulness.rows} graded students of this workbook (${result.usefulness.failures} failed): ` +
        `ROC AUC ${num(result.usefulness.outOfFoldAuc)}. Run ${result.runId} is in the Experiments sheet.`,
    ].join('\n');
  const v = result.version;
  const m = v.metrics;
  return [
    `Version ${v.version}: BigQuery ML's weights on the inputs of version ${result.inputsOf} (${v.mode}-term, run ${result.runId}).`,
    `Measured on the ${result.measured} graded students of this workbook: ROC AUC ${num(m['auc'])}, Brier ${num(m['brier'])}. ` +
      'These figures are not cross-validated: if BigQuery ML was trained on these students too, they flatter it.',
    `At the ${pct(v.threshold)} risk threshold (chosen on these rows): accuracy ${pct(m['accuracy'])}, recall ${pct(m['recall'])}, precision ${pct(m['precision'])}.`,
    `It is now the challenger; the champion has not changed. Compare the two model cards, then use Promote challenger… if it should score students.`,
    ...result.notes,
  ].join('\n');
}

export function reportImport(dialogs: Dialogs, result: ImportResult): void {
  dialogs.inform(
    result.status === 'refused' ? 'PassCompass: weights not registered' : 'PassCompass: weights imported',
    importReport(result),
  );
}
