/**
 * BigQuery ML `CREATE MODEL` for a district that wants to train in its warehouse on the same inputs as a
 * PassCompass version: a `LOGISTIC_REG` model whose TRANSFORM clause computes exactly the version's encoded
 * features (`feature-sql.ts`: stored means and standard deviations, one-hot levels, blanks at the mean), one
 * column per feature named `v<version>_…` (`featureColumnName`), so every BigQuery ML weight names one
 * PassCompass feature of one version, and `ML.WEIGHTS` can come back as a version (`bqml-weights.ts`). The label `failed` is 1 when the final grade G3 is below the pass mark; rows without a readable G3 are
 * left out. The add-on regularises by stopping gradient descent early, not by a penalty; BigQuery ML's `L2_REG`
 * (0 unless given) is the closest knob and is written out so it is a visible choice.
 */
import type { LogisticModel } from '../model/logistic';
import type { SqlDialect } from './dialect';
import { featureColumnName, numberOf, standardisedFeature } from './feature-sql';
import { floatLiteral, quoteIdentifier, quoteTablePath } from './literals';

export interface CreateModelOptions {
  readonly model: LogisticModel;
  /** The registered version whose inputs these are; it names the TRANSFORM's columns. */
  readonly version: number;
  /** The model to create: `project.dataset.model`. */
  readonly modelName: string;
  /** The training table, with the UCI columns and G3. */
  readonly table: string;
  /** A final grade below it is a fail. */
  readonly passMark: number;
  readonly l2Reg: number;
}

/** The encoded features as `expression AS f_name` select items, in model order. */
export function transformColumns(model: LogisticModel, version: number, dialect: SqlDialect): string[] {
  const names = new Set<string>();
  return model.encoding.features.map((feature) => {
    const name = featureColumnName(feature, version);
    if (names.has(name)) throw new RangeError(`Two features share the column name ${name}.`);
    names.add(name);
    return `${standardisedFeature(feature, dialect)} AS ${quoteIdentifier(name, dialect)}`;
  });
}

/** The CREATE MODEL statement (BigQuery only: BigQuery ML has no DuckDB counterpart). */
export function createModelSql(options: CreateModelOptions): string {
  const { model, version, modelName, table, passMark, l2Reg } = options;
  if (!(l2Reg >= 0) || !Number.isFinite(l2Reg)) throw new RangeError(`l2_reg must be ≥ 0, not ${l2Reg}.`);
  if (!Number.isInteger(version) || version < 1) throw new RangeError(`${version} is not a version number.`);
  const transforms = transformColumns(model, version, 'bigquery').map((item) => `  ${item},`);
  const g3 = numberOf('G3', 'bigquery');
  return [
    `CREATE OR REPLACE MODEL ${quoteTablePath(modelName, 'bigquery')}`,
    'TRANSFORM (',
    ...transforms,
    '  failed',
    ')',
    'OPTIONS (',
    "  MODEL_TYPE = 'LOGISTIC_REG',",
    "  INPUT_LABEL_COLS = ['failed'],",
    `  L2_REG = ${floatLiteral(l2Reg)}`,
    ')',
    'AS',
    `SELECT src.*, IF(${g3} < ${floatLiteral(passMark)}, 1, 0) AS failed`,
    `FROM ${quoteTablePath(table, 'bigquery')} AS src`,
    `WHERE ${g3} IS NOT NULL`,
  ].join('\n');
}
