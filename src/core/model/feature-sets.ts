/**
 * The inputs the model may use at each moment of the term, and the training settings measured for each.
 * Early term: everything known before any grade (setup C of Cortez and Silva, 2008). Mid-term: that plus the
 * first-period grade G1, and the second-period grade G2 once it exists (setups B and A). The final grade G3
 * is never an input. The settings come from `npx tsx bench/model-quality.ts --sweep`: without grades the
 * signal is weak and few gradient steps (strong shrinkage) predict best; with grades, more steps let the
 * strong grade coefficient grow.
 */
import { ATTRIBUTES, FINAL_GRADE, GRADE_ATTRIBUTES } from '../data/dictionary';
import type { EncodingOptions } from './encoding';
import type { TrainingSettings } from './logistic';

export type TermMoment = 'early' | 'mid';

export interface FeatureSet {
  readonly moment: TermMoment;
  readonly attributes: readonly string[];
  readonly training: TrainingSettings;
  readonly encoding: EncodingOptions;
}

/**
 * Each hand-made input, and what it means in a real term:
 * - past failures also enter as "any at all": known at the start of a term, and a first failure matters more
 *   than a further one;
 * - a period grade of 0 marks a student who was not assessed, which is not the same as a low mark, so grades
 *   get the same pair (known once the period is graded).
 * Absences enter as they are only. An "any absence at all" input used to lift the early-term Math AUC by about
 * 0.02, but only through a quirk of the UCI file: every student with a final grade of 0 (most likely students
 * who left the course) has 0 absences recorded at the end of the year. Early in a real term, no absences so far
 * is what a committed student shows, so that input would learn the wrong lesson for a school.
 * Transforms of attributes a feature set lacks are ignored.
 */
export const DEFAULT_ENCODING: EncodingOptions = {
  transforms: {
    failures: ['linear', 'positive'],
    G1: ['linear', 'positive'],
    G2: ['linear', 'positive'],
  },
};

/**
 * Without grades, 10 steps at rate 1: more steps lose AUC (Math 0.727 → 0.710 at 400; Portuguese 0.814 →
 * 0.799) and fewer lose calibration (Portuguese Brier 0.108 at 10, 0.117 at 5). Sweep of 5 × 10-fold CV.
 */
export const EARLY_TERM_TRAINING: TrainingSettings = { steps: 10, learningRate: 1 };
/** With grades, 100 steps: AUC rises up to about 100 steps and is flat (±0.003) from there to 400. */
export const MID_TERM_TRAINING: TrainingSettings = { steps: 100, learningRate: 1 };

const BEFORE_GRADES = ATTRIBUTES.map((attribute) => attribute.name).filter(
  (name) => !GRADE_ATTRIBUTES.includes(name),
);

/**
 * The feature set for `moment`, restricted to the dictionary attributes present in `columns` (canonical
 * names). Mid-term needs G1 and uses G2 when it is there. Throws `RangeError` when mid-term is asked without
 * G1.
 */
export function featureSetFor(moment: TermMoment, columns: readonly string[]): FeatureSet {
  const present = new Set(columns);
  const attributes = BEFORE_GRADES.filter((name) => present.has(name));
  if (moment === 'early') {
    return { moment, attributes, training: EARLY_TERM_TRAINING, encoding: DEFAULT_ENCODING };
  }
  if (!present.has('G1')) throw new RangeError('The mid-term model needs the first-period grade (G1).');
  const grades = GRADE_ATTRIBUTES.filter((name) => name !== FINAL_GRADE && present.has(name));
  return {
    moment,
    attributes: [...attributes, ...grades],
    training: MID_TERM_TRAINING,
    encoding: DEFAULT_ENCODING,
  };
}
