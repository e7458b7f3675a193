import type { AlertContent } from '../../../src/core/alerts/alert-content';
import type { AlertSection } from '../../../src/core/alerts/alert-section';
import { alertText } from '../../../src/core/alerts/alert-text';

/** Content with everything a section can hold: paragraphs, a table with a header, a list, notes. */
const FULL_SECTION: AlertSection = {
  tone: 'problem',
  title: 'First finding',
  paragraphs: ['One.', 'Two.'],
  table: {
    caption: 'Counts',
    header: ['Column', 'Problem', 'How many'],
    rows: [
      ['age', 'left blank', '4 cells'],
      ['absences', 'not a valid value', ''],
    ],
  },
  list: { title: 'Largest changes', items: ['absences: median 4 → 11', 'age'] },
  notes: ['A note.'],
};

/** A section with a table of label and value and no notes. */
const KEY_VALUE_SECTION: AlertSection = {
  tone: 'information',
  title: 'Second',
  paragraphs: ['Three.'],
  table: {
    caption: 'Figures',
    header: [],
    rows: [
      ['Rows', '212'],
      ['Columns that changed', '9', '(50%)'],
    ],
  },
  notes: [],
};

function content(overrides: Partial<AlertContent> = {}): AlertContent {
  return {
    subject: 'PassCompass: two findings',
    heading: 'Two findings',
    allClear: false,
    summary: 'Both things happened.',
    context: [
      ['Spreadsheet', 'Year 10'],
      ['Checked', '7 May'],
      ['Model', 'version 3'],
    ],
    sections: [FULL_SECTION, KEY_VALUE_SECTION],
    nextSteps: ['Do this.', 'Then that.'],
    link: { text: 'Open the spreadsheet', url: 'https://example.com/s' },
    footer: 'Footer text.',
    ...overrides,
  };
}

describe('the plain text of an alert', () => {
  it('lays out heading, context, summary, sections, steps, link and footer line by line', () => {
    // Column widths of the table: 8 ("absences"), 17 ("not a valid value"), 8 ("How many"), two spaces
    // between columns, the last column never padded and trailing spaces trimmed.
    expect(alertText(content()).split('\n')).toEqual([
      'Two findings',
      '============',
      '',
      'Spreadsheet: Year 10',
      'Checked:     7 May',
      'Model:       version 3',
      '',
      'Both things happened.',
      '',
      'First finding',
      '-------------',
      'One.',
      '',
      'Two.',
      '',
      'Counts:',
      '  Column    Problem            How many',
      '  --------  -----------------  --------',
      '  age       left blank         4 cells',
      '  absences  not a valid value',
      '',
      'Largest changes:',
      '  - absences: median 4 → 11',
      '  - age',
      '',
      'A note.',
      '',
      'Second',
      '------',
      'Three.',
      '',
      'Figures:',
      '  Rows: 212',
      '  Columns that changed: 9 (50%)',
      '',
      'What to do next',
      '---------------',
      '1. Do this.',
      '2. Then that.',
      '',
      'Open the spreadsheet: https://example.com/s',
      '',
      '--',
      'Footer text.',
      '',
    ]);
  });

  it('goes from the context straight to the steps without a summary or sections', () => {
    expect(alertText(content({ summary: null, sections: [] }))).toBe(
      [
        'Two findings',
        '============',
        '',
        'Spreadsheet: Year 10',
        'Checked:     7 May',
        'Model:       version 3',
        '',
        'What to do next',
        '---------------',
        '1. Do this.',
        '2. Then that.',
        '',
        'Open the spreadsheet: https://example.com/s',
        '',
        '--',
        'Footer text.',
        '',
      ].join('\n'),
    );
  });

  it('does not widen a column for a row shorter than the header', () => {
    const short: AlertSection = {
      tone: 'information',
      title: 'T',
      paragraphs: [],
      table: { caption: 'C', header: ['A', 'B', 'C'], rows: [['x', 'y']] },
      notes: [],
    };
    expect(alertText(content({ summary: null, sections: [short] }))).toContain(
      ['T', '-', 'C:', '  A  B  C', '  -  -  -', '  x  y', '', 'What to do next'].join('\n'),
    );
  });

  it('writes an empty label for a row of label and value without cells', () => {
    const empty: AlertSection = {
      tone: 'information',
      title: 'T',
      paragraphs: [],
      table: { caption: 'C', header: [], rows: [[]] },
      notes: [],
    };
    expect(alertText(content({ summary: null, sections: [empty] }))).toContain(
      ['T', '-', 'C:', '  : ', '', 'What to do next'].join('\n'),
    );
  });
});
