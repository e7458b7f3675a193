/**
 * What the monitoring alert email may say: aggregates only. `AlertFacts` has no field for a student's name,
 * key, row number or any cell of the roster, and the only free text it takes is PassCompass's own (column
 * labels as the header row spells them, drift phrases built from medians and shares, the stage a failed check
 * was in). Whoever builds the facts keeps it that way; `assertNoRosterText` is the check before sending.
 * `assertAlertFacts` says which facts each verdict needs.
 */
import type { TermMode } from '../registry/model-version';

/**
 * Why the alert is sent. `drift`: this term's roster no longer looks like the training data.
 * `data-quality`: problems in the imported data. `accuracy`: once final grades exist, the realised accuracy
 * fell below what cross-validation promised. `check-failed`: a check started and stopped with an error.
 * `check-missed`: the heartbeat found no finished check in the last 48 hours. `back-to-normal`: the latest
 * check found none of the problems an earlier alert reported (it is sent alone).
 */
export type AlertVerdict =
  'drift' | 'data-quality' | 'accuracy' | 'check-failed' | 'check-missed' | 'back-to-normal';

export type AlertProblem = Exclude<AlertVerdict, 'back-to-normal'>;

/** The champion the check compared with. */
export interface AlertModelFacts {
  /** The version number in the `Versions` sheet. */
  readonly version: number;
  /** `early`: trained without period grades (early term); `mid`: with G1 and G2 (mid-term). */
  readonly moment: TermMode;
}

/** The drift figures of one check (see `core/drift/dataset-drift.ts`). */
export interface DriftFacts {
  /** Rows of this term's roster compared with the training reference. */
  readonly rowsCompared: number;
  /** Rows in the training reference sample. */
  readonly referenceRows: number;
  /** Columns that received a verdict. */
  readonly columnsTested: number;
  /** Columns drifted on raw p-values (Evidently's rule). */
  readonly columnsDrifted: number;
  /** Columns still drifted after the Benjamini-Hochberg correction. */
  readonly columnsDriftedCorrected: number;
  /**
   * The most drifted columns, most drifted first, each as a short phrase of aggregates already in words, e.g.
   * `absences: median 4 → 11`. At most 5 are shown; each is cut to 120 characters.
   */
  readonly topColumns: readonly string[];
}

/**
 * A kind of data-quality problem (the monitoring check's kinds, plus `blank` and `other` for `checkRoster`'s
 * issues). `blank`: required cells left empty. `blank-share`: cells left blank more often than in training.
 * `out-of-range`: cells that are not a valid value (outside the range, not a number, not a category).
 * `unseen-category`: a category the model never saw in training. `missing-column`: a column the model reads is
 * absent. `not-scored`: rows that could not be scored (`column` is `null`). `other`: anything else.
 */
export type AlertDataQualityKind =
  'blank' | 'blank-share' | 'out-of-range' | 'unseen-category' | 'missing-column' | 'not-scored' | 'other';

/** One line of the data-quality table: how many cells of one kind in one column, never which rows. */
export interface DataQualityCount {
  readonly kind: AlertDataQualityKind;
  /** The column's name as the roster or the data dictionary spells it (cut to 80 characters); `null` for rows. */
  readonly column: string | null;
  /** Cells affected (rows for `missing-column` and `not-scored`). */
  readonly count: number;
}

/**
 * A realised figure with its 95% interval, beside what was expected: the cross-validated value for AUC,
 * accuracy, recall and precision, the mean predicted risk for the fail rate; `null` when there is none.
 * `flagged` when the check judged the figure a problem.
 */
export interface RealisedFigure {
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly expected: number | null;
  readonly flagged: boolean;
}

/**
 * Realised accuracy on the students whose final grade is now known. Proportions lie in [0, 1]; a figure is
 * `null` when it cannot be measured (AUC with one class only, precision with an empty High tier).
 */
export interface AccuracyFacts {
  readonly studentsWithFinalGrades: number;
  /** ROC AUC of the risk scores against the outcome. */
  readonly auc: RealisedFigure | null;
  /** Share whose at-risk flag matched the outcome, at the version's threshold. */
  readonly accuracy: RealisedFigure | null;
  /** Of the students who failed, the share the High tier held. */
  readonly highTierRecall: RealisedFigure | null;
  /** Of the High tier, the share who failed. */
  readonly highTierPrecision: RealisedFigure | null;
  /** The observed fail rate; `expected` is the mean predicted risk. */
  readonly failRate: RealisedFigure | null;
}

/** A check that started and stopped with an error. The error's message is not carried: it may quote a cell. */
export interface CheckFailureFacts {
  /** What the check was doing, in PassCompass's words, e.g. `reading the Students sheet` (cut to 120). */
  readonly stage: string;
}

/** The heartbeat's finding. */
export interface MissedCheckFacts {
  /** When the last check finished, formatted like `checkedAt`; `null` when none ever has. */
  readonly lastFinishedAt: string | null;
  /** Hours since then (or since monitoring was turned on). */
  readonly hoursWithoutCheck: number;
}

export interface AlertFacts {
  readonly spreadsheet: {
    /** The spreadsheet's name (cut to 200 characters). */
    readonly name: string;
    /** Its https: URL: the link in the email. */
    readonly url: string;
  };
  /** When the check (or heartbeat) ran, already formatted in the spreadsheet's time zone. */
  readonly checkedAt: string;
  /** The champion; `null` when there is none. */
  readonly model: AlertModelFacts | null;
  /** Why the alert is sent: at least one, no repeats; `back-to-normal` only alone. */
  readonly verdicts: readonly AlertVerdict[];
  /** Required with `drift`; shown whenever given. */
  readonly drift?: DriftFacts;
  /** Required and non-empty with `data-quality`. */
  readonly dataQuality?: readonly DataQualityCount[];
  /** Required with `accuracy`; shown whenever given (when final grades exist). */
  readonly accuracy?: AccuracyFacts;
  /** Required with `check-failed`. */
  readonly failure?: CheckFailureFacts;
  /** Required with `check-missed`. */
  readonly missed?: MissedCheckFacts;
  /** With `back-to-normal`: the problems an earlier alert reported that are now gone. */
  readonly resolved?: readonly AlertProblem[];
}

const VERDICTS: readonly AlertVerdict[] = [
  'drift',
  'data-quality',
  'accuracy',
  'check-failed',
  'check-missed',
  'back-to-normal',
];

function assertVerdicts(facts: AlertFacts): void {
  const { verdicts } = facts;
  if (verdicts.length === 0) throw new RangeError('An alert needs at least one verdict.');
  for (const verdict of verdicts)
    if (!VERDICTS.includes(verdict)) throw new RangeError(`Unknown alert verdict "${String(verdict)}".`);
  if (new Set(verdicts).size !== verdicts.length) throw new RangeError('An alert verdict is repeated.');
  if (verdicts.includes('back-to-normal') && verdicts.length > 1)
    throw new RangeError('"back-to-normal" cannot be sent beside a problem.');
  const needs = (verdict: AlertVerdict, present: boolean, what: string) => {
    if (verdicts.includes(verdict) && !present)
      throw new RangeError(`An alert of kind "${verdict}" needs ${what}.`);
  };
  needs('drift', facts.drift !== undefined, 'drift figures');
  needs('data-quality', (facts.dataQuality ?? []).length > 0, 'at least one data-quality problem');
  needs('accuracy', facts.accuracy !== undefined, 'accuracy figures');
  needs('check-failed', facts.failure !== undefined, 'the stage that failed');
  needs('check-missed', facts.missed !== undefined, 'the heartbeat finding');
}

function assertCounts(facts: AlertFacts): void {
  const counts: [string, number][] = [];
  const { drift } = facts;
  if (drift)
    counts.push(
      ['rowsCompared', drift.rowsCompared],
      ['referenceRows', drift.referenceRows],
      ['columnsTested', drift.columnsTested],
      ['columnsDrifted', drift.columnsDrifted],
      ['columnsDriftedCorrected', drift.columnsDriftedCorrected],
    );
  for (const problem of facts.dataQuality ?? []) counts.push(['A data-quality count', problem.count]);
  if (facts.accuracy) counts.push(['studentsWithFinalGrades', facts.accuracy.studentsWithFinalGrades]);
  if (facts.model) counts.push(['The model version', facts.model.version]);
  for (const [name, value] of counts)
    if (!(Number.isInteger(value) && value >= 0))
      throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}.`);
  const hours = facts.missed?.hoursWithoutCheck ?? 0;
  if (!(hours >= 0 && Number.isFinite(hours)))
    throw new RangeError(`hoursWithoutCheck must be a finite number ≥ 0, got ${hours}.`);
}

function assertFigures(accuracy: AccuracyFacts): void {
  const { auc, highTierRecall, highTierPrecision, failRate } = accuracy;
  for (const figure of [auc, accuracy.accuracy, highTierRecall, highTierPrecision, failRate]) {
    if (figure === null) continue;
    const values = [figure.value, figure.low, figure.high, figure.expected ?? 0];
    if (!values.every((x) => x >= 0 && x <= 1) || figure.low > figure.high)
      throw new RangeError(
        `A realised figure must lie in [0, 1] with low ≤ high, got ${JSON.stringify(figure)}.`,
      );
  }
}

/**
 * Throws `RangeError` when `facts` cannot make an alert: no verdict, an unknown or repeated one,
 * `back-to-normal` beside another, a verdict without the facts it needs, a negative or fractional count, a
 * realised figure outside [0, 1] (or NaN) or with low > high, or a negative or non-finite hour count.
 */
export function assertAlertFacts(facts: AlertFacts): void {
  assertVerdicts(facts);
  assertCounts(facts);
  if (facts.accuracy) assertFigures(facts.accuracy);
}
