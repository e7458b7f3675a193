/**
 * The rows a model learns from, or is measured on: the checked roster's students with a final grade, their
 * fail labels (G3 below the pass mark), the key that keeps a student's two courses in one fold, and the
 * fingerprint that tells two versions apart by the data they saw. Shared by Train model and the import of
 * weights fitted elsewhere (`import-weights.ts`), so both read the same rows the same way.
 */
import type { StudentRecord } from '../core/data/dictionary';
import { matchKey } from '../core/data/match-key';
import type { CheckedRoster } from '../core/data/roster/check-roster';
import { DataError } from '../core/errors';
import { failLabels } from '../core/model/target';
import type { Digests } from './ports';

/** The rows with a final grade. Throws `DataError` when the roster has no G3 column. */
export function trainingRows(checked: CheckedRoster, passMark: number) {
  const records: StudentRecord[] = checked.records.filter((r) => r['G3'] !== null && r['G3'] !== undefined);
  if (!checked.columns.byAttribute.has('G3')) {
    throw new DataError('The roster has no final grade column ("G3"), so there is nothing to learn from.', {
      row: 1,
    });
  }
  return { records, labels: failLabels(records, passMark), groups: records.map(matchKey) };
}

/** SHA-256 of the training rows and labels, so two versions can be known to have seen the same data. */
export function fingerprint(
  records: readonly StudentRecord[],
  labels: readonly number[],
  digests: Digests,
): string {
  const names = [...new Set(records.flatMap((r) => Object.keys(r)))].sort();
  const rows = records.map((r, i) => [...names.map((n) => r[n] ?? null), labels[i]]);
  return digests.sha256Hex(JSON.stringify([names, rows]));
}
