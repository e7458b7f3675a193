/**
 * The name a mutation run on chosen files goes by (scripts/mutation.ts): its sandbox `.stryker-tmp/<name>`, its
 * incremental file and its reports. Short lists read as the files they mutate; a long one is shortened, since
 * many files joined would pass the file system's 255-byte limit on a name (ENAMETOOLONG when Stryker makes the
 * sandbox).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

/** Joined names longer than this are shortened. */
export const LONGEST_RUN_NAME = 80;

/**
 * `src/core/model/folds.ts` → `core-model-folds`, a folder's glob `src/core/drift/**\/*.ts` → `core-drift`,
 * several joined by `+`. Past `LONGEST_RUN_NAME` characters: the first file's name, how many others, and a hash of
 * the whole list, so the same files always get the same name and a rerun finds its incremental file.
 */
export function mutationRunName(files: readonly string[]): string {
  const names = files.map((file) =>
    path
      .relative('src', path.normalize(file.replace(/\/\*\*\/\*\.ts$/, '')))
      .replace(/\.ts$/, '')
      .replace(/[\\/]/g, '-'),
  );
  const joined = names.join('+');
  if (joined.length <= LONGEST_RUN_NAME) return joined;
  const hash = createHash('sha256').update(joined).digest('hex').slice(0, 8);
  return `${names[0]}+${names.length - 1}-more-${hash}`;
}
