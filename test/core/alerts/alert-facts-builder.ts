/**
 * A builder of alert facts for tests and the sample rendering: `anAlert().withDrift().build()`. Every finding
 * comes with representative figures (a mid-sized school's roster, a version trained on the UCI sample), and
 * each `with…` both adds the figures and the verdict, unless `asInformation` says the figures are shown only.
 */
import type {
  AccuracyFacts,
  AlertFacts,
  AlertProblem,
  AlertVerdict,
  DataQualityCount,
  DriftFacts,
  MissedCheckFacts,
} from '../../../src/core/alerts/alert-facts';

export const SAMPLE_URL = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit';

export const SAMPLE_DRIFT: DriftFacts = {
  rowsCompared: 212,
  referenceRows: 395,
  columnsTested: 18,
  columnsDrifted: 9,
  columnsDriftedCorrected: 7,
  topColumns: [
    'absences: median 4 → 11',
    'weekly study time: "under 2 hours" 27% → 49%',
    'past class failures: mean 0.3 → 0.8',
    'wants higher education: "yes" 95% → 81%',
    'age: middle half 16-18 → 17-19',
  ],
};

export const SAMPLE_DATA_QUALITY: readonly DataQualityCount[] = [
  { kind: 'blank-share', column: 'absences', count: 41 },
  { kind: 'out-of-range', column: 'studytime', count: 6 },
  { kind: 'unseen-category', column: 'Mjob', count: 3 },
  { kind: 'not-scored', column: null, count: 2 },
];

export const SAMPLE_ACCURACY: AccuracyFacts = {
  studentsWithFinalGrades: 180,
  auc: { value: 0.64, low: 0.55, high: 0.72, expected: 0.79, flagged: true },
  accuracy: { value: 0.71, low: 0.64, high: 0.77, expected: 0.8, flagged: true },
  highTierRecall: { value: 0.48, low: 0.36, high: 0.6, expected: 0.62, flagged: false },
  highTierPrecision: { value: 0.55, low: 0.42, high: 0.67, expected: 0.58, flagged: false },
  failRate: { value: 0.27, low: 0.21, high: 0.34, expected: 0.18, flagged: true },
};

export const SAMPLE_MISSED: MissedCheckFacts = { lastFinishedAt: '5 May 2025, 06:02', hoursWithoutCheck: 50 };

class AlertFactsBuilder {
  private facts: {
    -readonly [K in keyof AlertFacts]: AlertFacts[K];
  } = {
    spreadsheet: { name: 'Year 10 risk of failing 2024/25', url: SAMPLE_URL },
    checkedAt: '7 May 2025, 06:00',
    model: { version: 3, moment: 'early' },
    verdicts: [],
  };
  private information = false;

  /** The next `with…` adds figures without their verdict. */
  asInformation(): this {
    this.information = true;
    return this;
  }
  private verdict(verdict: AlertVerdict): void {
    if (!this.information) this.facts.verdicts = [...this.facts.verdicts, verdict];
    this.information = false;
  }
  withSpreadsheet(name: string, url = SAMPLE_URL): this {
    this.facts.spreadsheet = { name, url };
    return this;
  }
  withCheckedAt(checkedAt: string): this {
    this.facts.checkedAt = checkedAt;
    return this;
  }
  withModel(model: AlertFacts['model']): this {
    this.facts.model = model;
    return this;
  }
  withDrift(drift: Partial<DriftFacts> = {}): this {
    this.facts.drift = { ...SAMPLE_DRIFT, ...drift };
    this.verdict('drift');
    return this;
  }
  withDataQuality(problems: readonly DataQualityCount[] = SAMPLE_DATA_QUALITY): this {
    this.facts.dataQuality = problems;
    this.verdict('data-quality');
    return this;
  }
  withAccuracy(accuracy: Partial<AccuracyFacts> = {}): this {
    this.facts.accuracy = { ...SAMPLE_ACCURACY, ...accuracy };
    this.verdict('accuracy');
    return this;
  }
  withFailedCheck(stage = 'reading the Students sheet'): this {
    this.facts.failure = { stage };
    this.verdict('check-failed');
    return this;
  }
  withMissedCheck(missed: Partial<MissedCheckFacts> = {}): this {
    this.facts.missed = { ...SAMPLE_MISSED, ...missed };
    this.verdict('check-missed');
    return this;
  }
  backToNormal(resolved: readonly AlertProblem[] = ['drift']): this {
    this.facts.resolved = resolved;
    this.verdict('back-to-normal');
    return this;
  }
  /** Sets the verdicts as given, whatever the figures. */
  withVerdicts(verdicts: readonly AlertVerdict[]): this {
    this.facts.verdicts = verdicts;
    return this;
  }
  build(): AlertFacts {
    return { ...this.facts };
  }
}

/** Facts for a check of the sample spreadsheet with no findings yet: add some with `with…`. */
export function anAlert(): AlertFactsBuilder {
  return new AlertFactsBuilder();
}

/** What a typical early-term alert holds: the roster drifted and the import has problems. */
export function sampleAlertFacts(): AlertFacts {
  return anAlert().withDrift().withDataQuality().build();
}
