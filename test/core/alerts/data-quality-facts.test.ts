import { dataQualityFromIssues, dataQualityKind } from '../../../src/core/alerts/data-quality-facts';
import type { RosterIssue } from '../../../src/core/data/roster/check-roster';
import { checkRoster } from '../../../src/core/data/roster/check-roster';
import { fakeSchool } from './fake-school';

const issue = (row: number, column: string, value: string, problem: string): RosterIssue => ({
  row,
  column,
  value,
  problem,
  action: 'treated as blank: the model uses the training average',
});

describe('data-quality facts from checkRoster issues', () => {
  it('count cells per column and kind, in the order first seen', () => {
    const issues = [
      issue(17, 'absences (AF)', 'Quillfeather', 'is not a number'),
      issue(18, 'Mjob (I)', 'Zebedee Quillfeather', 'is not one of the expected values (teacher, health)'),
      issue(23, 'absences (AF)', '-4', 'is outside the valid range 0-93'),
      issue(24, 'studytime (N)', '', 'is blank'),
      issue(25, 'studytime (N)', '', 'is blank'),
      issue(26, 'age (C)', '16.5', 'is not a whole number from 15 to 22'),
      issue(27, 'Medu (G)', '45292', 'is a date (the spreadsheet may have converted it)'),
    ];
    expect(dataQualityFromIssues(issues)).toEqual([
      { kind: 'out-of-range', column: 'absences (AF)', count: 2 },
      { kind: 'out-of-range', column: 'Mjob (I)', count: 1 },
      { kind: 'blank', column: 'studytime (N)', count: 2 },
      { kind: 'out-of-range', column: 'age (C)', count: 1 },
      { kind: 'out-of-range', column: 'Medu (G)', count: 1 },
    ]);
  });

  it('add the count of a summary line', () => {
    const issues = [
      issue(2, 'absences (AF)', 'x', 'is not a number'),
      issue(90, 'absences (AF)', '', '…and 12 more cells where the value is not a number'),
    ];
    expect(dataQualityFromIssues(issues)).toEqual([
      { kind: 'out-of-range', column: 'absences (AF)', count: 13 },
    ]);
  });

  it('leave out cells read after a correction, which quote the cell', () => {
    const issues = [
      issue(4, 'higher (U)', 'Zebedee', 'is written "Zebedee"'),
      issue(5, 'absences (AF)', ' 12 ', 'is a number stored as text'),
      issue(90, 'higher (U)', '', '…and 4 more cells where the value was written differently'),
    ];
    expect(dataQualityFromIssues(issues)).toEqual([]);
  });

  it('call a problem text it does not know "other"', () => {
    expect(dataQualityKind('is haunted')).toBe('other');
  });

  it('read the kind from the start of the text only, never from a cell it quotes', () => {
    expect(
      [
        'is written "is blank"',
        'is written "is not a number"',
        'is written "is not a whole number"',
        'is written "is outside the valid range"',
        'is written "is a date"',
        'is written "is not one of them"',
      ].map(dataQualityKind),
    ).toEqual([null, null, null, null, null, null]);
  });

  it('call "other" a text that names a correction after its start', () => {
    expect(
      [
        'has a note: is a number stored as text',
        'has a note: is written "Y"',
        'has a note: was written differently',
      ].map(dataQualityKind),
    ).toEqual(['other', 'other', 'other']);
  });

  it('count a summary line only when it is the whole text', () => {
    const quoted = '…and 3 more cells where the value is blank';
    expect(dataQualityFromIssues([issue(9, 'higher (U)', quoted, `is written "${quoted}"`)])).toEqual([]);
    expect(dataQualityFromIssues([issue(90, 'studytime (N)', '', `${quoted}\n(see the sheet)`)])).toEqual([
      { kind: 'other', column: 'studytime (N)', count: 1 },
    ]);
  });

  it('keep only column labels and counts from a real check of the fake school', () => {
    const school = fakeSchool();
    const checked = checkRoster(school.table);
    expect(checked.issues.length).toBeGreaterThan(0);
    expect(checked.issues.some((i) => school.names.includes(i.value))).toBe(true); // the issue list quotes names
    const facts = dataQualityFromIssues(checked.issues);
    expect(facts).toEqual([
      // 12 surnames (every 20th row from the 4th), and one tripled absence count (32 → 96) above the 93 allowed
      { kind: 'out-of-range', column: 'absences (AF)', count: 13 },
      { kind: 'blank', column: 'studytime (P)', count: 24 }, // every 10th row from the 6th
      { kind: 'out-of-range', column: 'Mjob (K)', count: 16 }, // a name in every 15th row
    ]);
  });
});
