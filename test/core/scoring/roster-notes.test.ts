import { rosterNotes, tierNote } from '../../../src/core/scoring/roster-notes';
import { type TierRule, tierAssignment } from '../../../src/core/scoring/tiers';

const capacity = (k: number, mediumFrom = 0.3): TierRule => ({ kind: 'capacity', capacity: k, mediumFrom });
const thresholds = (highFrom: number, mediumFrom: number): TierRule => ({
  kind: 'thresholds',
  highFrom,
  mediumFrom,
});
const noteFor = (rule: TierRule, risks: (number | null)[]) =>
  tierNote(rule, risks, tierAssignment(risks, rule));

/** 30 students: risks 0.9, 0.895, …, 0.755 (a step of 0.005), with one not scored. */
const thirtyRisks = (): (number | null)[] => [
  ...Array.from({ length: 30 }, (_, i) => Number((0.9 - 0.005 * i).toFixed(3))),
  null,
];

describe('the note on the Tier header', () => {
  it('names the capacity and the lowest risk that made High, so a student just below it knows why', () => {
    // The 25th highest of 0.9, 0.895, … is 0.9 − 24 × 0.005 = 0.78; the 26th, 0.775, is Medium.
    expect(noteFor(capacity(25), thirtyRisks())).toBe(
      'Tier, at the last scoring run: High = the 25 highest risks, as the capacity in Settings is 25: this ' +
        'time 78.0% and above. A student just below 78.0% is not High: the places were taken. Medium = the ' +
        'others from 30%; Low = below 30% (Settings).',
    );
  });

  it('says how many students share the risk at the cut, and that none of them is High', () => {
    // Capacity 3 over 0.9, 0.8, 0.7, 0.7, 0.2: the third place would split the two at 70%.
    expect(noteFor(capacity(3, 0.25), [0.9, 0.8, 0.7, 0.7, 0.2])).toBe(
      'Tier, at the last scoring run: High = the 2 highest risks, 80.0% and above: the capacity in Settings ' +
        'is 3, but 2 students share the next risk (70.0%) and equal risks get the same tier, so none of them ' +
        'is High. Medium = the others from 25%; Low = below 25% (Settings).',
    );
  });

  it('says nobody is High when every student has the same risk', () => {
    expect(noteFor(capacity(1), [0.4, 0.4])).toBe(
      'Tier, at the last scoring run: nobody is High: the capacity in Settings is 1, but 2 students share the ' +
        'highest risk (40.0%) and equal risks get the same tier. Medium = the others from 30%; Low = below 30% ' +
        '(Settings).',
    );
  });

  it('says every scored student is High when the capacity is at least their number', () => {
    expect(noteFor(capacity(25), [0.9, null, 0.1])).toBe(
      'Tier, at the last scoring run: High = all 2 students scored, as the capacity in Settings is 25. ' +
        'Medium = the others from 30%; Low = below 30% (Settings).',
    );
  });

  it('says nobody is High when the capacity is 0', () => {
    expect(noteFor(capacity(0), [0.9, 0.2])).toBe(
      'Tier, at the last scoring run: nobody is High: the capacity in Settings is 0. Medium = the others from ' +
        '30%; Low = below 30% (Settings).',
    );
  });

  it('gives the thresholds of Settings as they were typed', () => {
    expect(noteFor(thresholds(0.5, 0.3), [0.9, 0.4, 0.1])).toBe(
      'Tier, from the thresholds in Settings: High = risks of 50% and above; Medium = the others from 30%; ' +
        'Low = below 30% (Settings).',
    );
    expect(noteFor(thresholds(0.625, 0.125), [0.9])).toContain('High = risks of 62.5% and above');
  });

  it('says there is no Medium tier when it starts where High does, and no Low when Medium starts at 0%', () => {
    expect(noteFor(thresholds(0.5, 0.5), [0.9])).toBe(
      'Tier, from the thresholds in Settings: High = risks of 50% and above; Low = below 50% (no Medium: it ' +
        'starts where High does).',
    );
    expect(noteFor(thresholds(0.5, 0), [0.9])).toContain(
      'every other student is Medium (Medium starts at 0% in Settings).',
    );
  });
});

describe('the notes on the risk and reasons headers', () => {
  it('say what the figure means with the pass mark of Settings, and what the reasons are not', () => {
    const notes = rosterNotes(capacity(25), [0.5], tierAssignment([0.5], capacity(25)), 12);
    expect(notes.risk).toBe(
      "Risk of failing: the model's estimate of the chance that this student's final grade (G3) ends below " +
        '12, the pass mark in Settings. It says whom to talk to first; it is not a verdict, and many students ' +
        'at high risk pass.',
    );
    expect(notes.reasons).toBe(
      "Main reasons: up to three of this student's answers that raise the risk most in the model, compared " +
        'with an average student. They are not causes and do not judge the student. A row that could not be ' +
        'scored says why here.',
    );
  });
});
