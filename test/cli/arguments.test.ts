/** The offline runner's command line: what it accepts, and the message and exit code for what it does not. */
import { parseArguments } from '../../src/local/cli/arguments';
import { UsageError } from '../../src/local/cli/cli-errors';
import { USAGE } from '../../src/local/cli/usage';
import { passcompass } from './support';

const usageMessage = (argv: string[]) => {
  try {
    parseArguments(argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
};

const SET_NEEDS = '--set needs a setting and its value, e.g. --set capacity=40.';

describe('parseArguments', () => {
  it.each([[['--help']], [['-h']], [['help']], [['run', '--in', 'a.csv', '--help']]])(
    'reads %j as a request for help',
    (argv) => expect(parseArguments(argv)).toEqual({ kind: 'help' }),
  );

  it('reads a run with every option, in any order and in both --name value and --name=value forms', () => {
    expect(parseArguments(['run', '--yes', '--out=b.xlsx', '--retrain', '--in', 'a.csv', '--force'])).toEqual(
      {
        kind: 'run',
        input: 'a.csv',
        output: 'b.xlsx',
        force: true,
        retrain: true,
        yes: true,
        settings: [],
      },
    );
    expect(parseArguments(['run', '--in', 'a.xlsx', '--out', 'b.xlsx'])).toMatchObject({
      force: false,
      retrain: false,
      yes: false,
    });
  });

  it('reads a score: a roster, the model workbook, the output, and --force and --yes', () => {
    expect(
      parseArguments(['score', '--yes', '--in', 'term.csv', '--model=last-year.xlsx', '--out', 's.xlsx']),
    ).toEqual({
      kind: 'score',
      input: 'term.csv',
      model: 'last-year.xlsx',
      output: 's.xlsx',
      force: false,
      yes: true,
    });
  });

  it('reads --set key=value, repeated, with numbers as numbers and anything else as text', () => {
    const argv = ['run', '--in', 'a.csv', '--out', 'b.xlsx', '--set', 'capacity=40', '--set=mode=early'];
    const more = ['--set', 'passMark= 9.5 ', '--set', 'tierRule=', '--set', 'seed=1e3', '--set', 'x=a=b'];
    expect(parseArguments([...argv, ...more])).toMatchObject({
      settings: [
        { key: 'capacity', value: 40 },
        { key: 'mode', value: 'early' },
        { key: 'passMark', value: 9.5 },
        { key: 'tierRule', value: '' },
        { key: 'seed', value: 1000 },
        { key: 'x', value: 'a=b' },
      ],
    });
  });

  it.each([
    [[], 'No command given.'],
    [
      ['grade', '--in', 'a.csv'],
      'Unknown command "grade" (the commands are "run", "score", "check", "promote", "rollback" and "evaluate").',
    ],
    [['score', '--in', 'a.csv'], '--model <scored.xlsx> is required.'],
    [['score', '--in', 'a.csv', '--model', 'm.xlsx'], '--out <scored.xlsx> is required.'],
    [
      ['score', '--in', 'a.csv', '--model', 'm.xlsx', '--out', 's.xlsx', '--retrain'],
      'Unknown option --retrain (an option of run, not score).',
    ],
    [['run', '--out', 'b.xlsx'], '--in <roster.xlsx|roster.csv> is required.'],
    [['run', '--in', 'a.csv'], '--out <scored.xlsx> is required.'],
    [['run', '--out', 'b.xlsx', '--in'], '--in needs a file name.'],
    [['run', '--in', '--out', 'b.xlsx'], '--in needs a file name.'],
    [['run', '--in=', '--out', 'b.xlsx'], '--in needs a file name.'],
    [['run', '--in', 'a.csv', '--in', 'b.csv', '--out', 'c.xlsx'], '--in is given twice.'],
    [['run', '--in', 'a.csv', '--out', 'b.xlsx', '--verbose'], 'Unknown option --verbose.'],
    [['run', '--in', 'a.csv', '--out', 'b.xlsx', '--force=no'], '--force takes no value.'],
    [['run', 'a.csv', 'b.xlsx'], 'Unexpected argument "a.csv" (give files with --in and --out).'],
    [['run', '--in', 'a.csv', '--out', 'b.xlsx', '--set'], SET_NEEDS],
    [['run', '--in', 'a.csv', '--set', '--out', 'b.xlsx'], SET_NEEDS],
    [['run', '--in', 'a.csv', '--out', 'b.xlsx', '--set', 'capacity'], SET_NEEDS],
    [['run', '--in', 'a.csv', '--out', 'b.xlsx', '--set', '=40'], SET_NEEDS],
    [
      ['run', '--in', 'a.csv', '--out', 'b.xlsx', '--set', 'seed=1', '--set=seed=2'],
      '--set seed is given twice.',
    ],
    [['check', '--model', 'm.xlsx', '--out', 'r.xlsx'], '--in <roster.xlsx|roster.csv> is required.'],
    [['check', '--in', 'a.csv', '--out', 'r.xlsx'], '--model <scored.xlsx> is required.'],
    [['check', '--in', 'a.csv', '--model', 'm.xlsx'], '--out <report.xlsx> is required.'],
    [
      ['check', '--in', 'a.csv', '--model', 'm.xlsx', '--out', 'r.xlsx', '--retrain'],
      'Unknown option --retrain (an option of run, not check).',
    ],
    [
      ['check', '--in', 'a.csv', '--model', 'm.xlsx', '--out', 'r.xlsx', '--set', 'capacity=4'],
      'Unknown option --set (an option of run, not check).',
    ],
    [
      ['run', '--in', 'a.csv', '--model', 'm.xlsx', '--out', 'r.xlsx'],
      'Unknown option --model (an option of score, check, promote and rollback, not run).',
    ],
    [['check', 'a.csv'], 'Unexpected argument "a.csv" (give files with --in, --model and --out).'],
  ])('rejects %j: %s', (argv, message) => expect(usageMessage(argv)).toBe(message));

  it('reads a check, in both --name value and --name=value forms', () => {
    expect(
      parseArguments(['check', '--model=m.xlsx', '--in', 'a.csv', '--out', 'r.xlsx', '--force']),
    ).toEqual({
      kind: 'check',
      input: 'a.csv',
      model: 'm.xlsx',
      output: 'r.xlsx',
      force: true,
    });
  });
});

describe('passcompass on the command line', () => {
  it('prints the usage on stdout for --help and exits with 0', async () => {
    const run = await passcompass(['--help'], process.cwd());
    expect(run).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(USAGE).toContain('passcompass run --in <roster.xlsx|roster.csv> --out <scored.xlsx>');
  });

  it('prints the problem and the usage on stderr for bad arguments and exits with 2', async () => {
    const run = await passcompass(['run', '--in', 'roster.csv'], process.cwd());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`passcompass: --out <scored.xlsx> is required.\n\n${USAGE}`);
  });
});
