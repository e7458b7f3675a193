/**
 * The arguments of the commands that take only `--name value` options and `--force` (`export-sql`,
 * `import-bqml`): each option at most once, each with a value that is not itself an option.
 */
import { UsageError } from './cli-errors';

export interface FlagArguments {
  /** Each option given, by its name with the dashes (`--model`). */
  readonly valued: Readonly<Record<string, string>>;
  readonly force: boolean;
}

/** Reads `argv` (after the command's name). @throws UsageError naming the argument at fault. */
export function readFlagArguments(
  argv: readonly string[],
  command: string,
  options: readonly string[],
): FlagArguments {
  const valued: Record<string, string> = {};
  let force = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--force') {
      force = true;
      continue;
    }
    if (!options.includes(arg)) throw new UsageError(`${command} does not take "${arg}".`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
    if (valued[arg] !== undefined) throw new UsageError(`${arg} is given twice.`);
    valued[arg] = value;
    i += 1;
  }
  return { valued, force };
}
