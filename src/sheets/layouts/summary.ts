/**
 * The `Summary` sheet written by training: the roster column by column, then, in the same columns, the fail
 * rate per value of each column with few values (its own header row: `RATE_HEADER`), with a chart beside.
 */
import { RATE_HEADER, SUMMARY_HEADER } from '../../jobs/summary';
import { FORMATS, sheetLayout } from './layout';

export const SUMMARY_LAYOUT = sheetLayout(
  SUMMARY_HEADER,
  'Summary: the roster PassCompass last trained on, one row per column (what it means, blanks, range, most ' +
    'common values); below, for each column with few values, the share of students who failed (final grade ' +
    'below the pass mark) for each value. Rewritten by every Train model.',
  {
    Column: { width: 100 },
    Meaning: { width: 230, wrap: true },
    Kind: { width: 90 },
    Blank: { width: 60, format: FORMATS.count, note: 'Cells left blank in this column.' },
    Distinct: { width: 70, format: FORMATS.count, note: 'Different values in this column.' },
    Min: { width: 60 },
    Mean: { width: 60 },
    Max: { width: 60 },
    'Most common': {
      width: 220,
      wrap: true,
      note: 'The most frequent values, with how many students have each.',
    },
  },
  [
    {
      header: RATE_HEADER,
      formats: [undefined, undefined, FORMATS.count, FORMATS.count, FORMATS.percent],
    },
  ],
);
