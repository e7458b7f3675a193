/** Hand-made monitoring findings, for the tests of what a check writes and emails. */
import type { ColumnDrift } from '../../../src/core/drift/column-drift';
import type { ColumnCounts } from '../../../src/core/drift/column-values';
import type { DatasetDrift } from '../../../src/core/drift/dataset-drift';
import type { DataQualityProblem } from '../../../src/core/monitoring/data-quality';
import type { RealisedAccuracy, RealisedMetric } from '../../../src/core/monitoring/realised-accuracy';
import type { ModelVersion } from '../../../src/core/registry/model-version';
import type { Findings } from '../../../src/jobs/monitoring/inspect';

const counts = (rows: number): ColumnCounts => ({ rows, blank: 0, invalid: 0, used: rows, blankShare: 0 });

export function column(name: string, over: Partial<ColumnDrift> = {}): ColumnDrift {
  return {
    column: name,
    kind: 'numeric',
    status: 'tested',
    test: 'ks',
    statistic: 0.25,
    pValue: 0.01,
    adjustedP: 0.02,
    threshold: 0.05,
    drifted: true,
    driftedCorrected: true,
    distinctValues: 12,
    note: '',
    reference: counts(200),
    current: counts(80),
    ...over,
  };
}

export function drift(columns: ColumnDrift[], over: Partial<DatasetDrift> = {}): DatasetDrift {
  return {
    columns,
    testedColumns: 4,
    raw: { driftedColumns: 2, share: 0.5, drifted: true },
    corrected: { driftedColumns: 1, share: 0.25, drifted: false },
    note: '',
    quality: {
      reference: { rows: 200, cells: 800, blank: 0, invalid: 0, blankShare: 0 },
      current: { rows: 80, cells: 320, blank: 0, invalid: 0, blankShare: 0 },
    },
    ...over,
  };
}

export const problem = (sentence: string): DataQualityProblem => ({
  kind: 'blank-share',
  column: 'absences',
  count: 3,
  firstRows: [2, 5, 9],
  sentence,
});

export const value = (
  v: number,
  low: number,
  high: number,
  expected: number | null,
  flagged = false,
): RealisedMetric => ({
  value: v,
  interval: { low, high },
  expected,
  problem: flagged,
});

export const none = (reason: string, expected: number | null): RealisedMetric => ({
  value: null,
  reason,
  expected,
  problem: false,
});

export function accuracy(over: Partial<RealisedAccuracy> = {}): RealisedAccuracy {
  return {
    students: 40,
    failures: 12,
    note: '',
    auc: value(0.62, 0.5, 0.74, 0.8, true),
    accuracy: value(0.75, 0.6, 0.86, 0.78),
    highRecall: none('undefined: no student was placed in the High tier', 0.4),
    highPrecision: value(0.3, 0.1, 0.45, 0.6, true),
    calibration: value(0.3, 0.18, 0.45, 0.5, true),
    ...over,
  };
}

export const VERSION = { version: 3, mode: 'early', metrics: { auc: 0.8 } } as unknown as ModelVersion;

export function findings(over: Partial<Findings> = {}, summary: Partial<Findings['summary']> = {}): Findings {
  return {
    version: VERSION,
    source: 'the Students sheet',
    comparedRun: null,
    rowsCompared: 80,
    drift: drift([column('absences')]),
    moved: new Map(),
    quality: { rows: 80, columns: [], problems: [] },
    accuracy: null,
    summary: {
      verdict: 'ok',
      problemKinds: [],
      drift: { raw: true, corrected: false, note: '' },
      ...summary,
    },
    ...over,
  };
}
