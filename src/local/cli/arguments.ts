/**
 * Reads the offline runner's command line: `run --in <file> --out <file> [--force] [--retrain] [--yes]
 * [--set key=value]...`, or `--help`. Written by hand rather than with `util.parseArgs` so that every mistake gets a short message in the
 * runner's own words, followed by the usage text.
 */
import { UsageError } from './cli-errors';
import { type SettingChange, parseSettingChange } from './setting-changes';

export interface RunOptions {
  /** The roster file, as given (resolved later, against the working directory). */
  input: string;
  output: string;
  force: boolean;
  retrain: boolean;
  /** Answer Yes to the add-on's yes/no questions instead of No. */
  yes: boolean;
  /** `--set key=value` changes to the settings, in the order given (each key at most once). */
  settings: SettingChange[];
}

export type CliCommand = { kind: 'help' } | ({ kind: 'run' } & RunOptions);

const FLAGS = { '--force': 'force', '--retrain': 'retrain', '--yes': 'yes' } as const;
const VALUED = { '--in': 'input', '--out': 'output' } as const;
const SET = '--set';

/** Parses `argv` (without `node` and the script). @throws UsageError for anything it cannot read. */
export function parseArguments(argv: readonly string[]): CliCommand {
  if (argv.some((arg) => arg === '--help' || arg === '-h') || argv[0] === 'help') return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('No command given.');
  if (command !== 'run') throw new UsageError(`Unknown command "${command}" (the only command is "run").`);

  const options: RunOptions = {
    input: '',
    output: '',
    force: false,
    retrain: false,
    yes: false,
    settings: [],
  };
  const seen = new Set<string>();
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === SET) {
      // Repeatable, unlike every other option; parseSettingChange refuses the same setting twice.
      options.settings.push(
        parseSettingChange(eq > 0 ? arg.slice(eq + 1) : rest[(i += 1)], options.settings),
      );
      continue;
    }
    if (seen.has(name)) throw new UsageError(`${name} is given twice.`);
    seen.add(name);
    if (name in FLAGS) {
      if (eq > 0) throw new UsageError(`${name} takes no value.`);
      options[FLAGS[name as keyof typeof FLAGS]] = true;
    } else if (name in VALUED) {
      const value = eq > 0 ? arg.slice(eq + 1) : rest[(i += 1)];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
        throw new UsageError(`${name} needs a file name.`);
      }
      options[VALUED[name as keyof typeof VALUED]] = value;
    } else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${name}.`);
    else throw new UsageError(`Unexpected argument "${arg}" (give files with --in and --out).`);
  }
  if (!options.input) throw new UsageError('--in <roster.xlsx|roster.csv> is required.');
  if (!options.output) throw new UsageError('--out <scored.xlsx> is required.');
  return { kind: 'run', ...options };
}
