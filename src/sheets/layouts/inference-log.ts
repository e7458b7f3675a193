/** The `Inference log` sheet: what every scoring run predicted, for monitoring and audit. */
import { LOG_HEADER } from '../../jobs/score/inference-log';
import { FORMATS, sheetLayout } from './layout';

export const INFERENCE_LOG_LAYOUT = sheetLayout(
  LOG_HEADER,
  'Inference log: what each Score students run predicted, one row per student, oldest first; the newest 50,000 ' +
    'rows are kept. Student key is a pseudonym, never a name. The daily monitoring check reads the latest run here.',
  {
    Time: { width: 140, format: FORMATS.time },
    Run: { width: 240, note: 'The scoring run: its rows share this id.' },
    'Model version': { width: 70, format: FORMATS.whole },
    'Student key': {
      width: 125,
      note:
        'A pseudonym made from the student with a secret kept in this spreadsheet: the same student has the ' +
        'same key in every run, and no one can turn it back into a name.',
    },
    'Risk of failing': { width: 70, format: FORMATS.percent },
    Tier: { width: 60 },
    'Inputs (JSON)': {
      hidden: true,
      note:
        "The student's answers the risk was computed from (no name), as data. The daily monitoring check " +
        'compares them with the training data: PassCompass needs this column, do not edit it.',
    },
  },
);
