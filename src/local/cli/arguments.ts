/**
 * Reads the offline runner's command line: `run --in <file> --out <file> [--force] [--retrain] [--yes]
 * [--set key=value]...`, `score --in <file> --model <file> --out <file> [--force] [--yes]`,
 * `check --in <file> --model <file> --out <file> [--force]`, or `--help`. Written by
 * hand rather than with `util.parseArgs` so that every mistake gets a short message in the runner's own words,
 * followed by the usage text.
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

/** `check`: the monitoring check of a roster against the champion of a workbook `run` saved. */
export interface CheckOptions {
  /** The roster to check, as given. */
  input: string;
  /** The workbook holding the champion model, its log, settings and earlier checks. */
  model: string;
  /** The report: the model workbook with the roster and the check added. */
  output: string;
  force: boolean;
}

/** `score`: a roster scored with the champion of another workbook, without training. */
export type ScoreOptions = CheckOptions & { yes: boolean };

/** `promote` and `rollback`: the champion moved, as the menu moves it, with the reason asked for. */
export type AliasOptions = AliasFields & ({ kind: 'promote' } | { kind: 'rollback' });

interface AliasFields {
  model: string;
  output: string;
  force: boolean;
  /** The answer to the add-on's "Why?", kept in the Aliases history. */
  reason: string;
}

/** The three setups of Cortez and Silva (2008): C early term, B mid-term with G1, A with G1 and G2. */
export type Setup = 'A' | 'B' | 'C';

/** `evaluate`: repeated cross-validation of the add-on's training on a roster (or the UCI files). */
export interface EvaluateOptions {
  /** The roster, as given; null for the vendored UCI files. */
  data: string | null;
  setups: Setup[];
  folds: number;
  repeats: number;
  seed: number;
  capacity: number;
  passMark: number;
  json: boolean;
  /** Also measure Platt and isotonic corrections, fitted in nested cross-validation. */
  calibration: boolean;
  /** Also report how the High tier treats groups of students (sex, address, school, parents' education, course). */
  equity: boolean;
  /** Leave out students with a final grade of 0 (most likely students who left the course). */
  withoutDropouts: boolean;
}

export type CliCommand =
  | { kind: 'help' }
  | ({ kind: 'evaluate' } & EvaluateOptions)
  | AliasOptions
  | ({ kind: 'run' } & RunOptions)
  | ({ kind: 'score' } & ScoreOptions)
  | ({ kind: 'check' } & CheckOptions);

const COMMANDS = ['run', 'score', 'check', 'promote', 'rollback', 'evaluate'] as const;
type CommandName = (typeof COMMANDS)[number];

/** What each command accepts: flags without a value, options naming a file, and whether `--set` is allowed. */
const GRAMMAR = {
  run: {
    flags: { '--force': 'force', '--retrain': 'retrain', '--yes': 'yes' },
    valued: { '--in': 'input', '--out': 'output' },
    set: true,
    files: '--in and --out',
  },
  score: {
    flags: { '--force': 'force', '--yes': 'yes' },
    valued: { '--in': 'input', '--model': 'model', '--out': 'output' },
    set: false,
    files: '--in, --model and --out',
  },
  check: {
    flags: { '--force': 'force' },
    valued: { '--in': 'input', '--model': 'model', '--out': 'output' },
    set: false,
    files: '--in, --model and --out',
  },
  promote: {
    flags: { '--force': 'force' },
    valued: { '--model': 'model', '--out': 'output', '--reason': 'reason' },
    set: false,
    files: '--model and --out',
  },
  rollback: {
    flags: { '--force': 'force' },
    valued: { '--model': 'model', '--out': 'output', '--reason': 'reason' },
    set: false,
    files: '--model and --out',
  },
  evaluate: {
    flags: {
      '--json': 'json',
      '--calibration': 'calibration',
      '--equity': 'equity',
      '--without-dropouts': 'withoutDropouts',
    },
    valued: {
      '--data': 'data',
      '--setup': 'setup',
      '--moment': 'moment',
      '--folds': 'folds',
      '--repeats': 'repeats',
      '--seed': 'seed',
      '--capacity': 'capacity',
      '--pass-mark': 'passMark',
    },
    set: false,
    files: '--data',
  },
} as const satisfies Record<
  CommandName,
  { flags: Record<string, string>; valued: Record<string, string>; set: boolean; files: string }
>;
const SET = '--set';

/** Parses `argv` (without `node` and the script). @throws UsageError for anything it cannot read. */
export function parseArguments(argv: readonly string[]): CliCommand {
  if (argv.some((arg) => arg === '--help' || arg === '-h') || argv[0] === 'help') return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('No command given.');
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(
      `Unknown command "${command}" (the commands are "run", "score", "check", "promote", "rollback" and "evaluate").`,
    );
  }
  const name = command as CommandName;
  const { values, flags, settings } = readOptions(name, rest);
  if (name === 'evaluate') return evaluateOptions(values, flags);
  if (name === 'promote' || name === 'rollback') {
    if (!values['model']) throw new UsageError('--model <workbook.xlsx> is required.');
    if (!values['output']) throw new UsageError('--out <new.xlsx> is required.');
    if (!values['reason']?.trim())
      throw new UsageError('--reason "<why>" is required (kept in the Aliases history).');
    const { model, output, reason } = values;
    return { kind: name, model, output, force: flags.has('force'), reason };
  }
  if (!values['input']) throw new UsageError('--in <roster.xlsx|roster.csv> is required.');
  if (name === 'run') {
    if (!values['output']) throw new UsageError('--out <scored.xlsx> is required.');
    return {
      kind: 'run',
      input: values['input'],
      output: values['output'],
      force: flags.has('force'),
      retrain: flags.has('retrain'),
      yes: flags.has('yes'),
      settings,
    };
  }
  if (!values['model']) throw new UsageError('--model <scored.xlsx> is required.');
  if (name === 'score') {
    if (!values['output']) throw new UsageError('--out <scored.xlsx> is required.');
    return {
      kind: 'score',
      input: values['input'],
      model: values['model'],
      output: values['output'],
      force: flags.has('force'),
      yes: flags.has('yes'),
    };
  }
  if (!values['output']) throw new UsageError('--out <report.xlsx> is required.');
  return {
    kind: 'check',
    input: values['input'],
    model: values['model'],
    output: values['output'],
    force: flags.has('force'),
  };
}

/** What an option without its value lacks, for options that do not name a file. */
const VALUE_WORDS: Readonly<Record<string, string>> = {
  '--reason': 'a reason',
  '--setup': 'A, B or C',
  '--moment': 'early or mid',
  '--folds': 'a number',
  '--repeats': 'a number',
  '--seed': 'a number',
  '--capacity': 'a number',
  '--pass-mark': 'a number',
};

/** A whole number in [min, max] for `option`, or its default when not given. */
function wholeNumber(
  values: Record<string, string>,
  field: string,
  option: string,
  range: [number, number, number],
) {
  const [min, max, fallback] = range;
  const given = values[field];
  if (given === undefined) return fallback;
  const value = /^\d+$/.test(given) ? Number(given) : Number.NaN;
  if (!(value >= min && value <= max))
    throw new UsageError(`${option} must be a whole number from ${min} to ${max}, not "${given}".`);
  return value;
}

function evaluateOptions(
  values: Record<string, string>,
  flags: Set<string>,
): { kind: 'evaluate' } & EvaluateOptions {
  if (values['setup'] !== undefined && values['moment'] !== undefined)
    throw new UsageError('Give --setup or --moment, not both.');
  let setups: Setup[] = ['C', 'B', 'A'];
  if (values['setup'] !== undefined) {
    const setup = values['setup'].toUpperCase();
    if (setup !== 'A' && setup !== 'B' && setup !== 'C')
      throw new UsageError(`--setup must be A, B or C, not "${values['setup']}".`);
    setups = [setup];
  }
  if (values['moment'] !== undefined) {
    const moment = values['moment'].toLowerCase();
    if (moment !== 'early' && moment !== 'mid')
      throw new UsageError(`--moment must be early or mid, not "${values['moment']}".`);
    setups = [moment === 'early' ? 'C' : 'A'];
  }
  return {
    kind: 'evaluate',
    data: values['data'] ?? null,
    setups,
    folds: wholeNumber(values, 'folds', '--folds', [2, 20, 10]),
    repeats: wholeNumber(values, 'repeats', '--repeats', [1, 100, 20]),
    seed: wholeNumber(values, 'seed', '--seed', [0, 2 ** 31 - 1, 1000]),
    capacity: wholeNumber(values, 'capacity', '--capacity', [1, 100_000, 25]),
    passMark: wholeNumber(values, 'passMark', '--pass-mark', [1, 20, 10]),
    json: flags.has('json'),
    calibration: flags.has('calibration'),
    equity: flags.has('equity'),
    withoutDropouts: flags.has('withoutDropouts'),
  };
}

/** The options after the command: file names by field, flags set, and `--set` changes in order. */
function readOptions(command: CommandName, rest: readonly string[]) {
  const grammar = GRAMMAR[command];
  const flagsOf: Readonly<Record<string, string>> = grammar.flags;
  const valuedOf: Readonly<Record<string, string>> = grammar.valued;
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const settings: SettingChange[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === SET && grammar.set) {
      // Repeatable, unlike every other option; parseSettingChange refuses the same setting twice.
      settings.push(parseSettingChange(eq > 0 ? arg.slice(eq + 1) : rest[(i += 1)], settings));
      continue;
    }
    if (seen.has(name)) throw new UsageError(`${name} is given twice.`);
    seen.add(name);
    const flag = flagsOf[name];
    const field = valuedOf[name];
    if (flag !== undefined) {
      if (eq > 0) throw new UsageError(`${name} takes no value.`);
      flags.add(flag);
    } else if (field !== undefined) {
      const value = eq > 0 ? arg.slice(eq + 1) : rest[(i += 1)];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
        throw new UsageError(`${name} needs ${VALUE_WORDS[name] ?? 'a file name'}.`);
      }
      values[field] = value;
    } else if (arg.startsWith('-'))
      throw new UsageError(`Unknown option ${name}${forCommand(command, name)}.`);
    else throw new UsageError(`Unexpected argument "${arg}" (give files with ${grammar.files}).`);
  }
  return { values, flags, settings };
}

/** ` (an option of run, not check)` for an option another command has; empty otherwise. */
function forCommand(command: CommandName, name: string): string {
  const others = COMMANDS.filter((c) => c !== command).filter((other) => {
    const grammar = GRAMMAR[other];
    return name in grammar.flags || name in grammar.valued || (name === SET && grammar.set);
  });
  if (others.length === 0) return '';
  const list = others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} and ${others.at(-1)}`;
  return ` (an option of ${list}, not ${command})`;
}
