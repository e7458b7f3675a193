/**
 * The query that scores a warehouse table with a saved model version, row by row, as the add-on scores a
 * sheet: each feature encoded as `feature-sql.ts` says, z = intercept + Σ coefficient × feature (summed in the
 * model's feature order, as `riskOfFailing` sums), risk = 1 / (1 + EXP(−z)), and the threshold tier: High from
 * `highFrom`, Medium from `mediumFrom`, else Low (bounds inclusive, `core/scoring/tiers.ts`). A capacity rule
 * ("the 25 highest risks are High") depends on the whole roster at once and is not reproduced: the query always
 * uses the thresholds. Each row carries the model version; with `keyColumn` the output is that column, the
 * version, the risk and the tier (and only the columns the model reads are scanned), otherwise every input
 * column followed by those three.
 */
import type { LogisticModel } from '../model/logistic';
import { assertTierRule } from '../scoring/tiers';
import type { SqlDialect } from './dialect';
import { standardisedFeature } from './feature-sql';
import { floatLiteral, quoteIdentifier, quoteTablePath, stringLiteral } from './literals';

export interface ScoringQueryOptions {
  readonly model: LogisticModel;
  /** The registered version number, written into every row. */
  readonly version: number;
  /** `project.dataset.table`, `dataset.table` or `table`. */
  readonly table: string;
  readonly highFrom: number;
  readonly mediumFrom: number;
  /** A column identifying each row (a student id), output first; null outputs every input column instead. */
  readonly keyColumn?: string | null;
}

/** The log-odds z of the model, one term per line. Throws `RangeError` for a missing coefficient. */
export function logOddsExpression(model: LogisticModel, dialect: SqlDialect, indent = '      '): string {
  const terms = model.encoding.features.map((feature) => {
    const coefficient = model.coefficients[feature.name];
    if (coefficient === undefined || !Number.isFinite(coefficient)) {
      throw new RangeError(`The model has no usable coefficient for feature "${feature.name}".`);
    }
    return `${indent}+ ${floatLiteral(coefficient)} * ${standardisedFeature(feature, dialect)} -- ${feature.name.replace(/[\r\n]+/g, ' ')}`;
  });
  return [`${indent}${floatLiteral(model.intercept)}`, ...terms].join('\n');
}

/** The scoring query (see the module comment). Throws `RangeError` for bad names, thresholds or a model. */
export function scoringQuery(options: ScoringQueryOptions, dialect: SqlDialect): string {
  const { model, version, table, highFrom, mediumFrom } = options;
  assertTierRule({ kind: 'thresholds', highFrom, mediumFrom });
  if (!Number.isInteger(version) || version < 1) throw new RangeError(`${version} is not a version number.`);
  const key = options.keyColumn ? quoteIdentifier(options.keyColumn, dialect) : null;
  const selected = key ? `scored.${key},` : 'scored.*,';
  const risk = key ? ['  scored.risk_of_failing,'] : [];
  return [
    `-- PassCompass model version ${version}: risk of failing and threshold tier for every row of ${table}.`,
    `-- Tiers: High from ${highFrom}, Medium from ${mediumFrom}, else Low.`,
    'SELECT',
    `  ${selected}`,
    `  ${version} AS model_version,`,
    ...risk,
    '  CASE',
    `    WHEN scored.risk_of_failing >= ${floatLiteral(highFrom)} THEN ${stringLiteral('High', dialect)}`,
    `    WHEN scored.risk_of_failing >= ${floatLiteral(mediumFrom)} THEN ${stringLiteral('Medium', dialect)}`,
    `    ELSE ${stringLiteral('Low', dialect)}`,
    '  END AS tier',
    'FROM (',
    '  SELECT',
    key ? `    src.${key},` : '    src.*,',
    '    1 / (1 + EXP(-(',
    logOddsExpression(model, dialect),
    '    ))) AS risk_of_failing',
    `  FROM ${quoteTablePath(table, dialect)} AS src`,
    ') AS scored',
  ].join('\n');
}
