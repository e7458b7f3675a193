/**
 * The schema of a saved model: what the `Model (JSON)` cell of a version must hold before anything scores with
 * it. `readModel` checks every field `trainLogisticModel` writes (kind, version, what it predicts, a finite
 * intercept, the encoding's features with a known attribute, a level or a transform, a finite centre and a
 * positive scale, one finite coefficient per feature, the references and dropped lists, the training settings,
 * and for a model imported from BigQuery ML its origin), so that text which is valid JSON but not a model (`{}`,
 * `null`, a number) is refused with a reason instead of failing halfway through scoring.
 */
import { clipText } from '../alerts/figure-format';
import { attributeNamed } from '../data/dictionary';
import type { TermMoment } from './feature-sets';
import type { LogisticModel } from './logistic';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
// Number.isFinite is true only for numbers, so it needs no typeof check beside it.
const isFiniteNumber = (value: unknown): value is number => Number.isFinite(value);
const TRANSFORMS: readonly unknown[] = ['linear', 'log1p', 'positive'];

function featureProblem(
  feature: unknown,
  index: number,
  coefficients: Record<string, unknown>,
): string | null {
  const at = `feature ${index + 1}`;
  if (!isObject(feature)) return `${at} is not an object`;
  const { name, attribute, level, transform, center, scale } = feature;
  if (typeof name !== 'string' || name === '') return `${at} has no name`;
  if (typeof attribute !== 'string') return `feature "${name}" names no attribute`;
  try {
    attributeNamed(attribute);
  } catch {
    return `feature "${name}" reads "${attribute}", which is not a column PassCompass knows`;
  }
  if (level === undefined ? !TRANSFORMS.includes(transform) : typeof level !== 'string')
    return `feature "${name}" has neither a category level nor a known transform`;
  if (!isFiniteNumber(center)) return `feature "${name}" has no centre`;
  if (!isFiniteNumber(scale) || !(scale > 0)) return `feature "${name}" has no positive scale`;
  if (!isFiniteNumber(coefficients[name])) return `feature "${name}" has no coefficient`;
  return null;
}

/** `text` as a model, or why it is not one (a sentence fragment: "is not valid JSON", "has no intercept"). */
export function readModel(text: string): LogisticModel | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'is not valid JSON';
  }
  // What JSON.parse returns always has a JSON text, so the text needs no fallback.
  if (!isObject(parsed)) return `is ${clipText(JSON.stringify(parsed), 21)}, not a model`;
  const { kind, version, predicts, intercept, coefficients, encoding, training } = parsed;
  if (kind !== 'logistic-regression' || version !== 1 || predicts !== 'P(fail)')
    return 'is not a PassCompass model (kind logistic-regression, version 1, predicting P(fail))';
  if (!isFiniteNumber(intercept)) return 'has no intercept';
  if (!isObject(coefficients)) return 'has no coefficients';
  if (!isObject(encoding) || encoding['version'] !== 1 || !Array.isArray(encoding['features']))
    return 'has no encoding of its features';
  const features = encoding['features'] as unknown[];
  if (features.length === 0) return 'has no features';
  for (const [index, feature] of features.entries()) {
    const problem = featureProblem(feature, index, coefficients);
    if (problem) return `has a damaged encoding: ${problem}`;
  }
  const references = encoding['references'];
  if (!isObject(references) || !Object.values(references).every((r) => typeof r === 'string'))
    return 'has a damaged encoding: its reference levels are not texts';
  const dropped = encoding['dropped'];
  if (!Array.isArray(dropped) || !dropped.every((d) => typeof d === 'string'))
    return 'has a damaged encoding: its list of dropped features is not a list of texts';
  const origin = parsed['origin'];
  const imported = origin !== undefined;
  if (
    imported &&
    (!isObject(origin) ||
      origin['from'] !== 'BigQuery ML' ||
      !(Number.isInteger(origin['inputsOf']) && (origin['inputsOf'] as number) >= 1))
  )
    return 'has a damaged origin: an imported model names BigQuery ML and the version whose inputs it used';
  // An imported model took no gradient step here: its steps and rates are 0.
  const minimumSteps = imported ? 0 : 1;
  if (
    !isObject(training) ||
    !(Number.isInteger(training['steps']) && (training['steps'] as number) >= minimumSteps) ||
    !(isFiniteNumber(training['learningRate']) && (imported || training['learningRate'] > 0)) ||
    !isFiniteNumber(training['appliedRate']) ||
    !(Number.isInteger(training['rows']) && (training['rows'] as number) >= 1) ||
    !(Number.isInteger(training['failures']) && (training['failures'] as number) >= 0)
  )
    return 'has damaged training settings';
  return parsed as unknown as LogisticModel;
}

/** The moment of the term a model was trained for: mid-term models read G1 (as a feature, or dropped as constant). */
export function momentOfModel(model: LogisticModel): TermMoment {
  const readsG1 =
    model.encoding.features.some((feature) => feature.attribute === 'G1') ||
    model.encoding.dropped.some((name) => name === 'G1' || name.startsWith('G1>'));
  return readsG1 ? 'mid' : 'early';
}
