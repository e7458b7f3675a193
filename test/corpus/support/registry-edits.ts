/**
 * Edits a person may make by hand to PassCompass's registry (Versions, Aliases), its other sheets, its
 * Inference log and its Students columns, after a first training and scoring.
 */
import fc from 'fast-check';
import { ALIAS_HEADER } from '../../../src/core/registry/aliases';
import { VERSION_HEADER } from '../../../src/core/registry/model-version';
import { OWN_HEADERS } from '../../../src/jobs/score/score-students';
import { type Cell, type CellRecipe, oddCell } from './cells';

/** An edit a person may make to PassCompass's registry, log or columns after a first training and scoring. */
export type RegistryEdit =
  | { edit: 'versionCell'; row: number; column: (typeof VERSION_HEADER)[number]; value: VersionValue }
  | { edit: 'secondChampion'; version: number }
  | { edit: 'deleteVersionRow' }
  | { edit: 'aliasCell'; row: number; column: (typeof ALIAS_HEADER)[number]; value: CellRecipe }
  | { edit: 'aliasRow'; alias: string; from: Cell; to: Cell; by: string }
  | { edit: 'clearSheet'; sheet: 'Versions' | 'Aliases' | 'Experiments' | 'Inference log' | 'Monitoring' }
  | {
      edit: 'deleteSheet';
      sheet: 'Versions' | 'Aliases' | 'Experiments' | 'Inference log' | 'Monitoring' | 'Summary';
    }
  | { edit: 'renameSheet'; sheet: 'Versions' | 'Aliases' | 'Summary'; to: string }
  | { edit: 'ownColumnCell'; header: string; row: number; value: CellRecipe }
  | { edit: 'ownColumnHeader'; header: string; to: string }
  | { edit: 'deleteOwnColumn'; header: string }
  | { edit: 'logCell'; row: number; column: number; value: CellRecipe };

/**
 * A new value for a Versions cell: an odd cell; JSON that is almost right; or the cell as it was with one number
 * in it changed (`tweak`), its checksum then left (`none`), recomputed over the whole row (`full`), or set to
 * the SHA-256 of the model JSON as an earlier PassCompass wrote it (`legacy`), so that only the field-by-field
 * checks can catch the edit.
 */
export type VersionValue =
  { cell: CellRecipe } | { json: string } | { tweak: true; checksum: 'none' | 'full' | 'legacy' };

const versionValue: fc.Arbitrary<VersionValue> = fc.oneof(
  { weight: 3, arbitrary: oddCell.map((cell): VersionValue => ({ cell })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        '{}',
        'null',
        '[]',
        '{"byShare": [0.1,',
        '{"intercept": ',
        '"text"',
        '{"kind":"logistic-regression"}',
        '1e999',
      )
      .map((json): VersionValue => ({ json })),
  },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom('none' as const, 'full' as const, 'legacy' as const)
      .map((checksum): VersionValue => ({ tweak: true, checksum })),
  },
);

const OWN_COLUMN = fc.constantFrom(...OWN_HEADERS);

export const registryEdit: fc.Arbitrary<RegistryEdit> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      edit: fc.constant('versionCell' as const),
      row: fc.integer({ min: 2, max: 3 }),
      column: fc.constantFrom(...VERSION_HEADER),
      value: versionValue,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ edit: fc.constant('secondChampion' as const), version: fc.constantFrom(1, 2, 7) }),
  },
  { weight: 1, arbitrary: fc.constant({ edit: 'deleteVersionRow' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      edit: fc.constant('aliasCell' as const),
      row: fc.integer({ min: 2, max: 3 }),
      column: fc.constantFrom(...ALIAS_HEADER),
      value: fc.oneof(
        oddCell,
        fc.constantFrom<CellRecipe>(
          { typed: 'champion' },
          { typed: 'challenger' },
          { number: 2 },
          { number: 99 },
        ),
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      edit: fc.constant('aliasRow' as const),
      alias: fc.constantFrom('champion', 'challenger', 'boss', 'Champion'),
      from: fc.constantFrom<Cell>('', 1, 2, 'one'),
      to: fc.constantFrom<Cell>('', 1, 2, 7, -1, 1.5, 'two'),
      by: fc.constantFrom('promote', 'roll back', 'set by training', 'training gate', 'magic'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      edit: fc.constant('clearSheet' as const),
      sheet: fc.constantFrom(
        'Versions' as const,
        'Aliases' as const,
        'Experiments' as const,
        'Inference log' as const,
        'Monitoring' as const,
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      edit: fc.constant('deleteSheet' as const),
      sheet: fc.constantFrom(
        'Versions' as const,
        'Aliases' as const,
        'Experiments' as const,
        'Inference log' as const,
        'Monitoring' as const,
        'Summary' as const,
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      edit: fc.constant('renameSheet' as const),
      sheet: fc.constantFrom('Versions' as const, 'Aliases' as const, 'Summary' as const),
      to: fc.constantFrom('Old versions', 'Aliases (PassCompass)', 'Summary 2', 'versions '),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      edit: fc.constant('ownColumnCell' as const),
      header: OWN_COLUMN,
      row: fc.integer({ min: 2, max: 81 }),
      value: oddCell,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      edit: fc.constant('ownColumnHeader' as const),
      header: OWN_COLUMN,
      to: fc.constantFrom('tier', 'My tier', '', 'Risk of failing (PassCompass)', 'Scored at '),
    }),
  },
  { weight: 1, arbitrary: fc.record({ edit: fc.constant('deleteOwnColumn' as const), header: OWN_COLUMN }) },
  {
    weight: 1,
    arbitrary: fc.record({
      edit: fc.constant('logCell' as const),
      row: fc.integer({ min: 1, max: 81 }),
      column: fc.integer({ min: 1, max: 7 }),
      value: oddCell,
    }),
  },
);
