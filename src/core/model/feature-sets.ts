/**
 * The inputs the model may use at each moment of the term, and the step counts its training chooses from.
 * Early term: everything known before any grade (setup C of Cortez and Silva, 2008). Mid-term: that plus the
 * first-period grade G1, and the second-period grade G2 once it exists (setups B and A). The final grade G3
 * is never an input. The number of gradient steps is not fixed here: it is chosen from the moment's grid on
 * each training set by an inner cross-validation of that set alone (`step-tuning.ts`), so the school's own
 * rows decide it, and no figure measured on other data (the UCI files included) does.
 */
import { ATTRIBUTES, FINAL_GRADE, GRADE_ATTRIBUTES } from '../data/dictionary';
import type { StepGrid, TrainingPlan } from './cross-validation';
import type { EncodingOptions } from './encoding';

export type TermMoment = 'early' | 'mid';

export interface FeatureSet {
  readonly moment: TermMoment;
  readonly attributes: readonly string[];
  /** The moment's grid; a fixed step count only when a comparison asks for one. */
  readonly training: TrainingPlan;
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
 * The step counts each moment chooses from, at per-row rate 1 (capped at the safe rate, `step-size.ts`). A
 * 1-2-5 ladder, because the held-out loss changes with the log of the steps. The inner walks stop at the first
 * candidate past the best (`step-tuning.ts`), so the top of a grid costs nothing unless the rows want it, and
 * the grids are wide on purpose: a choice at the edge of a grid would mean the rows wanted a step count the
 * grid does not offer. Without grades the signal is weak and the best models stop early (strong shrinkage),
 * so the early grid starts at 1 step; with grades the grade coefficient needs longer to grow, so the mid-term
 * grid reaches 1,000. On the UCI files (3 × 10-fold) the choices were 3 to 20 steps early and 20 to 100
 * mid-term, inside both grids.
 */
export const EARLY_TERM_STEP_GRID: StepGrid = {
  stepCandidates: [1, 2, 3, 5, 10, 20, 50, 100, 200, 500],
  learningRate: 1,
};
export const MID_TERM_STEP_GRID: StepGrid = {
  stepCandidates: [5, 10, 20, 50, 100, 200, 500, 1000],
  learningRate: 1,
};

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
    return { moment, attributes, training: EARLY_TERM_STEP_GRID, encoding: DEFAULT_ENCODING };
  }
  if (!present.has('G1')) throw new RangeError('The mid-term model needs the first-period grade (G1).');
  const grades = GRADE_ATTRIBUTES.filter((name) => name !== FINAL_GRADE && present.has(name));
  return {
    moment,
    attributes: [...attributes, ...grades],
    training: MID_TERM_STEP_GRID,
    encoding: DEFAULT_ENCODING,
  };
}
