/**
 * One encoded feature as a SQL expression, read from a table with the UCI columns exactly as the add-on reads a
 * cell (`core/model/feature-value.ts`, `core/model/encoding.ts`):
 *
 * - a cell is blank when it is NULL or only whitespace (`isBlank`); a blank encodes to 0 (the training mean);
 * - a number is the trimmed text parsed as a float, so a column of text (`" 14 "`) reads as a column of numbers.
 *   Text that is not a number is NULL here and so imputed like a blank, where the add-on stops and names the
 *   cell: the SQL never fails a whole district's run over one cell (check the data first with the add-on's
 *   Check data, or count such cells in the warehouse);
 * - `log1p` is LN(1 + x) for x > 0, else 0 (negative values read as 0); `positive` is 1 for x > 0, else 0;
 * - a category level compares the trimmed text, case-sensitively, as the add-on does: `Yes` is not `yes`, so
 *   like any level never seen in training it encodes as the reference level (all indicators 0);
 * - then (raw − mean) / sd with the stored training mean and standard deviation.
 */
import type { EncodedFeature } from '../model/encoding';
import { DIALECT_WORDS, type SqlDialect } from './dialect';
import { floatLiteral, quoteIdentifier, stringLiteral } from './literals';

/** The trimmed text of a column, NULL when blank. */
export function trimmedText(column: string, dialect: SqlDialect): string {
  return `NULLIF(TRIM(CAST(${quoteIdentifier(column, dialect)} AS STRING)), '')`;
}

/** The column parsed as a float; NULL when blank or not a number. */
export function numberOf(column: string, dialect: SqlDialect): string {
  const { safeCast, float } = DIALECT_WORDS[dialect];
  return `${safeCast}(${trimmedText(column, dialect)} AS ${float})`;
}

/** The raw value of `feature` (before standardisation), NULL for a blank. */
export function rawFeature(feature: EncodedFeature, dialect: SqlDialect): string {
  if ('level' in feature) {
    const text = trimmedText(feature.attribute, dialect);
    return `CASE WHEN ${text} IS NULL THEN NULL WHEN ${text} = ${stringLiteral(feature.level, dialect)} THEN 1 ELSE 0 END`;
  }
  const x = numberOf(feature.attribute, dialect);
  if (feature.transform === 'log1p')
    return `CASE WHEN ${x} IS NULL THEN NULL WHEN ${x} > 0 THEN LN(1 + ${x}) ELSE 0 END`;
  if (feature.transform === 'positive')
    return `CASE WHEN ${x} IS NULL THEN NULL WHEN ${x} > 0 THEN 1 ELSE 0 END`;
  return x;
}

/** The standardised value of `feature`: (raw − mean) / sd, 0 for a blank. */
export function standardisedFeature(feature: EncodedFeature, dialect: SqlDialect): string {
  const raw = rawFeature(feature, dialect);
  return `COALESCE((${raw} - ${floatLiteral(feature.center)}) / ${floatLiteral(feature.scale)}, 0)`;
}

/**
 * The column name of `feature` in BigQuery ML, made of letters, digits and underscores and carrying the version
 * whose encoding it computes: `failures>0` of version 3 → `v3_failures_gt_0`. The prefix is what lets weights
 * coming back from `ML.WEIGHTS` name the version whose means, deviations and levels they were fitted on
 * (`bqml-weights.ts`).
 */
export function featureColumnName(feature: EncodedFeature, version: number): string {
  const name = feature.name
    .replace(/>/g, '_gt_')
    .replace(/=/g, '_eq_')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `v${version}_${name}`;
}
