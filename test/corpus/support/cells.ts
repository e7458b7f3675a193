/**
 * Cell recipes for the corpus: the odd values a teacher leaves in a roster (text in numbers, numbers stored as
 * text, booleans, dates, 50,000-character cells, formula-like text, other scripts and invisible characters) and
 * the headers a column may be renamed to, each a few characters in a failure report, and `cellValue`, which
 * turns a recipe into what is typed into the cell.
 */
import fc from 'fast-check';
import { ATTRIBUTES } from '../../../src/core/data/dictionary';

export type Cell = unknown;
export interface Table {
  header: Cell[];
  rows: Cell[][];
}

// ------------------------------------------------------------------------------------------------ cell values

/**
 * One cell as a teacher might leave it. `typed`: text typed into the cell, which Sheets reads as it reads typing
 * (`=…` becomes a formula, `16` a number, `TRUE` a boolean); `quoted`: text typed after an apostrophe, kept as
 * text exactly; `long`: `lead` followed by `unit` repeated up to `length` characters (at most 50,000, a cell's
 * limit).
 */
export type CellRecipe =
  | { typed: string }
  | { quoted: string }
  | { number: number }
  | { boolean: boolean }
  | { date: string }
  | { long: number; unit: string; lead: string }
  | { blank: true };

/** Text in numeric columns, numbers stored as text, messy yes/no and category spellings. */
export const ODD_TEXT = [
  'lots',
  'ten',
  '12abc',
  'n/a',
  '-',
  '?',
  '   ',
  'yes ',
  'Y',
  'TRUE',
  'no',
  '16',
  ' 16 ',
  '3,5',
  '1.000',
  '1e3',
  '0x1F',
  'urban',
  'gp',
  'M.',
  '½',
  '−3',
  '١٢',
  '15 years',
  '2024-09-02',
  '9/2/2024',
  '12%',
  '1,234',
  '#N/A',
  '#REF!',
];

/** Text that a spreadsheet (or a CSV reader) could take for a formula, or that starts like one. */
export const FORMULA_LIKE = [
  '=1+1',
  '=SUM(A1:A3)',
  '+1',
  '+x',
  '-x',
  '-2+3',
  '@SUM(1,2)',
  '\t=1+1',
  '\r=1+1',
  '\n=1',
  ' =1',
  '=HYPERLINK("http://example.com/?q=1","click me")',
  "=cmd|' /C calc'!A0",
  '=DDE("cmd";"/C calc";"!A0")',
  "@cmd|' /C notepad'!A1",
  '=IMPORTXML("http://example.com","//a")',
  '=1/0',
  '==',
  '=',
  '+',
  '@',
];

/** Other scripts and invisible characters: Arabic, Hebrew, CJK, Korean, emoji, combining marks, RTL marks, NUL. */
export const OTHER_SCRIPTS = [
  'مدرسة',
  'طالب متفوق',
  '学校',
  '学生の名前',
  '한국어',
  'עברית',
  'Ελληνικά',
  '🎓',
  '👩🏽‍🎓📚',
  'e\u0301',
  'Zoë',
  '\u200Fyes',
  '\u202Eyes',
  '\u200Byes',
  'yes\u0000',
  '\u0000',
  'GP\u0000',
  '\uFEFFGP',
  'ＧＰ',
  'GP\u200B',
  'a\u0308\u0301\u0302',
];

const NUMBERS = [0, -1, 1, 2.5, 99, 1e9, -1e9, 1e308, 0.0001, 20.5, -0, Number.MAX_SAFE_INTEGER, 5e-324];
const DATES = ['2024-09-02T00:00:00Z', '1999-12-31T23:59:59Z', '1900-01-01T00:00:00Z'];

const text = (pool: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...pool), fc.boolean())
    .map(([s, quoted]): CellRecipe => (quoted ? { quoted: s } : { typed: s }));

const longCell: fc.Arbitrary<CellRecipe> = fc.record({
  long: fc.constantFrom(50_000, 49_999),
  unit: fc.constantFrom('x', 'ab', '学', 'مدرسة ', 'e\u0301'),
  lead: fc.constantFrom('', "'", '=', '=HYPERLINK("http://example.com","', "'=", "'+"),
});

/** Any odd cell, mostly short (a long one costs a 50,000-character write and read). */
export const oddCell: fc.Arbitrary<CellRecipe> = fc.oneof(
  { weight: 4, arbitrary: text(ODD_TEXT) },
  { weight: 4, arbitrary: text(FORMULA_LIKE) },
  { weight: 3, arbitrary: text(OTHER_SCRIPTS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS).map((n): CellRecipe => ({ number: n })) },
  { weight: 1, arbitrary: fc.boolean().map((b): CellRecipe => ({ boolean: b })) },
  { weight: 1, arbitrary: fc.constantFrom(...DATES).map((d): CellRecipe => ({ date: d })) },
  { weight: 1, arbitrary: fc.constant<CellRecipe>({ blank: true }) },
  { weight: 1, arbitrary: longCell },
);

/** What a recipe writes with `setValues`. */
export function cellValue(recipe: CellRecipe): Cell {
  if ('typed' in recipe) return recipe.typed;
  if ('quoted' in recipe) return `'${recipe.quoted}`;
  if ('number' in recipe) return recipe.number;
  if ('boolean' in recipe) return recipe.boolean;
  if ('date' in recipe) return new Date(recipe.date);
  if ('long' in recipe) {
    const room = recipe.long - recipe.lead.length;
    return recipe.lead + recipe.unit.repeat(Math.ceil(room / recipe.unit.length)).slice(0, room);
  }
  return '';
}

// ------------------------------------------------------------------------------------------------- headers

/** PassCompass's own Students columns, and spellings close to them, as a teacher might name their own. */
export const OWN_LIKE_HEADERS = [
  'Tier',
  'tier ',
  'TIER',
  'Risk of failing',
  'risk of failing ',
  'Main reasons',
  'Model version',
  'Scored at',
  'Tier (PassCompass)',
  'Risk of failing (PassCompass)',
  'Scored at (PassCompass 2)',
];

const ALIASES = ATTRIBUTES.flatMap((a) => a.aliases);

/** A header a column may be renamed to: other spellings, aliases, names of other columns, odd text. */
export const headerRecipe: fc.Arbitrary<CellRecipe> = fc.oneof(
  fc.constantFrom(...ALIASES).map((s): CellRecipe => ({ typed: s })),
  fc
    .tuple(
      fc.constantFrom(...ATTRIBUTES.map((a) => a.name)),
      fc.constantFrom(
        (name: string) => name.toUpperCase(),
        (name: string) => ` ${name} `,
        (name: string) => `${name}_2`,
        (name: string) => name,
        (name: string) => `${name}\u200B`,
      ),
    )
    .map(([name, spelling]): CellRecipe => ({ typed: spelling(name) })),
  fc.constantFrom<CellRecipe>(
    { typed: '' },
    { typed: 'Student name' },
    { typed: 'ID' },
    { typed: 'Notes' },
    { number: 7 },
    { boolean: true },
    { date: DATES[0] as string },
  ),
  text(FORMULA_LIKE),
  text(OTHER_SCRIPTS),
  longCell,
);
