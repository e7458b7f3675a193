/**
 * A check's findings as the `Monitoring` sheet shows them: one history row, and the per-column detail of the
 * latest check. Pure. The sheet lives inside the spreadsheet, beside the roster it describes, so its problem
 * sentences may name sheet rows; nothing here leaves the spreadsheet (the email is built in `alert.ts`).
 */
import type { DriftTest } from '../../core/drift/drift-test-choice';
import { ATTRIBUTES } from '../../core/data/dictionary';
import type { CheckVerdict } from '../../core/monitoring/check-verdict';
import type { RealisedMetric } from '../../core/monitoring/realised-accuracy';
import type { MonitoringDetail, MonitoringHistoryRow } from '../ports';
import type { Findings } from './inspect';

const TEST_NAMES: Readonly<Record<DriftTest, string>> = {
  ks: 'K-S',
  'chi-square': 'chi-square',
  'z-test': 'Z-test',
  wasserstein: 'Wasserstein',
  'jensen-shannon': 'Jensen-Shannon',
};

export const VERDICT_WORDS: Readonly<Record<CheckVerdict | 'check-failed' | 'nothing', string>> = {
  ok: 'OK',
  drift: 'Drift',
  'data-quality': 'Data quality',
  accuracy: 'Accuracy',
  several: 'Several problems',
  'check-failed': 'Check failed',
  nothing: 'Nothing to check',
};

/** The history row of `findings` taken at `at`, before the alert column is known. */
export function historyRow(findings: Findings, at: Date): Omit<MonitoringHistoryRow, 'alert'> {
  const { drift, accuracy, quality, summary } = findings;
  const auc = accuracy?.auc;
  return {
    checkedAt: at,
    version: findings.version.version,
    source: findings.source,
    rowsCompared: findings.rowsCompared,
    columnsTested: drift?.testedColumns ?? null,
    driftedRaw: drift ? drift.raw.driftedColumns : null,
    driftedCorrected: drift ? drift.corrected.driftedColumns : null,
    driftedShare: drift?.corrected.share ?? null,
    dataQualityProblems: quality.problems.length,
    studentsWithGrades: accuracy?.students ?? null,
    realisedAuc: auc && auc.value !== null ? auc.value : null,
    expectedAuc: findings.version.metrics['auc'] ?? null,
    verdict: VERDICT_WORDS[summary.verdict],
    notes: notes(findings),
  };
}

const ACCURACY_WORDS: Readonly<Record<string, string>> = {
  'accuracy:auc': 'ROC AUC below what cross-validation promised',
  'accuracy:accuracy': 'accuracy below what cross-validation promised',
  'accuracy:highRecall': 'the High tier caught fewer of the failures than expected',
  'accuracy:highPrecision': 'fewer High-tier students failed than expected',
  'accuracy:calibration': 'the fail rate differs from the mean predicted risk',
};

/** The problems in one line: drift as the corrected verdict sees it, then the kinds of data-quality problem. */
function notes(findings: Findings): string {
  const parts: string[] = [];
  if (findings.drift === null) parts.push('No reference sample to compare with: retrain to keep one.');
  else if (findings.summary.drift.note) parts.push(findings.summary.drift.note);
  else if (findings.summary.drift.corrected)
    parts.push(
      `${findings.drift.corrected.driftedColumns} of ${findings.drift.testedColumns} columns drifted after correction.`,
    );
  const problems = findings.quality.problems.length;
  if (problems > 0) parts.push(`${problems} data-quality ${problems === 1 ? 'problem' : 'problems'}.`);
  if (findings.accuracy?.note) parts.push(findings.accuracy.note);
  const flagged = findings.summary.problemKinds.filter((k) => k.startsWith('accuracy:'));
  if (flagged.length > 0)
    parts.push(
      `Realised accuracy off expectation: ${flagged.map((k) => ACCURACY_WORDS[k] ?? k).join('; ')}.`,
    );
  return parts.join(' ');
}

const LABELS = new Map(ATTRIBUTES.map((a) => [a.name, a.label]));
const label = (column: string): string => LABELS.get(column) ?? column;

/** The latest check in detail. */
export function checkDetail(findings: Findings, at: Date): MonitoringDetail {
  const quality = new Map(findings.quality.columns.map((c) => [c.column, c]));
  const columns = (findings.drift?.columns ?? []).map((column) => {
    const q = quality.get(column.column);
    const outOfRange = q ? Object.values(q.outOfRange).reduce((a, b) => a + (b ?? 0), 0) : 0;
    return {
      column: `${column.column} (${label(column.column)})`,
      test: column.test ? TEST_NAMES[column.test] : column.note || column.status,
      statistic: column.statistic,
      pValue: column.pValue ?? null,
      adjustedP: column.adjustedP ?? null,
      driftedRaw: column.status === 'tested' ? column.drifted : null,
      driftedCorrected: column.status === 'tested' ? (column.driftedCorrected ?? null) : null,
      moved: findings.moved.get(column.column) ?? '',
      blankShare: q?.blankShare ?? 0,
      referenceBlankShare: q?.referenceBlankShare ?? 0,
      outOfRange,
      unseen: q?.unseenCells ?? 0,
    };
  });
  return {
    checkedAt: at,
    columns,
    problems: findings.quality.problems.map((p) => p.sentence),
    accuracy: accuracyRows(findings),
  };
}

const METRIC_NAMES = [
  ['auc', 'ROC AUC'],
  ['accuracy', 'Accuracy at the threshold'],
  ['highRecall', 'High tier: share of failures caught'],
  ['highPrecision', 'High tier: share who failed'],
  ['calibration', 'Fail rate (expected: mean predicted risk)'],
] as const;

function accuracyRows(findings: Findings): MonitoringDetail['accuracy'] {
  const accuracy = findings.accuracy;
  if (!accuracy) return [];
  return METRIC_NAMES.map(([key, metric]) => {
    const m: RealisedMetric = accuracy[key];
    return m.value === null
      ? { metric, value: null, low: null, high: null, expected: m.expected, problem: false, note: m.reason }
      : {
          metric,
          value: m.value,
          low: m.interval.low,
          high: m.interval.high,
          expected: m.expected,
          problem: m.problem,
          note: !m.problem
            ? ''
            : key === 'calibration'
              ? 'the mean predicted risk lies outside this interval'
              : 'what cross-validation promised lies above this interval',
        };
  });
}
