/** The Monitoring sheet's rows of a check: its history row and per-column detail, from hand-made findings. */
import type { CheckVerdict } from '../../../src/core/monitoring/check-verdict';
import type { ColumnQuality } from '../../../src/core/monitoring/data-quality';
import type { ModelVersion } from '../../../src/core/registry/model-version';
import { VERDICT_WORDS, checkDetail, historyRow } from '../../../src/jobs/monitoring/check-report';
import { accuracy, column, drift, findings, none, problem } from './findings';

const AT = new Date('2026-12-01T07:00:00Z');

describe('historyRow', () => {
  it('writes the figures of a check with drift, data-quality problems and realised accuracy', () => {
    const found = findings(
      {
        source: 'scoring run 2026-11-30',
        drift: drift([column('absences')], { corrected: { driftedColumns: 1, share: 0.25, drifted: false } }),
        quality: { rows: 80, columns: [], problems: [problem('a'), problem('b')] },
        accuracy: accuracy(),
      },
      {
        verdict: 'several',
        problemKinds: [
          'accuracy:auc',
          'accuracy:highRecall',
          'accuracy:other',
          'data-quality:blank-share:absences',
        ],
        drift: { raw: true, corrected: true, note: '' },
      },
    );
    expect(historyRow(found, AT)).toEqual({
      checkedAt: AT,
      version: 3,
      source: 'scoring run 2026-11-30',
      rowsCompared: 80,
      columnsTested: 4,
      driftedRaw: 2,
      driftedCorrected: 1,
      driftedShare: 0.25,
      dataQualityProblems: 2,
      studentsWithGrades: 40,
      realisedAuc: 0.62,
      expectedAuc: 0.8,
      verdict: 'Several problems',
      notes:
        '1 of 4 columns drifted after correction. 2 data-quality problems. Realised accuracy off expectation: ' +
        'ROC AUC below what cross-validation promised; the High tier caught fewer of the failures than ' +
        'expected; accuracy:other.',
    });
  });

  it('leaves the drift and accuracy figures empty when there was no reference sample and no grades', () => {
    const found = findings({
      version: { version: 1, mode: 'mid', metrics: {} } as unknown as ModelVersion,
      drift: null,
      quality: { rows: 80, columns: [], problems: [problem('a')] },
    });
    expect(historyRow(found, AT)).toEqual({
      checkedAt: AT,
      version: 1,
      source: 'the Students sheet',
      rowsCompared: 80,
      columnsTested: null,
      driftedRaw: null,
      driftedCorrected: null,
      driftedShare: null,
      dataQualityProblems: 1,
      studentsWithGrades: null,
      realisedAuc: null,
      expectedAuc: null,
      verdict: 'OK',
      notes: 'No reference sample to compare with: retrain to keep one. 1 data-quality problem.',
    });
  });

  it('writes the drift note instead of a count, and no share when no column had a verdict', () => {
    const found = findings(
      {
        drift: drift([], {
          testedColumns: 0,
          raw: { driftedColumns: 0, share: null, drifted: null },
          corrected: { driftedColumns: 0, share: null, drifted: null },
        }),
      },
      { drift: { raw: null, corrected: true, note: 'Too few rows to test any column.' } },
    );
    expect(historyRow(found, AT)).toMatchObject({
      columnsTested: 0,
      driftedRaw: 0,
      driftedCorrected: 0,
      driftedShare: null,
      notes: 'Too few rows to test any column.',
    });
  });

  it('says nothing of drift that the corrected verdict does not call drift', () => {
    expect(historyRow(findings(), AT).notes).toBe('');
  });

  it('gives no realised AUC when it is undefined, and says why accuracy was not judged', () => {
    const found = findings({
      accuracy: accuracy({
        students: 7,
        note: 'Too few students with final grades yet: 7 of 20.',
        auc: none('too few students', 0.8),
      }),
    });
    expect(historyRow(found, AT)).toMatchObject({
      studentsWithGrades: 7,
      realisedAuc: null,
      notes: 'Too few students with final grades yet: 7 of 20.',
    });
  });

  it.each<[CheckVerdict, string]>([
    ['ok', 'OK'],
    ['drift', 'Drift'],
    ['data-quality', 'Data quality'],
    ['accuracy', 'Accuracy'],
    ['several', 'Several problems'],
  ])('words the verdict %s as %s', (verdict, words) => {
    expect(historyRow(findings({}, { verdict }), AT).verdict).toBe(words);
  });

  it('has words for a failed check and for a workbook with nothing to check', () => {
    expect(VERDICT_WORDS['check-failed']).toBe('Check failed');
    expect(VERDICT_WORDS.nothing).toBe('Nothing to check');
  });

  it('names each flagged accuracy metric in words', () => {
    const found = findings(
      {},
      {
        verdict: 'accuracy',
        problemKinds: ['accuracy:accuracy', 'accuracy:calibration', 'accuracy:highPrecision', 'drift'],
      },
    );
    expect(historyRow(found, AT).notes).toBe(
      'Realised accuracy off expectation: accuracy below what cross-validation promised; the fail rate ' +
        'differs from the mean predicted risk; fewer High-tier students failed than expected.',
    );
  });
});

describe('checkDetail', () => {
  const quality = (name: string, over: Partial<ColumnQuality> = {}): ColumnQuality => ({
    column: name,
    present: true,
    rows: 80,
    blank: 8,
    blankShare: 0.1,
    referenceBlankShare: 0.05,
    outOfRange: {},
    unseenCells: 0,
    unseenCategories: 0,
    ...over,
  });

  it('writes one row per compared column, with its test, p-values, verdicts and data quality', () => {
    const found = findings({
      drift: drift([
        column('absences', { statistic: 0.31, pValue: 0.001, adjustedP: 0.004, driftedCorrected: false }),
        column('studytime', { kind: 'categorical', test: 'chi-square', statistic: 9.5, drifted: false }),
      ]),
      moved: new Map([['absences', 'absences: median 4 → 11']]),
      quality: {
        rows: 80,
        columns: [
          quality('absences', { outOfRange: { 'above-max': 2, 'not-whole': 1, 'below-min': undefined } }),
          quality('studytime', { blankShare: 0.025, referenceBlankShare: 0, unseenCells: 4 }),
        ],
        problems: [problem('Column absences: 3 blank cells (rows 2, 5, 9).')],
      },
    });
    expect(checkDetail(found, AT)).toEqual({
      checkedAt: AT,
      columns: [
        {
          column: 'absences (absences)',
          test: 'K-S',
          statistic: 0.31,
          pValue: 0.001,
          adjustedP: 0.004,
          driftedRaw: true,
          driftedCorrected: false,
          moved: 'absences: median 4 → 11',
          blankShare: 0.1,
          referenceBlankShare: 0.05,
          outOfRange: 3,
          unseen: 0,
        },
        {
          column: 'studytime (weekly study time)',
          test: 'chi-square',
          statistic: 9.5,
          pValue: 0.01,
          adjustedP: 0.02,
          driftedRaw: false,
          driftedCorrected: true,
          moved: '',
          blankShare: 0.025,
          referenceBlankShare: 0,
          outOfRange: 0,
          unseen: 4,
        },
      ],
      problems: ['Column absences: 3 blank cells (rows 2, 5, 9).'],
      accuracy: [],
    });
  });

  it('writes a column without a test with its note, or its status, and no verdicts or quality figures', () => {
    const found = findings({
      drift: drift([
        column('failures', {
          status: 'constant',
          test: null,
          statistic: null,
          pValue: undefined,
          adjustedP: undefined,
          drifted: false,
          driftedCorrected: false,
          note: 'not tested: constant in both',
        }),
        column('mystery', {
          status: 'too few rows',
          test: null,
          statistic: null,
          pValue: undefined,
          adjustedP: undefined,
          drifted: false,
          driftedCorrected: undefined,
        }),
      ]),
    });
    expect(checkDetail(found, AT).columns).toEqual([
      {
        column: 'failures (past class failures)',
        test: 'not tested: constant in both',
        statistic: null,
        pValue: null,
        adjustedP: null,
        driftedRaw: null,
        driftedCorrected: null,
        moved: '',
        blankShare: 0,
        referenceBlankShare: 0,
        outOfRange: 0,
        unseen: 0,
      },
      {
        column: 'mystery (mystery)',
        test: 'too few rows',
        statistic: null,
        pValue: null,
        adjustedP: null,
        driftedRaw: null,
        driftedCorrected: null,
        moved: '',
        blankShare: 0,
        referenceBlankShare: 0,
        outOfRange: 0,
        unseen: 0,
      },
    ]);
  });

  it('gives a tested column without a corrected verdict none, and names every test', () => {
    const found = findings({
      drift: drift([
        column('G1', { test: 'z-test', driftedCorrected: undefined }),
        column('absences', { test: 'wasserstein', pValue: undefined, adjustedP: undefined }),
        column('Walc', { test: 'jensen-shannon', drifted: false, driftedCorrected: false }),
      ]),
    });
    expect(
      checkDetail(found, AT).columns.map(
        ({ column, test, pValue, adjustedP, driftedRaw, driftedCorrected }) => ({
          column,
          test,
          pValue,
          adjustedP,
          driftedRaw,
          driftedCorrected,
        }),
      ),
    ).toEqual([
      {
        column: 'G1 (first-period grade)',
        test: 'Z-test',
        pValue: 0.01,
        adjustedP: 0.02,
        driftedRaw: true,
        driftedCorrected: null,
      },
      {
        column: 'absences (absences)',
        test: 'Wasserstein',
        pValue: null,
        adjustedP: null,
        driftedRaw: true,
        driftedCorrected: true,
      },
      {
        column: 'Walc (alcohol use at weekends)',
        test: 'Jensen-Shannon',
        pValue: 0.01,
        adjustedP: 0.02,
        driftedRaw: false,
        driftedCorrected: false,
      },
    ]);
  });

  it('has no column rows without a reference sample', () => {
    expect(checkDetail(findings({ drift: null }), AT).columns).toEqual([]);
  });

  it('writes the five realised metrics, with why a metric is undefined and what a flagged one means', () => {
    expect(checkDetail(findings({ accuracy: accuracy() }), AT).accuracy).toEqual([
      {
        metric: 'ROC AUC',
        value: 0.62,
        low: 0.5,
        high: 0.74,
        expected: 0.8,
        problem: true,
        note: 'what cross-validation promised lies above this interval',
      },
      {
        metric: 'Accuracy at the threshold',
        value: 0.75,
        low: 0.6,
        high: 0.86,
        expected: 0.78,
        problem: false,
        note: '',
      },
      {
        metric: 'High tier: share of failures caught',
        value: null,
        low: null,
        high: null,
        expected: 0.4,
        problem: false,
        note: 'undefined: no student was placed in the High tier',
      },
      {
        metric: 'High tier: share who failed',
        value: 0.3,
        low: 0.1,
        high: 0.45,
        expected: 0.6,
        problem: true,
        note: 'what cross-validation promised lies above this interval',
      },
      {
        metric: 'Fail rate (expected: mean predicted risk)',
        value: 0.3,
        low: 0.18,
        high: 0.45,
        expected: 0.5,
        problem: true,
        note: 'the mean predicted risk lies outside this interval',
      },
    ]);
  });
});
