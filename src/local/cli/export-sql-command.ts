/**
 * `passcompass export-sql --model scored.xlsx [--version N] [--table project.dataset.students] [--key column]
 * [--out scoring.sql] [--force] [--create-model project.dataset.model [--l2-reg x]]`: the standard-SQL (BigQuery) query that scores a warehouse table with the UCI
 * columns as the add-on scores a sheet (`core/sql/scoring-query.ts`), for a district whose students do not fit
 * in one spreadsheet. The version is the workbook's champion unless `--version` names another registered one;
 * its row must still match its checksum, as for promote. Tiers use the workbook's settings `highFrom` and
 * `mediumFrom` (the add-on's threshold rule; a capacity rule needs the whole roster and is not reproduced, which
 * is said on stderr). With `--create-model`, the output is instead BigQuery ML's CREATE MODEL on the same encoded
 * inputs, trained on `--table` (`core/sql/create-model.ts`). The workbook is only read. Errors for the user are CliErrors (see main.ts).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readModel } from '../../core/model/model-schema';
import { verifyChecksum } from '../../core/registry/integrity';
import { type ModelVersion, versionFromRow } from '../../core/registry/model-version';
import { parseSettings } from '../../core/settings';
import { sha256Hex } from '../../core/sha256';
import { createModelSql } from '../../core/sql/create-model';
import { scoringQuery } from '../../core/sql/scoring-query';
import { createRuntimeBase } from '../runtime';
import { championVersion } from './champion-version';
import { CliError, EXIT, InputError, UsageError } from './cli-errors';
import { readFlagArguments } from './flag-arguments';
import { readWorkbookFile } from './load-workbook';
import type { CliIo } from './main';
import { ownedSheet, savedOwnership } from './owned-sheets';
import { takePropertiesSheet } from './read-properties-sheet';
import { SETTINGS_KEY } from './setting-changes';

export interface ExportSqlOptions {
  model: string;
  version: number | null;
  table: string;
  key: string | null;
  output: string | null;
  force: boolean;
  /** `--create-model project.dataset.model`: print BigQuery ML's CREATE MODEL instead of the scoring query. */
  createModel: string | null;
  l2Reg: number;
}

const DEFAULT_TABLE = 'project.dataset.students';

/** Reads the arguments after `export-sql`. @throws UsageError. */
export function parseExportSqlArguments(argv: readonly string[]): ExportSqlOptions {
  const { valued, force } = readFlagArguments(argv, 'export-sql', [
    '--model',
    '--version',
    '--table',
    '--key',
    '--out',
    '--create-model',
    '--l2-reg',
  ]);
  const model = valued['--model'];
  if (!model) throw new UsageError('--model <scored.xlsx> is required.');
  let version: number | null = null;
  if (valued['--version'] !== undefined) {
    version = Number(valued['--version']);
    if (!Number.isInteger(version) || version < 1)
      throw new UsageError(`--version must be a version number (1, 2, …), not "${valued['--version']}".`);
  }
  const l2Reg = Number(valued['--l2-reg'] ?? 0);
  if (!(l2Reg >= 0) || !Number.isFinite(l2Reg))
    throw new UsageError(`--l2-reg must be a number of at least 0, not "${valued['--l2-reg']}".`);
  return {
    model,
    version,
    createModel: valued['--create-model'] ?? null,
    l2Reg,
    table: valued['--table'] ?? DEFAULT_TABLE,
    key: valued['--key'] ?? null,
    output: valued['--out'] ?? null,
    force,
  };
}

/** Runs `export-sql`: prints the query, or writes it to `--out` and says so. */
export async function exportSql(argv: readonly string[], io: CliIo): Promise<void> {
  const options = parseExportSqlArguments(argv);
  const path = resolve(io.cwd, options.model);
  if (!existsSync(path)) throw new InputError(`--model ${options.model} does not exist.`);
  const output = options.output === null ? null : resolve(io.cwd, options.output);
  if (output !== null && output === path)
    throw new UsageError(`--out ${options.output} is the --model workbook itself; choose another name.`);
  if (output !== null && existsSync(output) && !options.force)
    throw new InputError(`--out ${options.output} already exists; add --force to overwrite it.`);

  const spreadsheet = await readWorkbookFile(path, options.model, createRuntimeBase());
  const properties = takePropertiesSheet(spreadsheet, options.model);
  const record = savedOwnership(properties);
  const wanted = options.version ?? championVersion(spreadsheet, record);
  if (wanted === null) {
    throw new CliError(
      `${options.model} has no champion model version: give --version N, or train one with passcompass run first.`,
      EXIT.badInput,
    );
  }
  const version = registeredVersion(spreadsheet, record, wanted, options.model);
  try {
    verifyChecksum(version, sha256Hex);
  } catch (error) {
    throw new CliError(
      `Version ${wanted} in ${options.model} cannot be exported: ${(error as Error).message}`,
      EXIT.badInput,
    );
  }
  const model = readModel(version.modelJson);
  if (typeof model === 'string')
    throw new CliError(`The model JSON of version ${wanted} ${model}.`, EXIT.badInput);
  const { settings } = parseSettings(properties[SETTINGS_KEY] ?? null);
  if (settings.tierRule === 'capacity') {
    io.err(
      `Note: the workbook's tiers follow a capacity (${settings.capacity} High); the SQL scores row by row, so ` +
        `its tiers use the thresholds instead: High from ${settings.highFrom}, Medium from ${settings.mediumFrom}.`,
    );
  }
  let sql: string;
  try {
    sql = options.createModel
      ? createModelSql({
          model,
          version: wanted,
          modelName: options.createModel,
          table: options.table,
          passMark: settings.passMark,
          l2Reg: options.l2Reg,
        })
      : scoringQuery(
          {
            model,
            version: wanted,
            table: options.table,
            keyColumn: options.key,
            highFrom: settings.highFrom,
            mediumFrom: settings.mediumFrom,
          },
          'bigquery',
        );
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
  if (output === null) {
    io.out(sql);
    return;
  }
  writeFileSync(output, `${sql}\n`);
  const what = options.createModel ? 'the CREATE MODEL statement on the inputs' : 'the scoring query';
  io.out(`Wrote ${options.output}: ${what} of model version ${wanted} for ${options.table}.`);
}

/** Version `wanted` from the Versions sheet (the last valid row of that number). @throws CliError. */
function registeredVersion(
  spreadsheet: Parameters<typeof ownedSheet>[0],
  record: Parameters<typeof ownedSheet>[1],
  wanted: number,
  shown: string,
): ModelVersion {
  const sheet = ownedSheet(spreadsheet, record, 'Versions');
  const rows = sheet && sheet.getLastRow() >= 2 ? sheet.getDataRange().getValues().slice(1) : [];
  const found = rows
    .map((row) => versionFromRow(row))
    .filter((v): v is ModelVersion => 'modelJson' in v && v.version === wanted);
  const version = found[found.length - 1];
  if (!version) throw new CliError(`${shown} has no registered model version ${wanted}.`, EXIT.badInput);
  return version;
}
