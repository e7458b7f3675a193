/**
 * The alert email of a check: which verdicts it reports, the aggregate facts behind them (never a row, key, name
 * or cell; see `core/alerts/alert-facts.ts`), rendered and checked for roster text before it is sent. Whether to
 * send at all is `decideAlert`'s business; this module only says what to send and sends it, with the mail
 * quota checked first so that running out is recorded rather than fatal.
 */
import type {
  AccuracyFacts,
  AlertFacts,
  AlertProblem,
  AlertVerdict,
  DriftFacts,
  RealisedFigure,
} from '../../core/alerts/alert-facts';
import { renderAlertEmail } from '../../core/alerts/render-alert';
import { assertNoRosterText } from '../../core/alerts/roster-text-guard';
import type { CheckState } from '../../core/monitoring/alert-decision';
import type { RealisedMetric } from '../../core/monitoring/realised-accuracy';
import type { Mailer } from '../ports';
import type { Findings } from './inspect';

/** What the alert is about: a check's findings, a check that failed, and whether checks were missed. */
export interface AlertSubject {
  findings: Findings | null;
  /** The stage a failed check was in. */
  failedStage: string | null;
  missed: { lastFinishedAt: string | null; hoursWithoutCheck: number } | null;
  /** The state the decision compared with, for what an all-clear resolves. */
  previous: CheckState | null;
}

export interface Where {
  spreadsheet: { name: string; url: string };
  /** The check's time, already formatted in the spreadsheet's time zone. */
  checkedAt: string;
}

const FAMILIES: readonly [string, AlertProblem][] = [
  ['drift', 'drift'],
  ['data-quality', 'data-quality'],
  ['accuracy', 'accuracy'],
  ['check-failed', 'check-failed'],
];

/** The problem families among `kinds` (`data-quality:blank-share:absences` → `data-quality`). */
function familiesOf(kinds: readonly string[]): AlertProblem[] {
  return FAMILIES.filter(([prefix]) => kinds.some((k) => k === prefix || k.startsWith(`${prefix}:`))).map(
    ([, family]) => family,
  );
}

function driftFacts(findings: Findings): DriftFacts | undefined {
  const drift = findings.drift;
  if (!drift) return undefined;
  const tested = drift.columns.filter((c) => c.status === 'tested');
  const drifted = tested.filter((c) => c.driftedCorrected);
  const shown = (drifted.length > 0 ? drifted : tested.filter((c) => c.drifted))
    .sort((a, b) => (a.adjustedP ?? 1) - (b.adjustedP ?? 1))
    .slice(0, 5);
  return {
    rowsCompared: findings.rowsCompared,
    referenceRows: drift.quality.reference.rows,
    columnsTested: drift.testedColumns,
    columnsDrifted: drift.raw.driftedColumns,
    columnsDriftedCorrected: drift.corrected.driftedColumns,
    topColumns: shown.map((c) => findings.moved.get(c.column) ?? c.column),
  };
}

function figure(metric: RealisedMetric): RealisedFigure | null {
  if (metric.value === null) return null;
  return {
    value: metric.value,
    low: metric.interval.low,
    high: metric.interval.high,
    expected: metric.expected,
    flagged: metric.problem,
  };
}

function accuracyFacts(findings: Findings): AccuracyFacts | undefined {
  const a = findings.accuracy;
  if (!a) return undefined;
  return {
    studentsWithFinalGrades: a.students,
    auc: figure(a.auc),
    accuracy: figure(a.accuracy),
    highTierRecall: figure(a.highRecall),
    highTierPrecision: figure(a.highPrecision),
    failRate: figure(a.calibration),
  };
}

/** The facts of the alert about `subject`. */
export function alertFacts(subject: AlertSubject, where: Where): AlertFacts {
  const { findings } = subject;
  // Stryker disable next-line ArrayDeclaration: without findings a placeholder kind belongs to no family, so no verdict changes
  const kinds = findings?.summary.problemKinds ?? [];
  const verdicts: AlertVerdict[] = familiesOf(kinds);
  if (subject.failedStage !== null) verdicts.push('check-failed');
  if (subject.missed) verdicts.push('check-missed');
  const facts: Record<string, unknown> = {
    ...where,
    model: findings ? { version: findings.version.version, moment: findings.version.mode } : null,
    verdicts: verdicts.length > 0 ? verdicts : ['back-to-normal'],
  };
  if (verdicts.length === 0) {
    // Stryker disable next-line ArrayDeclaration: without a previous state a placeholder kind belongs to no family, so nothing is resolved
    const was = familiesOf(subject.previous?.problemKinds ?? []);
    facts['resolved'] = subject.previous?.missedCheck ? [...was, 'check-missed'] : was;
  }
  if (findings) {
    facts['drift'] = driftFacts(findings);
    facts['accuracy'] = accuracyFacts(findings);
    const counts = findings.quality.problems.map((p) => ({ kind: p.kind, column: p.column, count: p.count }));
    if (counts.length > 0) facts['dataQuality'] = counts;
  }
  if (subject.failedStage !== null) facts['failure'] = { stage: subject.failedStage };
  if (subject.missed) facts['missed'] = subject.missed;
  for (const key of Object.keys(facts)) if (facts[key] === undefined) delete facts[key];
  return facts as unknown as AlertFacts;
}

/** How an alert went, in words for the Monitoring sheet, and how many were told. */
export interface SendOutcome {
  told: number;
  words: string;
}

/**
 * Renders `facts`, checks the message for `identifying` roster text (names, keys), and sends it to `recipients`
 * when the quota allows. Throws `AlertPrivacyError` rather than send a message with roster text in it.
 */
export function sendAlert(
  mailer: Mailer,
  recipients: readonly string[],
  facts: AlertFacts,
  identifying: Iterable<string>,
): SendOutcome {
  const email = renderAlertEmail(facts);
  assertNoRosterText(email, identifying);
  if (recipients.length === 0) return { told: 0, words: 'Not sent: no recipients in Settings' };
  const quota = mailer.remainingQuota();
  if (quota < recipients.length)
    return {
      told: 0,
      words: `Not sent: the daily mail quota is used up (${quota} left); tried again tomorrow`,
    };
  mailer.send(recipients, email);
  return { told: recipients.length, words: `Sent to ${recipients.length}` };
}
