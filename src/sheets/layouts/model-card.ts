/**
 * How a model card sheet looks: six columns (a label, a sentence, four figures), read top to bottom like a
 * page. Section titles are bold on a tinted band with a blank row above; a small table's header row is bold;
 * an equity gap above the acceptable gap is red, and says so in words too. Figures take the house number
 * formats (percentages with one decimal, scores to three decimals, counts, the locale's date-time); sentences
 * wrap and sit at the top of their cells. Pure: `model-card-sheet.ts` writes the grid in one batch.
 */
import type { CardFigure, CardRow, ModelCard } from '../../core/model-card/card-types';
import { FIGURE_COLUMNS } from '../../core/model-card/card-types';
import type { CellValue } from '../../jobs/ports';
import { TIER_COLOURS } from '../risk-colours';
import { AUTOMATIC, FORMATS } from './layout';

/** Pixels: labels on two lines at most, sentences of about 60 characters a line, a figure with its header. */
export const MODEL_CARD_WIDTHS = [180, 360, 78, 78, 78, 78] as const;
export const MODEL_CARD_WIDTH = 2 + FIGURE_COLUMNS;

/** The sheet's usual name: one per version. */
export const modelCardSheetName = (version: number) => `Model card v${version}`;

/** The first row: the card's title over the label column, then what the columns hold in a fact row. */
export function modelCardHeader(version: number): string[] {
  return [`Model card: version ${version}`, 'What it says', 'Figure', '95% from', '95% to', ''];
}

/** The note on A1, as every PassCompass sheet has one. */
export const MODEL_CARD_LEGEND =
  'Model card: what this model version is for and not for, what it learned from, how good it is (with 95% ' +
  'intervals), how well its percentages hold, how it treats groups of students, its limits, and what it ' +
  'holds about students. Rewritten by PassCompass after training and by Model card… in its menu.';

const STYLE = {
  section: { background: '#e8eaed', font: '#202124' },
  tableHeader: { background: null, font: '#3c4043' },
  flagged: TIER_COLOURS.High,
} as const;

export interface CardGrid {
  values: CellValue[][];
  formats: string[][];
  weights: ('bold' | null)[][];
  fonts: (string | null)[][];
  backgrounds: (string | null)[][];
  wraps: boolean[][];
  alignments: ('top' | null)[][];
}

function formatOf(figure: CardFigure, timeFormat: string): string {
  switch (figure.kind) {
    case 'percent':
      return FORMATS.percent;
    case 'score':
      return FORMATS.score;
    case 'count':
      return FORMATS.count;
    case 'whole':
      return FORMATS.whole;
    case 'time':
      return timeFormat;
  }
}

/** The card as a grid of `MODEL_CARD_WIDTH` columns, with every cell's style (so a rewrite leaves nothing). */
export function cardGrid(card: ModelCard, timeFormat: string): CardGrid {
  const grid: CardGrid = {
    values: [],
    formats: [],
    weights: [],
    fonts: [],
    backgrounds: [],
    wraps: [],
    alignments: [],
  };
  const push = (
    values: CellValue[],
    formats: string[],
    style: { bold: boolean; font: string | null; background: string | null; wrap: boolean; top: boolean },
  ) => {
    const width = MODEL_CARD_WIDTH;
    const fill = <T>(items: T[], blank: T): T[] => Array.from({ length: width }, (_, i) => items[i] ?? blank);
    grid.values.push(fill(values, ''));
    grid.formats.push(fill(formats, AUTOMATIC));
    grid.weights.push(fill([], style.bold ? 'bold' : null));
    grid.fonts.push(fill([], style.font));
    grid.backgrounds.push(fill([], style.background));
    // Labels and sentences wrap; figures do not (a cut-off figure would read as another number).
    grid.wraps.push(
      Array.from(
        { length: width },
        (_, i) => style.wrap && (i < 2 || values[i] === undefined || typeof values[i] === 'string'),
      ),
    );
    grid.alignments.push(fill([], style.top ? 'top' : null));
  };
  push(modelCardHeader(card.version), [], {
    bold: true,
    font: null,
    background: null,
    wrap: true,
    top: false,
  });
  card.sections.forEach((section) => {
    push([], [], { bold: false, font: null, background: null, wrap: false, top: false });
    push([section.title], [], { bold: true, ...STYLE.section, wrap: false, top: false });
    for (const row of section.rows) pushRow(row, push, timeFormat);
  });
  return grid;
}

function pushRow(
  row: CardRow,
  push: (
    values: CellValue[],
    formats: string[],
    style: { bold: boolean; font: string | null; background: string | null; wrap: boolean; top: boolean },
  ) => void,
  timeFormat: string,
): void {
  const values: CellValue[] = [row.label, row.text];
  const formats: string[] = [AUTOMATIC, AUTOMATIC];
  for (const cell of row.figures.slice(0, FIGURE_COLUMNS)) {
    if (typeof cell === 'string') {
      values.push(cell);
      formats.push(AUTOMATIC);
    } else {
      values.push(cell.value ?? '');
      formats.push(cell.value === null ? AUTOMATIC : formatOf(cell, timeFormat));
    }
  }
  if (row.kind === 'header') {
    push(values, formats, { bold: true, ...STYLE.tableHeader, wrap: true, top: false });
    return;
  }
  const colours = row.flagged ? STYLE.flagged : { background: null, font: null };
  push(values, formats, { bold: false, ...colours, wrap: true, top: true });
}
