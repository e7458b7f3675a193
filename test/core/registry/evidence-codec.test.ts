/**
 * The Evidence (JSON) cell, word for word: the canonical text a version's evidence is written as (keys sorted at
 * every level, NaN as null), and the exact answer for a cell that is not evidence, naming where its shape breaks.
 */
import type { VersionEvidence } from '../../../src/core/model/evidence';
import { evidenceText, readEvidenceCell } from '../../../src/core/registry/evidence-codec';

const metric = { mean: 0.75, low: 0.7, high: 0.8, defined: 5, folds: 5 };
const undefinedMetric = { mean: Number.NaN, low: Number.NaN, high: Number.NaN, defined: 0, folds: 5 };
const groupF = {
  group: 'F',
  size: 50,
  failures: 10,
  high: 5,
  shareHigh: 0.1,
  falseNegativeRate: 0.6,
  falsePositiveRate: Number.NaN,
  precision: 0.8,
};

/** Keys in the order the code builds them (not sorted); a bin, a gap interval and a comparison both null. */
const EVIDENCE: VersionEvidence = {
  format: 1,
  folds: 5,
  seed: 7,
  pooledAuc: 0.74,
  metrics: {
    auc: metric,
    brier: metric,
    accuracy: metric,
    topKRecall: undefinedMetric,
    topKPrecision: metric,
  },
  capacity: 25,
  failRate: 0.22,
  baselineAccuracy: 0.78,
  tuning: { steps: 20, candidates: [10, 20], stepsPerFold: [20, 10], thresholdCriterion: 'f1' },
  calibration: {
    method: 'platt',
    brierBefore: 0.16,
    brierAfter: 0.15,
    reliabilityBefore: [{ from: 0, to: 0.5, count: 4, meanPredicted: 0.25, observedRate: 0.5 }],
    reliabilityAfter: [{ from: 0.5, to: 1, count: 0, meanPredicted: null, observedRate: null }],
  },
  equity: {
    rule: 'the 25 highest risks',
    gapLimit: 0.1,
    leftOut: ['sex'],
    attributes: [
      {
        attribute: 'sex',
        groups: [groupF],
        gaps: [
          { figure: 'shareHigh', highest: 'F', lowest: 'M', gap: 0.05, interval: { low: -0.1, high: 0.2 } },
          { figure: 'precision', highest: 'M', lowest: 'F', gap: 0.3, interval: null },
        ],
      },
    ],
    withLeftOut: { auc: metric, attributes: [{ attribute: 'sex', groups: [groupF], gaps: [] }] },
  },
};

/** The canonical text of EVIDENCE, written out by hand with its keys in sorted order. */
const M = '{"defined":5,"folds":5,"high":0.8,"low":0.7,"mean":0.75}';
const U = '{"defined":0,"folds":5,"high":null,"low":null,"mean":null}';
const G =
  '{"failures":10,"falseNegativeRate":0.6,"falsePositiveRate":null,"group":"F","high":5,"precision":0.8,' +
  '"shareHigh":0.1,"size":50}';
const EVIDENCE_TEXT =
  '{"baselineAccuracy":0.78,' +
  '"calibration":{"brierAfter":0.15,"brierBefore":0.16,"method":"platt",' +
  '"reliabilityAfter":[{"count":0,"from":0.5,"meanPredicted":null,"observedRate":null,"to":1}],' +
  '"reliabilityBefore":[{"count":4,"from":0,"meanPredicted":0.25,"observedRate":0.5,"to":0.5}]},' +
  '"capacity":25,' +
  '"equity":{"attributes":[{"attribute":"sex","gaps":[' +
  '{"figure":"shareHigh","gap":0.05,"highest":"F","interval":{"high":0.2,"low":-0.1},"lowest":"M"},' +
  '{"figure":"precision","gap":0.3,"highest":"M","interval":null,"lowest":"F"}],' +
  `"groups":[${G}]}],` +
  '"gapLimit":0.1,"leftOut":["sex"],"rule":"the 25 highest risks",' +
  `"withLeftOut":{"attributes":[{"attribute":"sex","gaps":[],"groups":[${G}]}],"auc":${M}}},` +
  '"failRate":0.22,"folds":5,"format":1,' +
  `"metrics":{"accuracy":${M},"auc":${M},"brier":${M},"topKPrecision":${M},"topKRecall":${U}},` +
  '"pooledAuc":0.74,"seed":7,' +
  '"tuning":{"candidates":[10,20],"steps":20,"stepsPerFold":[20,10],"thresholdCriterion":"f1"}}';

type Json = Record<string, unknown>;

/** The cell text of EVIDENCE with the value at `path` (keys and indices) replaced by `value`. */
function cellWith(path: readonly (string | number)[], value: unknown): string {
  const root = JSON.parse(JSON.stringify(EVIDENCE)) as Json;
  const parent = path.slice(0, -1).reduce<Json>((at, key) => at[key] as Json, root);
  parent[path[path.length - 1] as string] = value;
  return JSON.stringify(root);
}

describe('evidenceText', () => {
  it('writes the keys of every object in sorted order, and NaN as null', () => {
    expect(evidenceText(EVIDENCE)).toBe(EVIDENCE_TEXT);
  });

  it('writes the same text whatever order the object was built in', () => {
    const reversed = JSON.parse(JSON.stringify(EVIDENCE), (_key, value: unknown) =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as VersionEvidence;
    expect(Object.keys(reversed)[0]).toBe('equity');
    expect(evidenceText(reversed)).toBe(evidenceText(EVIDENCE));
  });

  it('writes nothing for no evidence', () => {
    expect(evidenceText(null)).toBe('');
  });
});

describe('readEvidenceCell', () => {
  it('reads the canonical text back, null standing for NaN or for nothing where null has its meaning', () => {
    const read = readEvidenceCell(EVIDENCE_TEXT) as VersionEvidence;
    expect(read).toEqual(EVIDENCE);
    expect(read.metrics.topKRecall.mean).toBeNaN();
    expect(read.equity.attributes[0]?.groups[0]?.falsePositiveRate).toBeNaN();
    expect(read.calibration.reliabilityAfter[0]?.meanPredicted).toBeNull();
    expect(read.equity.attributes[0]?.gaps[1]?.interval).toBeNull();
  });

  it('reads a version trained without calibration and with nothing left out', () => {
    const cell = JSON.stringify({
      ...(JSON.parse(EVIDENCE_TEXT) as Json),
      calibration: { ...(JSON.parse(EVIDENCE_TEXT) as { calibration: Json }).calibration, method: 'none' },
      equity: { ...(JSON.parse(EVIDENCE_TEXT) as { equity: Json }).equity, leftOut: [], withLeftOut: null },
    });
    const read = readEvidenceCell(cell) as VersionEvidence;
    expect(read.calibration.method).toBe('none');
    expect(read.equity.leftOut).toEqual([]);
    expect(read.equity.withLeftOut).toBeNull();
  });

  it('is null for a blank cell, and says why for a cell that is not JSON text', () => {
    expect(readEvidenceCell('')).toBeNull();
    expect(readEvidenceCell(undefined)).toBeNull();
    expect(readEvidenceCell(5)).toBe('is not JSON text');
    expect(readEvidenceCell(true)).toBe('is not JSON text');
    expect(readEvidenceCell('{"format": 1, ')).toBe('is not valid JSON');
  });

  it.each([
    ['5', 'the evidence is not an object'],
    ['null', 'the evidence is not an object'],
    ['[]', 'the evidence is not an object'],
    ['"evidence"', 'the evidence is not an object'],
  ])('refuses %s as a whole', (cell, why) => {
    expect(readEvidenceCell(cell)).toBe(`is not a version's evidence: ${why}`);
  });

  const refusals: [readonly (string | number)[], unknown, string][] = [
    [['format'], 2, 'its format is not 1'],
    [['format'], '1', 'its format is not 1'],
    [['metrics'], 3, 'metrics is not an object'],
    [['metrics'], null, 'metrics is not an object'],
    [['metrics'], [], 'metrics is not an object'],
    [['calibration'], 'platt', 'calibration is not an object'],
    [['calibration', 'method'], 'isotonic', 'calibration.method is not platt or none'],
    [['calibration', 'method'], null, 'calibration.method is not platt or none'],
    [['equity'], [], 'equity is not an object'],
    [['equity', 'withLeftOut'], 3, 'equity.withLeftOut is not an object'],
    [['folds'], -1, 'folds is not a count'],
    [['seed'], 1.5, 'seed is not a count'],
    [['pooledAuc'], '0.74', 'pooledAuc is not a number'],
    [['capacity'], '25', 'capacity is not a count'],
    [['failRate'], true, 'failRate is not a number'],
    [['baselineAccuracy'], {}, 'baselineAccuracy is not a number'],
    [['metrics', 'auc', 'mean'], 'high', 'metrics.auc.mean is not a number'],
    [['metrics', 'brier', 'low'], '0.7', 'metrics.brier.low is not a number'],
    [['metrics', 'accuracy', 'high'], [0.8], 'metrics.accuracy.high is not a number'],
    [['metrics', 'topKRecall', 'defined'], -1, 'metrics.topKRecall.defined is not a count'],
    [['metrics', 'topKPrecision', 'folds'], 4.5, 'metrics.topKPrecision.folds is not a count'],
    [['metrics', 'topKPrecision'], 0.5, 'metrics.topKPrecision is not an object'],
    [['tuning'], null, 'tuning is not an object'],
    [['tuning', 'steps'], -3, 'tuning.steps is not a count'],
    [['tuning', 'candidates'], 10, 'tuning.candidates is not a list'],
    [['tuning', 'candidates', 1], 0.5, 'tuning.candidates[1] is not a count'],
    [['tuning', 'stepsPerFold'], {}, 'tuning.stepsPerFold is not a list'],
    [['tuning', 'stepsPerFold', 1], -1, 'tuning.stepsPerFold[1] is not a count'],
    [['tuning', 'thresholdCriterion'], 1, 'tuning.thresholdCriterion is not text'],
    [['calibration', 'brierBefore'], 'low', 'calibration.brierBefore is not a number'],
    [['calibration', 'brierAfter'], {}, 'calibration.brierAfter is not a number'],
    [['calibration', 'reliabilityBefore'], 'ten bins', 'calibration.reliabilityBefore is not a list'],
    [['calibration', 'reliabilityAfter'], null, 'calibration.reliabilityAfter is not a list'],
    [['calibration', 'reliabilityAfter', 0], 4, 'calibration.reliabilityAfter[0] is not an object'],
    [
      ['calibration', 'reliabilityBefore', 0, 'from'],
      '0',
      'calibration.reliabilityBefore[0].from is not a number',
    ],
    [
      ['calibration', 'reliabilityBefore', 0, 'to'],
      true,
      'calibration.reliabilityBefore[0].to is not a number',
    ],
    [
      ['calibration', 'reliabilityBefore', 0, 'count'],
      2.5,
      'calibration.reliabilityBefore[0].count is not a count',
    ],
    [
      ['calibration', 'reliabilityBefore', 0, 'meanPredicted'],
      'a quarter',
      'calibration.reliabilityBefore[0].meanPredicted is not a number',
    ],
    [
      ['calibration', 'reliabilityAfter', 0, 'observedRate'],
      '0',
      'calibration.reliabilityAfter[0].observedRate is not a number',
    ],
    [['equity', 'rule'], 25, 'equity.rule is not text'],
    [['equity', 'gapLimit'], '10%', 'equity.gapLimit is not a number'],
    [['equity', 'leftOut'], 'sex', 'equity.leftOut is not a list'],
    [['equity', 'leftOut', 0], 1, 'equity.leftOut[0] is not text'],
    [['equity', 'attributes'], {}, 'equity.attributes is not a list'],
    [['equity', 'attributes', 0], 'sex', 'equity.attributes[0] is not an object'],
    [['equity', 'attributes', 0, 'attribute'], null, 'equity.attributes[0].attribute is not text'],
    [['equity', 'attributes', 0, 'groups'], 'F', 'equity.attributes[0].groups is not a list'],
    [['equity', 'attributes', 0, 'groups', 0], 1, 'equity.attributes[0].groups[0] is not an object'],
    [
      ['equity', 'attributes', 0, 'groups', 0, 'group'],
      1,
      'equity.attributes[0].groups[0].group is not text',
    ],
    [
      ['equity', 'attributes', 0, 'groups', 0, 'size'],
      -1,
      'equity.attributes[0].groups[0].size is not a count',
    ],
    [
      ['equity', 'attributes', 0, 'groups', 0, 'failures'],
      0.5,
      'equity.attributes[0].groups[0].failures is not a count',
    ],
    [
      ['equity', 'attributes', 0, 'groups', 0, 'high'],
      '5',
      'equity.attributes[0].groups[0].high is not a count',
    ],
    [
      ['equity', 'attributes', 0, 'groups', 0, 'shareHigh'],
      '10%',
      'equity.attributes[0].groups[0].shareHigh is not a number',
    ],
    [
      ['equity', 'attributes', 0, 'groups', 0, 'precision'],
      true,
      'equity.attributes[0].groups[0].precision is not a number',
    ],
    [['equity', 'attributes', 0, 'gaps'], 1, 'equity.attributes[0].gaps is not a list'],
    [['equity', 'attributes', 0, 'gaps', 1], 'x', 'equity.attributes[0].gaps[1] is not an object'],
    [
      ['equity', 'attributes', 0, 'gaps', 0, 'figure'],
      'recall',
      'equity.attributes[0].gaps[0].figure is not a figure',
    ],
    [
      ['equity', 'attributes', 0, 'gaps', 1, 'figure'],
      null,
      'equity.attributes[0].gaps[1].figure is not a figure',
    ],
    [
      ['equity', 'attributes', 0, 'gaps', 0, 'interval'],
      5,
      'equity.attributes[0].gaps[0].interval is not an object',
    ],
    [
      ['equity', 'attributes', 0, 'gaps', 0, 'highest'],
      1,
      'equity.attributes[0].gaps[0].highest is not text',
    ],
    [
      ['equity', 'attributes', 0, 'gaps', 0, 'lowest'],
      null,
      'equity.attributes[0].gaps[0].lowest is not text',
    ],
    [
      ['equity', 'attributes', 0, 'gaps', 1, 'gap'],
      '0.3',
      'equity.attributes[0].gaps[1].gap is not a number',
    ],
    [
      ['equity', 'attributes', 0, 'gaps', 0, 'interval', 'low'],
      'x',
      'equity.attributes[0].gaps[0].interval.low is not a number',
    ],
    [
      ['equity', 'attributes', 0, 'gaps', 0, 'interval', 'high'],
      {},
      'equity.attributes[0].gaps[0].interval.high is not a number',
    ],
    [['equity', 'withLeftOut', 'auc', 'mean'], 'x', 'equity.withLeftOut.auc.mean is not a number'],
    [
      ['equity', 'withLeftOut', 'attributes', 0, 'groups', 0, 'size'],
      -1,
      'equity.withLeftOut.attributes[0].groups[0].size is not a count',
    ],
    [['equity', 'withLeftOut', 'attributes'], null, 'equity.withLeftOut.attributes is not a list'],
  ];

  it.each(refusals)('refuses %j set to %j, naming where: %s', (path, value, why) => {
    expect(readEvidenceCell(cellWith(path, value))).toBe(`is not a version's evidence: ${why}`);
  });
});
