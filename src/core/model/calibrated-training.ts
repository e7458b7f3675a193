/**
 * Training with a calibration correction when, and only when, it makes the percentages more accurate.
 *
 * The candidate is Platt scaling. For a logistic model it is a straight line on the log-odds,
 * z' = −a·z − b, so it can be folded into the model itself (every coefficient times −a, the intercept times −a
 * minus b): the corrected model is still a logistic model, scored, explained and checksummed exactly as
 * before. With a < 0 it is strictly increasing, so the ranking, the ROC AUC and the capacity tiers are
 * unchanged; only the percentages move. Isotonic regression is measured by `passcompass evaluate --calibration`
 * but never used: its steps give many students exactly the same risk, which the capacity rule would then
 * refuse to split (see `core/scoring/tiers.ts`).
 *
 * The decision is made inside cross-validation (`nestedCalibratedRisks`): the correction for each test fold is
 * fitted on inner folds of its training rows only. Platt is kept when its cross-validated Brier score is lower;
 * the correction put into the final model is then fitted on all the out-of-fold risks.
 */
import { calibrate, fitPlatt } from './calibration';
import {
  type CrossValidationInput,
  type CrossValidationOptions,
  type ValidatedModel,
  trainAndValidate,
} from './cross-validation';
import type { LogisticModel } from './logistic';
import { foldBrier, nestedCalibratedRisks } from './nested-calibration';
import { summarise } from './summary';
import { TrainingDataError } from './training-data-error';

/** Inner folds on which each test fold's correction is fitted. */
export const CALIBRATION_INNER_FOLDS = 3;

export interface CalibrationDecision {
  readonly method: 'platt' | 'none';
  /** The correction folded into the model: risk' = 1 / (1 + exp(a · logit(risk) + b)); null when none. */
  readonly platt: { readonly a: number; readonly b: number } | null;
  /** Cross-validated Brier score (mean of the folds) without and with the correction. */
  readonly brierBefore: number;
  readonly brierAfter: number;
}

export interface CalibratedModel extends ValidatedModel {
  readonly calibration: CalibrationDecision;
}

/** `model` with z' = −a·z − b folded into its intercept and coefficients. */
export function withPlatt(model: LogisticModel, a: number, b: number): LogisticModel {
  const coefficients: Record<string, number> = {};
  for (const [name, value] of Object.entries(model.coefficients)) coefficients[name] = -a * value;
  return { ...model, intercept: -a * model.intercept - b, coefficients };
}

/** `trainAndValidate`, then the calibration decision (see the module comment). */
export function trainCalibrated(
  input: CrossValidationInput,
  options: CrossValidationOptions = {},
): CalibratedModel {
  const validated = trainAndValidate(input, options);
  const { validation } = validated;
  const before = foldBrier(validation, validation.outOfFold, input.labels);
  const uncorrected: CalibratedModel = {
    ...validated,
    calibration: { method: 'none', platt: null, brierBefore: before.mean, brierAfter: before.mean },
  };
  let nested: ReturnType<typeof nestedCalibratedRisks>;
  try {
    nested = nestedCalibratedRisks(input, validation, CALIBRATION_INNER_FOLDS);
  } catch (error) {
    // A training fold too small or too uniform to split again: there is no honest way to choose a correction.
    if (error instanceof TrainingDataError) return uncorrected;
    throw error;
  }
  const after = foldBrier(validation, nested.platt, input.labels);
  const final = fitPlatt(validation.outOfFold, input.labels);
  // A Platt slope of 0 or more would flatten or reverse the ranking: never a correction worth making.
  if (final.kind !== 'platt' || final.a >= 0 || !(after.mean < before.mean)) return uncorrected;
  return {
    model: withPlatt(validated.model, final.a, final.b),
    threshold: calibrate(final, validated.threshold),
    tuning: validated.tuning,
    // The Brier score reported is the nested one: what the correction did on rows it never saw. The out-of-fold
    // risks are mapped through the final correction, one increasing map for all, so that their ranking (the
    // pooled AUC, the catch curve by share, the refusal of a useless model) is exactly the uncorrected one while
    // their scale (the catch curve by threshold) is the corrected model's. Nested risks would not do here: each
    // fold has its own correction, and with a weak model each flattens its fold towards the fail rate, which
    // scrambles the ranking across folds. Every other fold figure is unchanged by an increasing correction.
    validation: {
      ...validation,
      outOfFold: validation.outOfFold.map((risk) => calibrate(final, risk)),
      folds: validation.folds.map((fold, i) => ({ ...fold, brier: after.perFold[i] as number })),
      summary: { ...validation.summary, brier: summarise(after.perFold) },
    },
    calibration: {
      method: 'platt',
      platt: { a: final.a, b: final.b },
      brierBefore: before.mean,
      brierAfter: after.mean,
    },
  };
}
