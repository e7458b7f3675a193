/** Promote and roll back: the questions a person answers, the Aliases rows they leave, and what they refuse. */
import { DataError } from '../../src/core/errors';
import { VERSION_HEADER } from '../../src/core/registry/model-version';
import { type AliasJobDeps, promoteChallenger, rollBackChampion } from '../../src/jobs/promote';
import { Registry } from '../../src/jobs/registry';
import { InMemoryRecordSheet, ScriptedDialogs, nodeDigests } from '../support/fakes';
import { type Sheets, emptySheets, train } from './trained';

/** Scripted dialogs that also keep each prompt's title and each toast's title. */
class TitledDialogs extends ScriptedDialogs {
  titles: string[] = [];
  toastTitles: (string | undefined)[] = [];
  override prompt(title: string, message: string) {
    this.titles.push(title);
    return super.prompt(title, message);
  }
  override toast(message: string, title?: string) {
    this.toastTitles.push(title);
    super.toast(message);
  }
}

const NOW = new Date('2026-12-02T09:30:00.000Z');

function deps(sheets: Sheets, dialogs: TitledDialogs, extra: Partial<AliasJobDeps> = {}): AliasJobDeps {
  return { ...sheets, digests: nodeDigests, dialogs, now: () => NOW, ...extra };
}

/** The Aliases rows written after the first `skip` rows, as [alias, from, to, moved by, reason] with the time. */
function movesAfter(sheets: Sheets, skip: number) {
  return sheets.aliases.data.slice(skip).map((row) => [(row[0] as Date).toISOString(), ...row.slice(1)]);
}

// One champion (v1) and one challenger (v2): the same data and settings twice, so no equity gap widens.
let trained: Sheets;
beforeAll(() => {
  trained = emptySheets();
  train(trained);
  train(trained);
});
/** A copy of the trained sheets, so that each test moves aliases of its own. */
const copy = (sheets: Sheets): Sheets => ({
  students: sheets.students,
  versions: new InMemoryRecordSheet(sheets.versions.data.map((row) => [...row])),
  aliases: new InMemoryRecordSheet(sheets.aliases.data.map((row) => [...row])),
  experiments: new InMemoryRecordSheet(sheets.experiments.data.map((row) => [...row])),
});

describe('Promote challenger', () => {
  it('asks why, moves both aliases with the reason, and says so', () => {
    const sheets = copy(trained);
    expect(Registry.read(sheets, nodeDigests).aliases()).toEqual({ champion: 1, challenger: 2 });
    const before = sheets.aliases.data.length;
    const dialogs = new TitledDialogs([], ['better recall']);

    expect(promoteChallenger(deps(sheets, dialogs))).toEqual({
      status: 'moved',
      champion: 2,
      previous: 1,
      warnings: [],
    });
    expect(dialogs.titles).toEqual(['Promote version 2?']);
    expect(dialogs.questions).toEqual([
      'Version 2 will score students from now on instead of version 1. Why? (kept in the Aliases history)',
    ]);
    expect(movesAfter(sheets, before)).toEqual([
      ['2026-12-02T09:30:00.000Z', 'champion', 1, 2, 'promote', 'better recall'],
      ['2026-12-02T09:30:00.000Z', 'challenger', 2, '', 'promote', 'became champion: better recall'],
    ]);
    expect(dialogs.toasts).toEqual(['Version 2 is now the champion.']);
    expect(dialogs.toastTitles).toEqual(['PassCompass']);
    expect(Registry.read(sheets, nodeDigests).aliases()).toEqual({ champion: 2, challenger: null });
  });

  it('records "promoted by hand" when the person gives no reason', () => {
    const sheets = copy(trained);
    const before = sheets.aliases.data.length;
    promoteChallenger(deps(sheets, new TitledDialogs([], [''])));
    expect(movesAfter(sheets, before).map((row) => row[5])).toEqual([
      'promoted by hand',
      'became champion: promoted by hand',
    ]);
  });

  it('changes nothing when the person cancels', () => {
    const sheets = copy(trained);
    const aliases = sheets.aliases.data.map((row) => [...row]);
    const dialogs = new TitledDialogs([], [null]);
    expect(promoteChallenger(deps(sheets, dialogs))).toEqual({ status: 'cancelled' });
    expect(sheets.aliases.data).toEqual(aliases);
    expect(dialogs.toasts).toEqual([]);
  });

  it('refuses when there is no challenger', () => {
    const sheets = copy(trained);
    promoteChallenger(deps(sheets, new TitledDialogs([], ['ok'])));
    const again = () => promoteChallenger(deps(sheets, new TitledDialogs([], ['ok'])));
    expect(again).toThrow(DataError);
    expect(again).toThrow('There is no challenger to promote. Train a model first.');
  });

  it('says the registry’s problems in the question, before the person answers', () => {
    const sheets = copy(trained);
    // A Status cell that disagrees with the Aliases history is a problem the registry reports.
    (sheets.versions.data[0] as unknown[])[VERSION_HEADER.indexOf('Status')] = '';
    const problems = Registry.read(sheets, nodeDigests).problems;
    expect(problems).toEqual([
      'Versions: the Status column disagrees with the Aliases history (row 2 says nothing for champion). The ' +
        'Aliases decide: the champion is version 1 and the challenger version 2; the Status column is rewritten ' +
        'to match at the next Train model, Promote or Roll back.',
    ]);
    const dialogs = new TitledDialogs([], [null]);
    promoteChallenger(deps(sheets, dialogs));
    expect(dialogs.questions[0]).toBe(
      'Version 2 will score students from now on instead of version 1. Why? (kept in the Aliases history)' +
        problems.map((problem) => `\n\nNote: ${problem}`).join(''),
    );
  });

  it('warns of an equity gap above the school’s acceptable gap, and uses the default gap when none is given', () => {
    // The same gaps as the champion's: none widens at any limit, so no warning even at 0.
    const atZero = new TitledDialogs([], [null]);
    promoteChallenger(deps(copy(trained), atZero, { equityGapLimit: 0 }));
    expect(atZero.questions[0]).not.toContain('Equity');
  });

  it('says every registry problem in the question, one note each', () => {
    const sheets = copy(trained);
    (sheets.versions.data[0] as unknown[])[VERSION_HEADER.indexOf('Status')] = '';
    sheets.aliases.data.push([new Date('2026-12-01T08:00:00.000Z'), 'champion', 1, 2, 'by hand', 'x']);
    const dialogs = new TitledDialogs([], [null]);
    promoteChallenger(deps(sheets, dialogs));
    expect(dialogs.questions).toEqual([
      'Version 2 will score students from now on instead of version 1. Why? (kept in the Aliases history)' +
        '\n\nNote: Aliases row 4: "Moved by" is "by hand", not one of set by training, import, promote, roll ' +
        'back. That row is ignored: from the other rows, the champion is version 1 and the challenger version 2.' +
        '\n\nNote: Versions: the Status column disagrees with the Aliases history (row 2 says nothing for ' +
        'champion). The Aliases decide: the champion is version 1 and the challenger version 2; the Status ' +
        'column is rewritten to match at the next Train model, Promote or Roll back.',
    ]);
  });
});

describe('Promote challenger with no champion', () => {
  /** The trained sheets with the champion cleared (v1 archived), v2 still the challenger. */
  function withoutChampion(): Sheets {
    const sheets = copy(trained);
    sheets.aliases.data.push([new Date('2026-12-01T08:00:00.000Z'), 'champion', 1, '', 'promote', 'cleared']);
    (sheets.versions.data[0] as unknown[])[VERSION_HEADER.indexOf('Status')] = 'archived';
    expect(Registry.read(sheets, nodeDigests)).toMatchObject({ problems: [] });
    expect(Registry.read(sheets, nodeDigests).aliases()).toEqual({ champion: null, challenger: 2 });
    return sheets;
  }

  it('asks without naming a version it replaces, and warns of every gap above the limit', () => {
    const sheets = withoutChampion();
    const before = sheets.aliases.data.length;
    const dialogs = new TitledDialogs([], ['first champion']);
    const result = promoteChallenger(deps(sheets, dialogs, { equityGapLimit: 0.25 }));
    // With no champion to compare with, every gap above 25 points is a warning: three precision gaps.
    const warnings = [
      'Equity: the share of students flagged High who failed (precision) differs by 31 points between sex M ' +
        'and F (95% interval -6 to 78, so it may be chance), above the acceptable 25 points; there is no ' +
        'champion to compare with.',
      'Equity: the share of students flagged High who failed (precision) differs by 31 points between ' +
        "mother's education 3 and 2 (95% interval -38 to 83, so it may be chance), above the acceptable 25 " +
        'points; there is no champion to compare with.',
      'Equity: the share of students flagged High who failed (precision) differs by 50 points between ' +
        "father's education 4 and 2 (95% interval 0 to 80, so it may be chance), above the acceptable 25 " +
        'points; there is no champion to compare with.',
    ];
    expect(result).toEqual({ status: 'moved', champion: 2, previous: null, warnings });
    expect(dialogs.titles).toEqual(['Promote version 2?']);
    expect(dialogs.questions).toEqual([
      'Version 2 will score students from now on. Why? (kept in the Aliases history)' +
        `\n\n${warnings[0]}\n\n${warnings[1]}\n\n${warnings[2]}`,
    ]);
    expect(movesAfter(sheets, before)).toEqual([
      ['2026-12-02T09:30:00.000Z', 'champion', '', 2, 'promote', 'first champion'],
      ['2026-12-02T09:30:00.000Z', 'challenger', 2, '', 'promote', 'became champion: first champion'],
    ]);
  });
});

describe('Roll back champion', () => {
  function promoted(): Sheets {
    const sheets = copy(trained);
    promoteChallenger(deps(sheets, new TitledDialogs([], ['try v2'])));
    return sheets;
  }

  it('asks why, returns the champion to the version it replaced, and says so', () => {
    const sheets = promoted();
    const before = sheets.aliases.data.length;
    const dialogs = new TitledDialogs([], ['v2 flagged too many']);
    expect(rollBackChampion(deps(sheets, dialogs))).toEqual({
      status: 'moved',
      champion: 1,
      previous: 2,
      warnings: [],
    });
    expect(dialogs.titles).toEqual(['Roll back to version 1?']);
    expect(dialogs.questions).toEqual([
      'Version 1 will score students again instead of version 2. Why? (kept in the Aliases history)',
    ]);
    expect(movesAfter(sheets, before)).toEqual([
      ['2026-12-02T09:30:00.000Z', 'champion', 2, 1, 'roll back', 'v2 flagged too many'],
    ]);
    expect(dialogs.toasts).toEqual(['Rolled back: version 1 is the champion again.']);
    expect(dialogs.toastTitles).toEqual(['PassCompass']);
  });

  it('records "rolled back by hand" when no reason is given, and nothing when cancelled', () => {
    const sheets = promoted();
    const before = sheets.aliases.data.length;
    expect(rollBackChampion(deps(sheets, new TitledDialogs([], [null])))).toEqual({ status: 'cancelled' });
    expect(sheets.aliases.data.length).toBe(before);
    rollBackChampion(deps(sheets, new TitledDialogs([], [''])));
    expect(movesAfter(sheets, before).map((row) => row[5])).toEqual(['rolled back by hand']);
  });

  it('says the registry’s problems in the question', () => {
    const sheets = promoted();
    (sheets.versions.data[0] as unknown[])[VERSION_HEADER.indexOf('Status')] = 'champion';
    const problems = Registry.read(sheets, nodeDigests).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^Versions: the Status column disagrees with the Aliases history \(row 2 says "champion"/,
    );
    const dialogs = new TitledDialogs([], [null]);
    rollBackChampion(deps(sheets, dialogs));
    expect(dialogs.questions[0]).toBe(
      'Version 1 will score students again instead of version 2. Why? (kept in the Aliases history)' +
        problems.map((problem) => `\n\nNote: ${problem}`).join(''),
    );
  });

  it('refuses when no champion was replaced', () => {
    const roll = () => rollBackChampion(deps(copy(trained), new TitledDialogs([], ['x'])));
    expect(roll).toThrow(DataError);
    expect(roll).toThrow('There is no earlier champion to roll back to.');
  });

  it('refuses when there is no champion now, even though one was replaced before', () => {
    const sheets = promoted();
    sheets.aliases.data.push([new Date('2026-12-02T08:00:00.000Z'), 'champion', 2, '', 'promote', 'cleared']);
    expect(Registry.read(sheets, nodeDigests).aliases().champion).toBeNull();
    const dialogs = new TitledDialogs([], ['x']);
    expect(() => rollBackChampion(deps(sheets, dialogs))).toThrow(
      new DataError('There is no earlier champion to roll back to.'),
    );
    expect(dialogs.questions).toEqual([]);
  });

  it('refuses a version whose checksum does not match, before asking', () => {
    const sheets = promoted();
    (sheets.versions.data[0] as unknown[])[VERSION_HEADER.indexOf('Rows')] = 1;
    const dialogs = new TitledDialogs([], ['x']);
    expect(() => rollBackChampion(deps(sheets, dialogs))).toThrow(/checksum/);
    expect(dialogs.questions).toEqual([]);
  });
});
