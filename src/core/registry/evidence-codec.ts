/**
 * The `Evidence (JSON)` cell of a version row: a version's evidence (`core/model/evidence.ts`) as text, and read
 * back with a check of its shape. The text is canonical (object keys sorted at every level), so that the
 * checksum, which covers it, does not depend on the order in which some code happened to build the object.
 * JSON has no NaN: an undefined figure is written as null and read back as NaN, except where null has its own
 * meaning (an empty reliability bin, a gap without an interval, no comparison with left-out attributes).
 */
import type { ReliabilityBin } from '../model/calibration';
import { type AttributeEquity, EQUITY_FIGURES, type Gap, type GroupFigures } from '../model/equity';
import type { MetricWithInterval, TuningRecord, VersionEvidence } from '../model/evidence';

/** The cell text of `evidence`; '' for none. */
export function evidenceText(evidence: VersionEvidence | null): string {
  if (evidence === null) return '';
  // Keys in the default sort order (UTF-16 code units), so equal evidence always gives equal text.
  return JSON.stringify(evidence, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const fields = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(fields)
        .sort()
        .map((key) => [key, fields[key]]),
    );
  });
}

/** Thrown inside this module only, naming where the shape breaks; `readEvidenceCell` turns it into its answer. */
class ShapeError extends Error {}

type Json = Record<string, unknown>;

function object(value: unknown, at: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ShapeError(`${at} is not an object`);
  return value as Json;
}

function list(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(`${at} is not a list`);
  return value;
}

/** A number; null stands for NaN (an undefined figure). */
function figure(value: unknown, at: string): number {
  if (value === null) return Number.NaN;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(`${at} is not a number`);
  return value;
}

function optionalFigure(value: unknown, at: string): number | null {
  return value === null ? null : figure(value, at);
}

function count(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new ShapeError(`${at} is not a count`);
  return value;
}

function text(value: unknown, at: string): string {
  if (typeof value !== 'string') throw new ShapeError(`${at} is not text`);
  return value;
}

function metric(value: unknown, at: string): MetricWithInterval {
  const m = object(value, at);
  return {
    mean: figure(m['mean'], `${at}.mean`),
    low: figure(m['low'], `${at}.low`),
    high: figure(m['high'], `${at}.high`),
    defined: count(m['defined'], `${at}.defined`),
    folds: count(m['folds'], `${at}.folds`),
  };
}

function bins(value: unknown, at: string): ReliabilityBin[] {
  return list(value, at).map((item, i) => {
    const b = object(item, `${at}[${i}]`);
    return {
      from: figure(b['from'], `${at}[${i}].from`),
      to: figure(b['to'], `${at}[${i}].to`),
      count: count(b['count'], `${at}[${i}].count`),
      meanPredicted: optionalFigure(b['meanPredicted'], `${at}[${i}].meanPredicted`),
      observedRate: optionalFigure(b['observedRate'], `${at}[${i}].observedRate`),
    };
  });
}

function group(value: unknown, at: string): GroupFigures {
  const g = object(value, at);
  const figures = Object.fromEntries(EQUITY_FIGURES.map((f) => [f, figure(g[f], `${at}.${f}`)]));
  return {
    group: text(g['group'], `${at}.group`),
    size: count(g['size'], `${at}.size`),
    failures: count(g['failures'], `${at}.failures`),
    high: count(g['high'], `${at}.high`),
    ...(figures as Record<(typeof EQUITY_FIGURES)[number], number>),
  };
}

function gap(value: unknown, at: string): Gap {
  const g = object(value, at);
  const name = g['figure'];
  if (!EQUITY_FIGURES.includes(name as Gap['figure'])) throw new ShapeError(`${at}.figure is not a figure`);
  const interval = g['interval'] === null ? null : object(g['interval'], `${at}.interval`);
  return {
    figure: name as Gap['figure'],
    highest: text(g['highest'], `${at}.highest`),
    lowest: text(g['lowest'], `${at}.lowest`),
    gap: figure(g['gap'], `${at}.gap`),
    interval: interval && {
      low: figure(interval['low'], `${at}.interval.low`),
      high: figure(interval['high'], `${at}.interval.high`),
    },
  };
}

function attributes(value: unknown, at: string): AttributeEquity[] {
  return list(value, at).map((item, i) => {
    const a = object(item, `${at}[${i}]`);
    return {
      attribute: text(a['attribute'], `${at}[${i}].attribute`),
      groups: list(a['groups'], `${at}[${i}].groups`).map((g, j) => group(g, `${at}[${i}].groups[${j}]`)),
      gaps: list(a['gaps'], `${at}[${i}].gaps`).map((g, j) => gap(g, `${at}[${i}].gaps[${j}]`)),
    };
  });
}

function tuning(value: unknown, at: string): TuningRecord {
  const t = object(value, at);
  return {
    steps: count(t['steps'], `${at}.steps`),
    candidates: list(t['candidates'], `${at}.candidates`).map((c, i) => count(c, `${at}.candidates[${i}]`)),
    stepsPerFold: list(t['stepsPerFold'], `${at}.stepsPerFold`).map((c, i) =>
      count(c, `${at}.stepsPerFold[${i}]`),
    ),
    thresholdCriterion: text(t['thresholdCriterion'], `${at}.thresholdCriterion`),
  };
}

function evidence(value: unknown): VersionEvidence {
  const e = object(value, 'the evidence');
  if (e['format'] !== 1) throw new ShapeError('its format is not 1');
  const m = object(e['metrics'], 'metrics');
  const c = object(e['calibration'], 'calibration');
  const method = c['method'];
  if (method !== 'platt' && method !== 'none')
    throw new ShapeError('calibration.method is not platt or none');
  const q = object(e['equity'], 'equity');
  const withLeftOut = q['withLeftOut'] === null ? null : object(q['withLeftOut'], 'equity.withLeftOut');
  return {
    format: 1,
    folds: count(e['folds'], 'folds'),
    seed: count(e['seed'], 'seed'),
    pooledAuc: figure(e['pooledAuc'], 'pooledAuc'),
    metrics: {
      auc: metric(m['auc'], 'metrics.auc'),
      brier: metric(m['brier'], 'metrics.brier'),
      accuracy: metric(m['accuracy'], 'metrics.accuracy'),
      topKRecall: metric(m['topKRecall'], 'metrics.topKRecall'),
      topKPrecision: metric(m['topKPrecision'], 'metrics.topKPrecision'),
    },
    capacity: count(e['capacity'], 'capacity'),
    failRate: figure(e['failRate'], 'failRate'),
    baselineAccuracy: figure(e['baselineAccuracy'], 'baselineAccuracy'),
    tuning: tuning(e['tuning'], 'tuning'),
    calibration: {
      method,
      brierBefore: figure(c['brierBefore'], 'calibration.brierBefore'),
      brierAfter: figure(c['brierAfter'], 'calibration.brierAfter'),
      reliabilityBefore: bins(c['reliabilityBefore'], 'calibration.reliabilityBefore'),
      reliabilityAfter: bins(c['reliabilityAfter'], 'calibration.reliabilityAfter'),
    },
    equity: {
      rule: text(q['rule'], 'equity.rule'),
      gapLimit: figure(q['gapLimit'], 'equity.gapLimit'),
      leftOut: list(q['leftOut'], 'equity.leftOut').map((a, i) => text(a, `equity.leftOut[${i}]`)),
      attributes: attributes(q['attributes'], 'equity.attributes'),
      withLeftOut: withLeftOut && {
        auc: metric(withLeftOut['auc'], 'equity.withLeftOut.auc'),
        attributes: attributes(withLeftOut['attributes'], 'equity.withLeftOut.attributes'),
      },
    },
  };
}

/**
 * Reads the `Evidence (JSON)` cell: blank (a row written before evidence existed) is null; otherwise the
 * evidence, or, when the text is not JSON or not of the evidence's shape, why (for the row's problem).
 */
export function readEvidenceCell(cell: unknown): VersionEvidence | null | string {
  if (cell === undefined || cell === '') return null;
  if (typeof cell !== 'string') return 'is not JSON text';
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    return 'is not valid JSON';
  }
  try {
    return evidence(parsed);
  } catch (error) {
    if (error instanceof ShapeError) return `is not a version's evidence: ${error.message}`;
    throw error;
  }
}
