/**
 * Recipes for document properties edited behind PassCompass's back: saved settings, the scoring block size and
 * the other properties PassCompass keeps.
 */
import fc from 'fast-check';

const SETTING_VALUES = [
  null,
  true,
  false,
  'abc',
  '',
  ' 12 ',
  -1,
  0,
  1,
  2,
  2.5,
  3,
  0.5,
  0.3,
  20,
  100_000,
  1e308,
  -0,
  [],
  {},
  [3],
  'early',
  'mid',
  'auto',
  'thresholds',
  'capacity',
  'a@school.example, nobody',
  '=HYPERLINK("x")',
];

export const SETTING_KEYS = [
  'passMark',
  'mode',
  'folds',
  'capacity',
  'seed',
  'tierRule',
  'highFrom',
  'mediumFrom',
  'alertRecipients',
  'monitoringHour',
  'unknownKey',
];

/**
 * The text stored under `passcompass.settings`: JSON of an object with odd values (null, wrong types, fractional
 * and out-of-range numbers, unknown keys), or JSON that is not an object, or text that is not JSON at all.
 */
export const settingsText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .uniqueArray(fc.tuple(fc.constantFrom(...SETTING_KEYS), fc.constantFrom(...SETTING_VALUES)), {
        maxLength: 5,
        selector: ([key]) => key,
      })
      .map((entries) => JSON.stringify(Object.fromEntries(entries))),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'null',
      '[]',
      '"early"',
      '42',
      'true',
      '{',
      '',
      ' ',
      'undefined',
      '{"mode":}',
      '\u0000',
    ),
  },
);

/** Odd values of `passcompass.rowsPerExecution` (the scoring block size). */
export const rowsPerExecutionText = fc.constantFrom(
  '0',
  '-3',
  '2.5',
  'lots',
  '1',
  '7',
  '25',
  '1e9',
  '',
  ' 5 ',
  'Infinity',
  'NaN',
  '0x10',
  '[]',
);

/**
 * Damage done to the other document properties PassCompass keeps. Not `passcompass.documentId`: only the
 * background trigger of an add-on reads it, to open its spreadsheet, and with a wrong id it cannot tell which
 * spreadsheet to open or whom to tell; it fails, and Apps Script emails the failure to the trigger's owner.
 */
export const otherPropertyText = fc.constantFrom(
  '',
  'null',
  '{}',
  '[]',
  '{',
  'garbage',
  '{"x":1}',
  '42',
  '"text"',
);
export const OTHER_PROPERTY_KEYS = [
  'passcompass.owned',
  'passcompass.salt',
  'passcompass.background',
  'passcompass.scoringRun',
];
