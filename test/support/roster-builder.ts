/**
 * A builder of synthetic, valid student rosters for model tests: `aRoster().withRows(200).build()` gives
 * records, fail labels and match keys, drawn from a seeded generator so every run is identical. Risk of
 * failing rises with past failures and absences and falls with study time and wanting higher education, so a
 * model can learn it.
 */
import type { StudentRecord } from '../../src/core/data/dictionary';
import { matchKey } from '../../src/core/data/match-key';
import { type Random, seededRandom } from '../../src/core/random';

export interface Roster {
  readonly records: StudentRecord[];
  /** 1 = fail (G3 < 10). */
  readonly labels: number[];
  /** Match keys (`matchKey`), the CV groups. */
  readonly groups: string[];
}

type Cell = string | number | null;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

class RosterBuilder {
  private rows = 100;
  private seed = 7;
  private overrides: Record<string, (row: number) => Cell> = {};
  private everybodyPasses = false;
  private sharedStudents = 0;

  withRows(rows: number): this {
    this.rows = rows;
    return this;
  }
  withSeed(seed: number): this {
    this.seed = seed;
    return this;
  }
  /** Sets a column for every row: a fixed value (a constant column) or a function of the row index. */
  withColumn(name: string, value: Cell | ((row: number) => Cell)): this {
    this.overrides[name] = typeof value === 'function' ? value : () => value;
    return this;
  }
  withBlankColumn(name: string): this {
    return this.withColumn(name, null);
  }
  /** Nobody fails: one class only. */
  withEverybodyPassing(): this {
    this.everybodyPasses = true;
    return this;
  }
  /**
   * Repeats the first `count` students as Portuguese rows (same match key and outcome): students in both
   * courses.
   */
  withStudentsInBothCourses(count: number): this {
    this.sharedStudents = count;
    return this;
  }

  build(): Roster {
    const random = seededRandom(this.seed);
    const records: StudentRecord[] = [];
    for (let row = 0; row < this.rows; row += 1) records.push(this.student(random, row));
    for (let row = 0; row < Math.min(this.sharedStudents, this.rows); row += 1) {
      const twin = records[row] as StudentRecord;
      records.push({ ...twin, course: 'portuguese' });
    }
    const labels = records.map((record) => ((record.G3 as number) < 10 ? 1 : 0));
    return { records, labels, groups: records.map(matchKey) };
  }

  private student(random: Random, row: number): StudentRecord {
    const failures = random() < 0.75 ? 0 : pick(random, [1, 2, 3]);
    const absences = Math.floor(-Math.log(1 - random()) * 5);
    const studytime = pick(random, [1, 2, 2, 3, 4]);
    const higher = random() < 0.85 ? 'yes' : 'no';
    const risk = -2 + 1.8 * failures + 0.12 * absences - 0.8 * (studytime - 2) + (higher === 'no' ? 2 : 0);
    const fails = !this.everybodyPasses && random() < 1 / (1 + Math.exp(-risk));
    const G1 = Math.max(0, Math.min(20, Math.round((fails ? 8 : 13) + (random() - 0.5) * 6)));
    const record: Record<string, Cell> = {
      school: pick(random, ['GP', 'GP', 'MS']),
      sex: pick(random, ['F', 'M']),
      age: 15 + Math.floor(random() * 5),
      address: pick(random, ['U', 'U', 'R']),
      famsize: pick(random, ['GT3', 'LE3']),
      Pstatus: random() < 0.9 ? 'T' : 'A',
      Medu: Math.floor(random() * 5),
      Fedu: Math.floor(random() * 5),
      Mjob: pick(random, ['teacher', 'health', 'services', 'at_home', 'other', 'other']),
      Fjob: pick(random, ['teacher', 'services', 'other', 'other']),
      reason: pick(random, ['home', 'reputation', 'course', 'other']),
      nursery: random() < 0.8 ? 'yes' : 'no',
      internet: random() < 0.8 ? 'yes' : 'no',
      studytime,
      failures,
      absences,
      higher,
      famsup: pick(random, ['yes', 'no']),
      course: 'math',
      G1,
      G2: Math.max(0, Math.min(20, G1 + Math.round((random() - 0.5) * 4))),
      G3: fails ? pick(random, [0, 5, 7, 8, 9]) : pick(random, [10, 11, 13, 15, 18]),
    };
    for (const [name, value] of Object.entries(this.overrides)) record[name] = value(row);
    return record;
  }
}

/** A new roster builder: 100 rows, seed 7, unless told otherwise. */
export function aRoster(): RosterBuilder {
  return new RosterBuilder();
}

/** The attributes the builder fills that a model may use early in the term. */
export const ROSTER_EARLY_ATTRIBUTES = [
  'school',
  'sex',
  'age',
  'address',
  'famsize',
  'Pstatus',
  'Medu',
  'Fedu',
  'Mjob',
  'Fjob',
  'reason',
  'nursery',
  'internet',
  'studytime',
  'failures',
  'absences',
  'higher',
  'famsup',
];
