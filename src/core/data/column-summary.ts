/**
 * The exploration summary behind the `Summary` sheet: per attribute, its kind, how many cells are blank, how
 * many distinct values it has, its minimum, mean and maximum (numbers) or most common values (categories), and
 * the share of students who failed for each value, which is the first thing a data lead asks of a column.
 */
import { max, mean, min } from 'simple-statistics';
import { type StudentRecord, attributeNamed, isCategorical } from './dictionary';

export interface ColumnSummary {
  attribute: string;
  label: string;
  kind: string;
  blanks: number;
  distinct: number;
  min: number | null;
  mean: number | null;
  max: number | null;
  /** The most common values with their counts, e.g. `yes (351), no (44)`. */
  topValues: string;
}

export interface FailRate {
  attribute: string;
  value: string | number;
  students: number;
  failed: number;
  failRate: number;
}

/** Summarises each of `attributes` over `records`. O(rows × attributes). */
export function summariseColumns(
  records: readonly StudentRecord[],
  attributes: readonly string[],
): ColumnSummary[] {
  return attributes.map((name) => {
    const attribute = attributeNamed(name);
    const values = records
      .map((r) => r[name])
      .filter((v): v is string | number => v !== null && v !== undefined && v !== '');
    const counts = countValues(values);
    const numbers = isCategorical(attribute) ? [] : values.map(Number).filter((v) => Number.isFinite(v));
    const top = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
      .slice(0, 3)
      .map(([value, n]) => `${value} (${n})`)
      .join(', ');
    return {
      attribute: name,
      label: attribute.label,
      kind: attribute.kind,
      blanks: records.length - values.length,
      distinct: counts.size,
      min: numbers.length ? min(numbers) : null,
      mean: numbers.length ? mean(numbers) : null,
      max: numbers.length ? max(numbers) : null,
      topValues: top,
    };
  });
}

/**
 * Fail rate per value of each attribute with at most `maxValues` distinct values (for counts like absences,
 * a row per value would be noise). `labels[i]` is 1 when record i failed. Rows without a label are skipped.
 */
export function failRates(
  records: readonly StudentRecord[],
  labels: readonly (number | null)[],
  attributes: readonly string[],
  maxValues = 6,
): FailRate[] {
  const rates: FailRate[] = [];
  for (const name of attributes) {
    const groups = new Map<string | number, { students: number; failed: number }>();
    records.forEach((record, i) => {
      const value = record[name];
      const label = labels[i];
      if (value === null || value === undefined || value === '' || label === null || label === undefined)
        return;
      const group = groups.get(value) ?? { students: 0, failed: 0 };
      group.students += 1;
      group.failed += label;
      groups.set(value, group);
    });
    if (groups.size > maxValues) continue;
    const sorted = [...groups.entries()].sort(([a], [b]) =>
      typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)),
    );
    for (const [value, { students, failed }] of sorted) {
      rates.push({ attribute: name, value, students, failed, failRate: failed / students });
    }
  }
  return rates;
}

function countValues(values: readonly (string | number)[]): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
