/**
 * A logistic model built by hand for scoring tests: each feature with its centre, scale and coefficient, so a
 * test can compute every contribution on paper. It has the exact shape `trainLogisticModel` returns.
 */
import { type EncodedFeature, featureName } from '../../../src/core/model/encoding';
import type { CategoryFeature, NumericFeature } from '../../../src/core/model/feature-value';
import type { LogisticModel } from '../../../src/core/model/logistic';

export interface HandFeature {
  readonly feature: NumericFeature | CategoryFeature;
  readonly coefficient: number;
  readonly center?: number;
  readonly scale?: number;
}

/** A numeric feature (`linear` unless told), standardised as (x − center) / scale. */
export const numeric = (
  attribute: string,
  coefficient: number,
  center = 0,
  scale = 1,
  transform: NumericFeature['transform'] = 'linear',
): HandFeature => ({ feature: { attribute, transform }, coefficient, center, scale });

/** The indicator of one category level, centre 0 and scale 1 so its contribution is the coefficient or 0. */
export const level = (attribute: string, value: string, coefficient: number): HandFeature => ({
  feature: { attribute, level: value },
  coefficient,
});

export function aHandBuiltModel(features: readonly HandFeature[], intercept = -1): LogisticModel {
  const encoded: EncodedFeature[] = features.map(({ feature, center = 0, scale = 1 }) => ({
    ...feature,
    name: featureName(feature),
    center,
    scale,
  }));
  const coefficients: Record<string, number> = {};
  features.forEach(({ coefficient }, j) => (coefficients[(encoded[j] as EncodedFeature).name] = coefficient));
  return {
    kind: 'logistic-regression',
    version: 1,
    predicts: 'P(fail)',
    intercept,
    coefficients,
    encoding: { version: 1, features: encoded, references: {}, dropped: [] },
    training: { steps: 0, learningRate: 1, appliedRate: 1, rows: 0, failures: 0 },
  };
}
