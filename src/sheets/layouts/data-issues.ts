/** The `Data issues` sheet written by Check data: one problem per row, in words a teacher can act on. */
import { ISSUE_HEADER } from '../../jobs/check-data';
import { FORMATS, sheetLayout } from './layout';

export const DATA_ISSUES_LAYOUT = sheetLayout(
  ISSUE_HEADER,
  'Data issues: what Check data found in the Students sheet, one problem per row, with the row and column ' +
    'to look at and what PassCompass does about it. The Students sheet is never changed. Rewritten by every check.',
  {
    Row: { width: 50, format: FORMATS.whole, note: 'The row of the Students sheet.' },
    Column: { width: 120 },
    Value: { width: 120, note: 'What the cell holds; blank when it is empty.' },
    Problem: { width: 320, wrap: true },
    'What PassCompass does': { width: 280, wrap: true },
  },
);
