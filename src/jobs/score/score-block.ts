/**
 * Scores one block of roster rows with a model: reads each row the way Check data does, decides whether it can
 * be scored, and computes the risk, the main reasons in words, and what the inference log keeps (a pseudonymous
 * key and the model's inputs). Pure: no spreadsheet access.
 */
import { attributeNamed, type StudentRecord } from '../../core/data/dictionary';
import { normaliseValue } from '../../core/data/roster/normalise-value';
import type { RosterColumns } from '../../core/data/roster/roster-columns';
import type { LogisticModel } from '../../core/model/logistic';
import { riskOfFailing } from '../../core/model/score';
import { mainReasons } from '../../core/scoring/reasons';
import { reasonsForTier } from '../../core/scoring/reasons-cell';
import { imputedNote, modelAttributes, scoreability } from '../../core/scoring/scoreability';
import type { CellValue } from '../ports';

export interface ScoredRow {
  /** P(fail), or null when the row cannot be scored. */
  risk: number | null;
  /** Main reasons in words, or why the row was not scored. */
  reasons: string;
  /** The row key (id/name column, or `row N`); never written outside the roster. */
  key: string;
  /** The model's inputs, normalised, in `modelAttributes(model)` order, for monitoring. */
  inputs: (string | number | null)[];
  /** True for a row with nothing in it, which is left alone. */
  empty: boolean;
}

/** Scores `rows`, the block that starts at data row `first` (0-based; sheet row first + 2). */
export function scoreBlock(
  model: LogisticModel,
  columns: RosterColumns,
  rows: readonly (readonly CellValue[])[],
  first: number,
): ScoredRow[] {
  const attributes = modelAttributes(model);
  return rows.map((row, i) => {
    const sheetRow = first + i + 2;
    const empty = row.every((cell) => cell === '' || cell === null || cell === undefined);
    const record: Record<string, string | number | null> = {};
    for (const name of attributes) {
      const column = columns.byAttribute.get(name);
      record[name] = column === undefined ? null : normaliseValue(attributeNamed(name), row[column]).value;
    }
    const keyCell = columns.key ? String(row[columns.key.index] ?? '').trim() : '';
    const key = keyCell || `row ${sheetRow}`;
    const inputs = attributes.map((name) => record[name] ?? null);
    if (empty) return { risk: null, reasons: '', key, inputs, empty };
    return { ...scoreRecord(model, record, sheetRow), key, inputs, empty };
  });
}

function scoreRecord(
  model: LogisticModel,
  record: StudentRecord,
  sheetRow: number,
): { risk: number | null; reasons: string } {
  const verdict = scoreability(model, record);
  if (!verdict.ok) return { risk: null, reasons: verdict.why };
  const [risk] = riskOfFailing(model, [record]);
  // The tier is not known until every block is scored: finishRun rewrites the reasons of Low-tier rows.
  // Stryker disable next-line ArithmeticOperator: the row only labels a text-in-a-number error, which scoreability rules out first
  const because = reasonsForTier(mainReasons(model, record, 3, sheetRow - 2), null);
  const note = imputedNote(verdict.blanks);
  return { risk: risk ?? null, reasons: [because, note].filter(Boolean).join('. ') };
}
