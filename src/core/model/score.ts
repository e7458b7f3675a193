/**
 * Scoring with a saved model: the risk of failing for each student, computed from the model's plain JSON with
 * a dot product and a sigmoid, without the training library, so a version scores identically whenever it is
 * loaded. Also the per-feature contributions (coefficient × standardised value) that explanations rank.
 */
import type { StudentRecord } from '../data/dictionary';
import { encodeRecord } from './encoding';
import type { LogisticModel } from './logistic';

/** The logistic function 1 / (1 + e^−z); exact 0 and 1 only at the extremes of floating point. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The coefficients in feature order. Throws `RangeError` when the model lacks one (a damaged record). */
function orderedCoefficients(model: LogisticModel): number[] {
  return model.encoding.features.map((feature) => {
    const coefficient = model.coefficients[feature.name];
    if (coefficient === undefined || !Number.isFinite(coefficient)) {
      throw new RangeError(`The model has no usable coefficient for feature "${feature.name}".`);
    }
    return coefficient;
  });
}

/** Each feature's push on the log-odds of failing: coefficient × standardised value (0 for a blank). O(p). */
export function contributions(model: LogisticModel, record: StudentRecord, row = 0): Record<string, number> {
  const coefficients = orderedCoefficients(model);
  const encoded = encodeRecord(model.encoding, record, row);
  const result: Record<string, number> = {};
  model.encoding.features.forEach((feature, j) => {
    result[feature.name] = (coefficients[j] as number) * (encoded[j] as number);
  });
  return result;
}

/**
 * P(fail) for each record: sigmoid(intercept + Σ coefficient × standardised value). O(rows × features).
 * Throws `TypeError` for text in a numeric column (as the encoding does), `RangeError` for a damaged model.
 */
export function riskOfFailing(model: LogisticModel, records: readonly StudentRecord[]): number[] {
  const coefficients = orderedCoefficients(model);
  return records.map((record, row) => {
    const encoded = encodeRecord(model.encoding, record, row);
    let z = model.intercept;
    for (let j = 0; j < coefficients.length; j += 1)
      z += (coefficients[j] as number) * (encoded[j] as number);
    return sigmoid(z);
  });
}
