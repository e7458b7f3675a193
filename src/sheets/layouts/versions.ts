/**
 * The `Versions` sheet, for a data lead choosing between two versions: what each was trained on, how well it
 * did in cross-validation, and which one scores students. What PassCompass needs to reload and check a version
 * (its data fingerprint, metrics, model, checksum, catch curve, reference sample and evidence) is hidden: one of
 * those cells alone can hold 50,000 characters, which printed the sheet on 34 pages.
 */
import { VERSION_HEADER } from '../../core/registry/model-version';
import { FORMATS, sheetLayout } from './layout';

/** Said on each hidden column: unhiding it is fine, editing it is not. */
const KEEP = 'PassCompass needs this column: do not edit or delete it.';

export const VERSIONS_LAYOUT = sheetLayout(
  VERSION_HEADER,
  'Versions: one row per model PassCompass trained, oldest first. Status: champion = the version that scores ' +
    'students; challenger = a newer version that waits for someone to choose Promote challenger in the ' +
    'PassCompass menu; archived = an earlier version. Hidden columns hold the model and its checks.',
  {
    Version: { width: 70, format: FORMATS.whole },
    Created: { width: 140, format: FORMATS.time },
    Experiment: {
      width: 90,
      note: 'The Train model run that made this version: its row in Experiments has every figure.',
    },
    'Data fingerprint': {
      hidden: true,
      note:
        'A digest of the rows this version was trained on: two versions with the same fingerprint saw the same ' +
        'data, so their figures can be compared. Training uses it to decide whether a new version may replace ' +
        `the champion on its own. ${KEEP}`,
    },
    Rows: { width: 60, format: FORMATS.count, note: 'Students with a final grade it was trained on.' },
    Mode: {
      width: 60,
      note: 'early: trained without the period grades G1 and G2, for the earliest warning; mid: with them.',
    },
    Features: {
      width: 360,
      wrap: true,
      note: 'What the model weighs: each column, and for a column of categories each answer (school=MS).',
    },
    'CV ROC AUC': {
      width: 80,
      format: FORMATS.score,
      note:
        'From cross-validation (each student scored by a model that never saw them): how well it ranks ' +
        'students who failed above those who passed. 1 = perfectly, 0.5 = no better than chance.',
    },
    'CV Brier': {
      width: 70,
      format: FORMATS.score,
      note: 'From cross-validation: the mean squared gap between risk and outcome. Lower is better; 0 is perfect.',
    },
    Threshold: {
      width: 80,
      format: FORMATS.percent,
      note:
        'The risk from which a student counts as flagged in the accuracy, precision and recall of ' +
        'Experiments. Tiers on Students follow Settings, not this.',
    },
    'Metrics (JSON)': {
      hidden: true,
      note: `Every cross-validated figure of this version, as data, covered by its checksum. ${KEEP}`,
    },
    'Model (JSON)': {
      hidden: true,
      note:
        'The model itself: its weights and how each answer is turned into numbers. Score students uses it. ' +
        KEEP,
    },
    'Checksum (SHA-256)': {
      hidden: true,
      note:
        'A fingerprint of everything PassCompass trusts in this row. A version whose row no longer matches it ' +
        `was edited, and is never used. ${KEEP}`,
    },
    Status: { width: 90 },
    'Catch curve (JSON)': {
      hidden: true,
      note:
        'How many of the students who failed each share of the highest risks caught in cross-validation: how ' +
        `scoring says how many future failures the High tier should hold. ${KEEP}`,
    },
    'Reference sample (JSON)': {
      hidden: true,
      note:
        'A sample of the answers this version was trained on (no names): what the daily monitoring check ' +
        `compares new students with. ${KEEP}`,
    },
    'Evidence (JSON)': {
      hidden: true,
      note:
        'What the model card shows, from cross-validation: each figure with its 95% interval, how well the ' +
        'percentages match observed fail rates before and after their correction, and how the High tier treats ' +
        `each group of sex, address, school, parents' education and course. ${KEEP}`,
    },
  },
);
