/**
 * What one monitoring check finds, on hand-made sheets and a hand-made champion: which rows drift compares, what
 * moved, which rows could not be scored, and the realised accuracy against what cross-validation promised.
 */
import { encodeReferenceSample } from '../../../src/core/drift/reference-codec';
import type { LogisticModel } from '../../../src/core/model/logistic';
import type { ModelVersion } from '../../../src/core/registry/model-version';
import type { CatchCurve } from '../../../src/core/scoring/catch-curve';
import { pseudonym } from '../../../src/core/scoring/pseudonym';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { type CheckData, inspect } from '../../../src/jobs/monitoring/inspect';
import type { CellValue } from '../../../src/jobs/ports';
import { nodeDigests } from '../../support/fakes';

/** A model reading absences, failures, sex and G2 (its coefficients play no part in a check). */
const MODEL: LogisticModel = {
  kind: 'logistic-regression',
  version: 1,
  predicts: 'P(fail)',
  intercept: 0,
  coefficients: { absences: 0.5, failures: 1, 'sex=M': 0.1, G2: -1 },
  encoding: {
    version: 1,
    features: [
      { attribute: 'absences', transform: 'linear', name: 'absences', center: 4, scale: 2 },
      { attribute: 'failures', transform: 'linear', name: 'failures', center: 0.5, scale: 1 },
      { attribute: 'sex', level: 'M', name: 'sex=M', center: 0.5, scale: 0.5 },
      { attribute: 'G2', transform: 'linear', name: 'G2', center: 12, scale: 3 },
    ],
    references: { sex: 'F' },
    dropped: [],
  },
  training: { steps: 100, learningRate: 0.1, appliedRate: 0.1, rows: 40, failures: 8 },
};

const HEADER = ['Student name', 'absences', 'failures', 'sex', 'G2', 'G3'];
const ROWS = 40;
const SALT = 'pepper';
const key = (name: string) => pseudonym(name, SALT, nodeDigests.sha256Hex);

/**
 * The training side, 40 rows: absences 0-9 four times each (median 4.5), failures and sex alternating, G2 always
 * 12, and an `age` column the model does not read.
 */
function referenceSample(): string {
  const rows = Array.from({ length: ROWS }, (_, i) => i);
  return encodeReferenceSample({
    seed: 1,
    sourceRows: ROWS,
    rows: ROWS,
    table: {
      absences: rows.map((i) => i % 10),
      failures: rows.map((i) => i % 2),
      sex: rows.map((i) => (i % 2 === 0 ? 'F' : 'M')),
      G2: rows.map(() => 12),
      age: rows.map(() => 16),
    },
  });
}

function champion(over: Partial<ModelVersion> = {}): ModelVersion {
  return {
    version: 1,
    createdAt: '2026-09-01T10:00:00.000Z',
    experimentId: 'E-1',
    dataFingerprint: 'f',
    rows: ROWS,
    mode: 'mid',
    features: ['absences', 'failures', 'sex=M', 'G2'],
    metrics: { auc: 0.8, accuracy: 0.7 },
    threshold: 0.4,
    modelJson: JSON.stringify(MODEL),
    checksum: 'c',
    status: 'champion',
    catchCurve: null,
    referenceSample: referenceSample(),
    evidence: null,
    ...over,
  };
}

/** This term's 40 students: as the reference, but absences 10-19 (median 14.5). */
const students = (): CellValue[][] => [
  HEADER,
  ...Array.from({ length: ROWS }, (_, i) => [`S${i}`, 10 + (i % 10), i % 2, i % 2 === 0 ? 'F' : 'M', 12, '']),
];

/** An inference-log row: time, run, version, key, risk, tier, inputs (JSON, in the model's attribute order). */
const logRow = (
  run: string,
  version: number,
  student: string,
  risk: number,
  tier: string,
  inputs = '',
): CellValue[] => [new Date(Date.UTC(2026, 10, 1)), run, version, key(student), risk, tier, inputs];

function check(over: Partial<CheckData> = {}, settings: Partial<Settings> = {}): CheckData {
  return {
    champion: champion(),
    students: students(),
    log: [],
    lastComparedRun: null,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    salt: SALT,
    sha256Hex: nodeDigests.sha256Hex,
    ...over,
  };
}

/** A catch curve whose recall by share is the share itself (byShare[i] = i / 100), with a fail rate of 0.2. */
const LINEAR_CURVE: CatchCurve = {
  byShare: Array.from({ length: 101 }, (_, i) => i / 100),
  byThreshold: Array.from({ length: 101 }, (_, i) => (100 - i) / 100),
  failRate: 0.2,
  rows: 100,
};

describe('inspect: drift', () => {
  it('compares the Students sheet with the reference on every attribute the model reads', () => {
    const findings = inspect(check());
    expect(findings.source).toBe('Students sheet');
    expect(findings.comparedRun).toBeNull();
    expect(findings.rowsCompared).toBe(40);
    expect(findings.drift?.columns.map((c) => [c.column, c.status, c.drifted])).toEqual([
      ['absences', 'tested', true],
      ['failures', 'tested', false],
      ['sex', 'tested', false],
      ['G2', 'constant', false],
    ]);
    // One drifted column of three tested is enough: the check counts any drifted column (not half of them).
    expect(findings.drift?.raw).toEqual({ driftedColumns: 1, share: 1 / 3, drifted: true });
    // Only tested columns are described; G2 was constant, so it says nothing.
    expect(findings.moved).toEqual(
      new Map([
        ['absences', 'absences: median 4.5 → 14.5'],
        ['failures', 'past class failures: median 0.5, mean 0.5 on both sides'],
        ['sex', 'sex: "female" 50% → 50%'],
      ]),
    );
    expect(findings.quality.problems).toEqual([]);
    expect(findings.accuracy).toBeNull();
  });

  it('compares the latest run the champion logged, when it is new since the last check', () => {
    // 30 logged rows, absences as this term's students: a run of its own, not the sheet's 40 rows.
    const log = Array.from({ length: 30 }, (_, i) =>
      logRow('S-7', 1, `S${i}`, 0.2, 'Low', JSON.stringify([10 + (i % 10), i % 2, i % 2 ? 'M' : 'F', 12])),
    );
    const findings = inspect(check({ log, lastComparedRun: 'S-6' }));
    expect(findings.source).toBe('Inference log, run S-7');
    expect(findings.comparedRun).toBe('S-7');
    expect(findings.rowsCompared).toBe(30);
    expect(findings.drift?.quality.current.rows).toBe(30);
  });

  it('falls back on the Students sheet when the latest run was already compared', () => {
    const log = Array.from({ length: 30 }, (_, i) =>
      logRow('S-7', 1, `S${i}`, 0.2, 'Low', '[1, 0, "F", 12]'),
    );
    const findings = inspect(check({ log, lastComparedRun: 'S-7' }));
    expect(findings.source).toBe('Students sheet');
    expect(findings.comparedRun).toBe('S-7');
    expect(findings.rowsCompared).toBe(40);
  });

  it('falls back on the Students sheet when another version logged the latest run', () => {
    const log = Array.from({ length: 30 }, (_, i) =>
      logRow('S-8', 2, `S${i}`, 0.2, 'Low', '[1, 0, "F", 12]'),
    );
    const findings = inspect(check({ log, lastComparedRun: 'S-6' }));
    expect(findings.source).toBe('Students sheet');
    expect(findings.comparedRun).toBe('S-6');
    expect(findings.rowsCompared).toBe(40);
  });

  it('checks data quality without drift for a version that has no reference sample', () => {
    const rows = students().map((row, i) => (i === 3 ? ['S2', 1, 0, 'F', '', ''] : row));
    const findings = inspect(check({ champion: champion({ referenceSample: '' }), students: rows }));
    expect(findings.drift).toBeNull();
    expect(findings.moved).toEqual(new Map());
    // Without a reference every column's reference blank share is 0.
    expect(findings.quality.columns.map((c) => [c.column, c.referenceBlankShare, c.blank])).toEqual([
      ['absences', 0, 0],
      ['failures', 0, 0],
      ['sex', 0, 0],
      ['G2', 0, 1],
    ]);
    // Sheet row 4 (data row 3) has no G2, which stops it being scored.
    expect(findings.quality.problems.filter((p) => p.kind === 'not-scored')).toEqual([
      {
        kind: 'not-scored',
        column: null,
        count: 1,
        firstRows: [4],
        sentence: '1 row could not be scored: row 4.',
      },
    ]);
  });
});

describe('inspect: data quality for a version without a reference sample', () => {
  it('takes the categories the model learned as seen: F (its reference level) and M (an indicator)', () => {
    const findings = inspect(check({ champion: champion({ referenceSample: '' }) }));
    expect(findings.quality.problems).toEqual([]);
  });

  it('reports a valid category the model never learned, by its sheet row', () => {
    // Mjob learned as 'other' (reference level) and 'teacher' (indicator); 'health' is a dictionary category.
    const withMjob = {
      ...MODEL,
      coefficients: { ...MODEL.coefficients, 'Mjob=teacher': 0.2 },
      encoding: {
        ...MODEL.encoding,
        features: [
          ...MODEL.encoding.features,
          { attribute: 'Mjob', level: 'teacher', name: 'Mjob=teacher', center: 0.5, scale: 0.5 },
        ],
        references: { sex: 'F', Mjob: 'other' },
      },
    };
    const mjobs = ['other', 'teacher', 'health'];
    const rows = students().map((row, i) => [...row, i === 0 ? 'Mjob' : (mjobs[(i - 1) % 3] as string)]);
    const findings = inspect(
      check({
        champion: champion({ referenceSample: '', modelJson: JSON.stringify(withMjob) }),
        students: rows,
      }),
    );
    const unseen = findings.quality.problems.filter((p) => p.kind === 'unseen-category');
    // Data rows 2, 5, 8, … (every third, from the third) say 'health': sheet rows 4, 7, 10, …, 13 of them.
    expect(unseen.map((p) => [p.column, p.count, p.firstRows[0]])).toEqual([['Mjob', 13, 4]]);
  });
});

describe('inspect: realised accuracy', () => {
  /** Four students of the log; Dee has no final grade yet. Cal's 10 is exactly the pass mark, so a pass. */
  const graded = (): CellValue[][] => [
    HEADER,
    ['Ana', 2, 0, 'F', 14, 15],
    ['Ben', 8, 1, 'M', 8, 9],
    ['Cal', 4, 0, 'F', 11, 10],
    ['Dee', 3, 0, 'M', 12, ''],
  ];
  const fourLogged = (version = 1) => [
    logRow('S-1', version, 'Ana', 0.1, 'Low'),
    logRow('S-1', version, 'Ben', 0.7, 'High'),
    logRow('S-1', version, 'Cal', 0.3, 'Medium'),
    logRow('S-1', version, 'Dee', 0.2, 'Low'),
  ];
  const note = 'too few students with final grades yet: 3 of the 20 needed';
  const none = (expected: number | null) => ({ value: null, reason: note, expected, problem: false });

  it('joins final grades with logged risks and reads what cross-validation promised for a capacity rule', () => {
    const findings = inspect(
      check(
        { champion: champion({ catchCurve: LINEAR_CURVE }), students: graded(), log: fourLogged() },
        { tierRule: 'capacity', capacity: 2 },
      ),
    );
    // Capacity 2 of 4 logged students flags a share of 0.5: recall byShare[50] = 0.5, and precision
    // = recall × fail rate ÷ share = 0.5 × 0.2 ÷ 0.5 = 0.2.
    expect(findings.accuracy).toEqual({
      students: 3,
      failures: 1,
      note,
      auc: none(0.8),
      accuracy: none(0.7),
      highRecall: none(0.5),
      highPrecision: none(0.2),
      calibration: none(null),
    });
  });

  it('promises a High-tier recall but no precision for a threshold rule', () => {
    const findings = inspect(
      check(
        { champion: champion({ catchCurve: LINEAR_CURVE }), students: graded(), log: fourLogged() },
        { tierRule: 'thresholds', highFrom: 0.3 },
      ),
    );
    // byThreshold[30] = (100 − 30) / 100.
    expect(findings.accuracy?.highRecall.expected).toBe(0.7);
    expect(findings.accuracy?.highPrecision.expected).toBeNull();
  });

  it('promises no tier figures for a version without a catch curve, or one without failures', () => {
    const noCurve = inspect(check({ students: graded(), log: fourLogged() }));
    expect(noCurve.accuracy?.highRecall.expected).toBeNull();
    expect(noCurve.accuracy?.highPrecision.expected).toBeNull();
    const zeros = Array.from({ length: 101 }, () => 0);
    const flat = { byShare: zeros, byThreshold: zeros, failRate: 0, rows: 100 };
    const noFailures = inspect(
      check({ champion: champion({ catchCurve: flat }), students: graded(), log: fourLogged() }),
    );
    expect(noFailures.accuracy?.highRecall.expected).toBeNull();
    expect(noFailures.accuracy?.highPrecision.expected).toBeNull();
  });

  it('falls back on an AUC and accuracy of 0.5 for a version that recorded none', () => {
    const findings = inspect(
      check({ champion: champion({ metrics: {} }), students: graded(), log: fourLogged() }),
    );
    expect(findings.accuracy?.auc.expected).toBe(0.5);
    expect(findings.accuracy?.accuracy.expected).toBe(0.5);
  });

  it('has no realised accuracy without a logged prediction of a graded student, or without a salt', () => {
    expect(inspect(check({ students: graded(), log: fourLogged(2) })).accuracy).toBeNull();
    expect(inspect(check({ students: graded(), log: [] })).accuracy).toBeNull();
    expect(inspect(check({ students: graded(), log: fourLogged(), salt: null })).accuracy).toBeNull();
  });

  it('measures the High tier once 20 students have final grades', () => {
    // 20 graded students, 4 failing (G3 5): two failing and one passing student were High.
    const names = Array.from({ length: 20 }, (_, i) => `P${i}`);
    const roster: CellValue[][] = [HEADER, ...names.map((name, i) => [name, 2, 0, 'F', 12, i < 4 ? 5 : 15])];
    const tierOf = (i: number) => (i < 2 || i === 10 ? 'High' : i < 4 ? 'Medium' : 'Low');
    const log = names.map((name, i) => logRow('S-1', 1, name, i < 4 ? 0.6 : 0.2, tierOf(i)));
    const accuracy = inspect(check({ students: roster, log })).accuracy;
    expect(accuracy).toMatchObject({ students: 20, failures: 4, note: '' });
    // Recall: 2 of the 4 failing students were High; precision: 2 of the 3 High students failed.
    expect(accuracy?.highRecall.value).toBe(0.5);
    expect(accuracy?.highPrecision.value).toBe(2 / 3);
  });
});
