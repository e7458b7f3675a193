/**
 * The body of an alert as data: one section per finding, each with a title, a few sentences, and its figures as
 * a small table or list. The HTML and the plain-text renderings both walk these sections, so the two carry the
 * same facts. Free text from the facts is clipped to the lengths here, which bounds the size of an alert.
 */

/** `problem` sections report what went wrong, `information` ones give figures, `good` says all is well. */
export type SectionTone = 'problem' | 'information' | 'good';

export interface FigureTable {
  /** What the table holds, in a few words (the HTML caption). */
  readonly caption: string;
  /** Column headings; empty for a table of label and value. */
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Indexes of rows the check judged a problem (highlighted). */
  readonly flaggedRows?: readonly number[];
}

export interface AlertSection {
  readonly tone: SectionTone;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly table?: FigureTable;
  readonly list?: { readonly title: string; readonly items: readonly string[] };
  /** Small print after the figures. */
  readonly notes: readonly string[];
}

/** Longest drift phrase or failed-check stage shown. */
export const PHRASE_LENGTH = 120;
/** Longest column label shown. */
export const COLUMN_LABEL_LENGTH = 80;
/** Longest formatted time shown (the check's, the last finished check's). */
export const TIME_LENGTH = 80;
