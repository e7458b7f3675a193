/**
 * A model card as rows, before any sheet or page sees it: sections, each a title and rows of a label, a
 * sentence, and up to four figures. A sheet lays the rows out in six columns (label, sentence, four figures),
 * the sidebar takes a few lines of it (`card-summary.ts`). Figures carry their kind, not a Sheets pattern, so
 * the core stays free of how they are shown.
 */

/** How a figure reads: a share as a percentage, a score (AUC, Brier) to three decimals, a count, a time. */
export type FigureKind = 'percent' | 'score' | 'count' | 'whole' | 'time';

export interface CardFigure {
  /** Null: left blank (not measured, or not defined for this row). */
  readonly value: number | Date | null;
  readonly kind: FigureKind;
}

/** The cells right of the sentence: figures, or the words of a table's header row. */
export type FigureCell = CardFigure | string;

export interface CardRow {
  /** `fact`: a label, a sentence and its figures; `header`: the bold header of a small table below it. */
  readonly kind: 'fact' | 'header';
  readonly label: string;
  readonly text: string;
  /** At most `FIGURE_COLUMNS`. */
  readonly figures: readonly FigureCell[];
  /** A figure beyond what the school accepts (an equity gap above the acceptable gap): marked in colour too. */
  readonly flagged?: boolean;
}

export interface CardSection {
  readonly title: string;
  readonly rows: readonly CardRow[];
}

export interface ModelCard {
  readonly version: number;
  /** "Model card: version 3". */
  readonly title: string;
  readonly sections: readonly CardSection[];
}

/** Figures a row may hold, right of its sentence. */
export const FIGURE_COLUMNS = 4;

export const fact = (label: string, text: string, ...figures: FigureCell[]): CardRow => ({
  kind: 'fact',
  label,
  text,
  figures,
});

export const header = (label: string, text: string, ...figures: string[]): CardRow => ({
  kind: 'header',
  label,
  text,
  figures,
});

export const figure = (value: number | Date | null | undefined, kind: FigureKind): CardFigure => ({
  value: value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? null : value,
  kind,
});
