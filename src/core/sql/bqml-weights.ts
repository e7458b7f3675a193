/**
 * BigQuery ML's weights, brought back as a PassCompass model. A district trains with the `CREATE MODEL` that
 * `export-sql --create-model` writes from version N (`create-model.ts`): its TRANSFORM computes version N's
 * encoded features as columns named `vN_<feature>`, so the rows of `ML.WEIGHTS` name, one by one, the features
 * of version N and nothing else, plus `__INTERCEPT__`. `ML.WEIGHTS` is read with its default
 * `standardize = FALSE`: the weights then apply to the TRANSFORM's columns as they are, which are already
 * standardised with version N's stored means and deviations, i.e. exactly PassCompass's coefficients.
 *
 * What is accepted is what BigQuery gives a person to copy: the JSON of `bq query --format=json` (or
 * `prettyjson`, or one object per line), where numbers may come as text, and CSV or tab-separated text with a
 * header (`bq --format=csv`, the console's "Save results", or a copy of the results grid). JSON survives the
 * add-on's one-line question, which drops line breaks; CSV needs them, so it comes through the offline runner,
 * which reads a file. Every problem names the row and the column. The model is `P(failed = 1)`, the label the CREATE MODEL defines as G3 below the pass
 * mark; a model whose weights turned out the other way round ranks failing students last, and the import's
 * usefulness check refuses it (`jobs/import-weights.ts`).
 */
import { parseCsv } from '../data/csv';
import { DataError } from '../errors';
import type { ImportedOrigin, LogisticModel } from '../model/logistic';
import { featureColumnName } from './feature-sql';

/** The `processed_input` of the intercept in `ML.WEIGHTS`. */
export const INTERCEPT_INPUT = '__INTERCEPT__';

/** One row of `ML.WEIGHTS` as pasted: its 1-based position in what was pasted, for messages. */
export interface WeightRow {
  readonly at: string;
  readonly input: string;
  readonly weight: number;
}

/** The weights, with the version whose inputs they were fitted on (from the `vN_` prefix). */
export interface BigQueryWeights {
  readonly version: number;
  readonly intercept: number;
  /** Weight by TRANSFORM column name (`v3_age`). */
  readonly weights: ReadonlyMap<string, number>;
}

/** The text is too long to be the weights of a PassCompass model (a few hundred rows at most). */
const MAX_CHARACTERS = 200_000;

type Fields = Record<string, unknown>;

/** `text` as rows of fields: JSON (an array, or one object per line) when it starts with `[` or `{`, else CSV. */
export function recordsOf(text: string): { rows: Fields[]; where: (i: number) => string } {
  const trimmed = text.trim();
  if (trimmed === '') throw new DataError('Nothing was pasted: paste the result of ML.WEIGHTS.');
  if (trimmed.length > MAX_CHARACTERS)
    throw new DataError(`The text is ${trimmed.length} characters, too long to be the weights of one model.`);
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) return jsonRecords(trimmed);
  const separator = trimmed.split(/\r?\n/, 1)[0]?.includes('\t') ? '\t' : ',';
  let parsed;
  try {
    parsed = parseCsv(trimmed, separator);
  } catch (error) {
    throw new DataError(`The pasted text is not CSV that can be read: ${(error as Error).message}`);
  }
  const header = parsed.header.map((h) => h.trim());
  return {
    rows: parsed.rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]]))),
    // Line 1 is the header.
    where: (i) => `line ${i + 2}`,
  };
}

function jsonRecords(text: string): { rows: Fields[]; where: (i: number) => string } {
  let values: unknown[];
  try {
    // One object per line may arrive with its line breaks gone (a one-line field strips them): `}{` between
    // objects is where the lines were. No field of ML.WEIGHTS holds a brace, so the split is safe.
    const parsed: unknown = JSON.parse(text.startsWith('[') ? text : `[${text.replace(/\}\s*\{/g, '},{')}]`);
    // Stryker disable next-line ArrayDeclaration: the text starts with `[` or is wrapped in `[…]`, so JSON.parse gives an array or throws
    values = Array.isArray(parsed) ? parsed : [parsed];
  } catch (error) {
    throw new DataError(`The pasted text is not valid JSON: ${(error as Error).message}`);
  }
  values.forEach((value, i) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new DataError(
        `Row ${i + 1} of the pasted JSON is not an object with processed_input and weight.`,
      );
  });
  return { rows: values as Fields[], where: (i) => `row ${i + 1}` };
}

/** A weight as BigQuery writes it: a number, or a number as text. */
function weightOf(value: unknown, where: string, input: string): number {
  // Stryker disable next-line MethodExpression: Number() strips the same whitespace as trim()
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  if ((typeof value === 'string' && value.trim() === '') || !Number.isFinite(number))
    throw new DataError(
      `${where}, "weight" of ${input}: ${value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? 'is blank' : `${JSON.stringify(value)} is not a number`}.`,
    );
  return number;
}

/** True when the category weights cell is empty: JSON `null` or `[]`, CSV blank or `[]`. */
function noCategories(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'string' && ['', '[]', 'null'].includes(value.trim());
}

/** The rows of `ML.WEIGHTS` in `text`. @throws DataError naming the row and column of the first problem. */
export function readWeightRows(text: string): WeightRow[] {
  const { rows, where } = recordsOf(text);
  if (rows.length === 0) throw new DataError('The pasted text has a header but no weights.');
  if (!rows.some((row) => 'processed_input' in row) || !rows.some((row) => 'weight' in row))
    throw new DataError(
      'The pasted text has no "processed_input" and "weight" columns: paste the result of ' +
        'SELECT * FROM ML.WEIGHTS(MODEL …), with its header.',
    );
  const trials = new Set(rows.map((row) => row['trial_id']).filter((t) => t !== undefined && t !== ''));
  if (trials.size > 1)
    throw new DataError(
      `The weights are of ${trials.size} hyperparameter trials; keep one (WHERE trial_id = …) and paste again.`,
    );
  return rows.map((row, i) => {
    const at = where(i);
    if (row['class_label'] !== undefined && row['class_label'] !== null && row['class_label'] !== '')
      throw new DataError(
        `${at} has a "class_label": that is a multiclass model, not the one PassCompass wrote.`,
      );
    const input = typeof row['processed_input'] === 'string' ? row['processed_input'].trim() : '';
    if (input === '') throw new DataError(`${at}, "processed_input" is blank.`);
    if (!noCategories(row['category_weights']))
      throw new DataError(
        `${at}, "category_weights" of ${input} is not empty: the input was one-hot encoded by BigQuery ML, so ` +
          'the model was not trained with the TRANSFORM that export-sql --create-model writes.',
      );
    return { at, input, weight: weightOf(row['weight'], at, input) };
  });
}

/**
 * The weights in `text`, checked: one intercept, every other input named `vN_…` with one and the same N, no
 * input twice. @throws DataError.
 */
export function readBigQueryWeights(text: string): BigQueryWeights {
  const rows = readWeightRows(text);
  const intercepts = rows.filter((row) => row.input === INTERCEPT_INPUT);
  if (intercepts.length !== 1)
    throw new DataError(
      intercepts.length === 0
        ? `There is no ${INTERCEPT_INPUT} row: paste every row of ML.WEIGHTS.`
        : `${INTERCEPT_INPUT} is there ${intercepts.length} times (${intercepts.map((r) => r.at).join(', ')}).`,
    );
  const weights = new Map<string, number>();
  let version: number | null = null;
  for (const row of rows) {
    if (row.input === INTERCEPT_INPUT) continue;
    const prefix = /^v([1-9][0-9]*)_./.exec(row.input);
    if (!prefix)
      throw new DataError(
        `${row.at}, "processed_input" ${JSON.stringify(row.input)} is not a PassCompass input (vN_…): the model ` +
          'was not trained with the TRANSFORM that export-sql --create-model writes.',
      );
    const of = Number(prefix[1]);
    if (version !== null && of !== version)
      throw new DataError(
        `${row.at}, "processed_input" ${row.input} is an input of version ${of}, the rows before it of version ${version}.`,
      );
    version = of;
    if (weights.has(row.input))
      throw new DataError(`${row.at}, "processed_input" ${row.input} is there twice.`);
    weights.set(row.input, row.weight);
  }
  if (version === null) throw new DataError('The weights have an intercept but no inputs.');
  return { version, intercept: (intercepts[0] as WeightRow).weight, weights };
}

/**
 * Version `weights.version`'s model (`source`) with BigQuery ML's intercept and coefficients: the same encoding,
 * so it reads a roster exactly as that version does. `measuredOn` is the labelled rows the import measures it on
 * (its `training.rows` and `failures`: no gradient step of PassCompass's made it, so steps and rates are 0).
 * @throws DataError when a feature has no weight or a weight belongs to no feature.
 */
export function importedModel(
  source: LogisticModel,
  weights: BigQueryWeights,
  measuredOn: { rows: number; failures: number },
): LogisticModel {
  const byColumn = new Map(
    source.encoding.features.map((f) => [featureColumnName(f, weights.version), f.name]),
  );
  const unknown = [...weights.weights.keys()].filter((column) => !byColumn.has(column));
  if (unknown.length > 0)
    throw new DataError(
      `Version ${weights.version} has no input ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}: ` +
        'were these weights made with another workbook?',
    );
  const missing = [...byColumn.keys()].filter((column) => !weights.weights.has(column));
  if (missing.length > 0)
    throw new DataError(
      `The weights have no row for ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}, ` +
        `inputs of version ${weights.version}: paste every row of ML.WEIGHTS.`,
    );
  const coefficients: Record<string, number> = {};
  for (const [column, name] of byColumn) coefficients[name] = weights.weights.get(column) as number;
  const origin: ImportedOrigin = { from: 'BigQuery ML', inputsOf: weights.version };
  return {
    ...source,
    intercept: weights.intercept,
    coefficients,
    training: { steps: 0, learningRate: 0, appliedRate: 0, ...measuredOn },
    origin,
  };
}
