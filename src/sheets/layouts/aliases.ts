/** The `Aliases` sheet: the history of which version scores students, read by a data lead or an auditor. */
import { ALIAS_HEADER } from '../../core/registry/aliases';
import { FORMATS, sheetLayout } from './layout';

export const ALIASES_LAYOUT = sheetLayout(
  ALIAS_HEADER,
  'Aliases: the history of which version scores students, one row per move, oldest first, never changed. ' +
    'champion = the version that scores students; challenger = a newer one waiting to be promoted. PassCompass ' +
    'reads where each points now from this history.',
  {
    Time: { width: 140, format: FORMATS.time },
    Alias: { width: 80 },
    'From version': { width: 70, format: FORMATS.whole, note: 'Blank: the alias pointed nowhere before.' },
    'To version': { width: 70, format: FORMATS.whole, note: 'Blank: the alias was cleared.' },
    'Moved by': {
      width: 110,
      note:
        'set by training: a new version became champion or challenger on its own; promote and roll back: ' +
        'someone chose them in the PassCompass menu.',
    },
    Reason: { width: 360, wrap: true },
  },
);
