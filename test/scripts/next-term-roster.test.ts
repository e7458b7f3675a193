/**
 * The demo's next-term roster (scripts/next-term-roster.ts): real UCI students with a documented shift. The
 * source is both vendored courses joined as Load sample data joins them (`sampleTable`), read once.
 */
import { parseCsv } from '../../src/core/data/csv';
import { attributeNamed, type NumericAttribute } from '../../src/core/data/dictionary';
import { checkRoster } from '../../src/core/data/roster/check-roster';
import {
  ABSENCES_EXTRA_MAX,
  ID_COLUMN,
  type NextTermRoster,
  type SourceCell,
  nextTermRoster,
  readUciSource,
  rosterCsv,
  withoutFinalGrades,
} from '../../scripts/next-term-roster';

const source = readUciSource();
const [header = [], ...sourceRows] = source;
const sourceHeader = header.map(String);
const OPTIONS = { seed: 2026, students: 300 };
const roster = nextTermRoster(source, OPTIONS);

const range = (name: string) => attributeNamed(name) as NumericAttribute;
const column = (table: NextTermRoster, name: string) => {
  const index = table.header.indexOf(name);
  if (index < 0) throw new Error(`no ${name}`);
  return table.rows.map((row) => row[index]);
};
const realColumn = (table: NextTermRoster, name: string) => {
  const index = sourceHeader.indexOf(name);
  return table.sourceRows.map((row) => Number((sourceRows[row] as SourceCell[])[index]));
};
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const shareOf = (values: readonly unknown[], value: number) =>
  values.filter((v) => v === value).length / values.length;

describe('nextTermRoster', () => {
  it('reads both vendored courses: 1,044 rows with a course column', () => {
    expect(sourceRows).toHaveLength(1044);
    expect(sourceHeader.at(-1)).toBe('course');
    expect(new Set(sourceRows.map((row) => row.at(-1)))).toEqual(new Set(['Math', 'Portuguese']));
  });

  it('is deterministic for a seed and differs for another seed', () => {
    expect(nextTermRoster(source, OPTIONS)).toEqual(roster);
    const other = nextTermRoster(source, { ...OPTIONS, seed: OPTIONS.seed + 1 });
    expect(other.sourceRows).not.toEqual(roster.sourceRows);
  });

  it('draws the asked number of distinct real rows, then reuses rows only when it must', () => {
    expect(roster.rows).toHaveLength(300);
    expect(new Set(roster.sourceRows).size).toBe(300);
    const all = nextTermRoster(source, { seed: 1, students: 1044 });
    expect(new Set(all.sourceRows).size).toBe(1044);
    const more = nextTermRoster(source, { seed: 1, students: 2100 });
    const uses = new Map<number, number>();
    for (const row of more.sourceRows) uses.set(row, (uses.get(row) ?? 0) + 1);
    expect(uses.size).toBe(1044);
    expect(Math.max(...uses.values())).toBe(3);
  });

  it('adds only the id column, first, under a header the add-on reads as the row key', () => {
    expect(roster.header).toEqual([ID_COLUMN, ...sourceHeader]);
    const ids = column(roster, ID_COLUMN) as string[];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^NT-\d{4}$/);
    expect(ids[0]).toBe('NT-0001');
    expect(checkRoster([roster.header, ...roster.rows]).columns.key?.header).toBe(ID_COLUMN);
  });

  it('passes Check data with no issue, with and without final grades', () => {
    const graded = checkRoster([roster.header, ...roster.rows]);
    expect(graded.issues).toEqual([]);
    expect(graded.rowsWithFinalGrade).toBe(300);
    const start = withoutFinalGrades(roster);
    const checked = checkRoster([start.header, ...start.rows]);
    expect(checked.issues).toEqual([]);
    expect(checked.rowsWithFinalGrade).toBe(0);
    expect(new Set(column(start, 'G3'))).toEqual(new Set(['']));
  });

  it('keeps every value but the three shifted ones, grades included, as the real student had it', () => {
    const shifted = new Set(['absences', 'studytime', 'goout']);
    roster.rows.forEach((row, i) => {
      const real = sourceRows[roster.sourceRows[i]!]!;
      sourceHeader.forEach((name, c) => {
        if (!shifted.has(name)) expect(String(row[c + 1])).toBe(String(real[c]));
      });
    });
    for (const grade of ['G1', 'G2', 'G3']) expect(column(roster, grade)).toEqual(realColumn(roster, grade));
    const start = withoutFinalGrades(roster);
    for (const grade of ['G1', 'G2']) expect(column(start, grade)).toEqual(realColumn(roster, grade));
  });

  it('applies each shift by its formula, inside the dictionary range', () => {
    const [absences, studytime, goout] = ['absences', 'studytime', 'goout'].map(range) as NumericAttribute[];
    const pairs = (name: string) =>
      realColumn(roster, name).map((real, i) => [real, column(roster, name)[i] as number] as const);
    for (const [real, now] of pairs('absences')) {
      expect(now).toBeLessThanOrEqual(absences!.max);
      if (now < absences!.max) {
        expect(now - 2 * real).toBeGreaterThanOrEqual(0);
        expect(now - 2 * real).toBeLessThanOrEqual(ABSENCES_EXTRA_MAX);
      }
    }
    for (const [real, now] of pairs('studytime'))
      expect([real, Math.max(real - 1, studytime!.min)]).toContain(now);
    for (const [real, now] of pairs('goout')) expect([real, Math.min(real + 1, goout!.max)]).toContain(now);
    const lowered = pairs('studytime').filter(([real, now]) => now < real).length;
    const canLower = pairs('studytime').filter(([real]) => real > studytime!.min).length;
    expect(lowered / canLower).toBeGreaterThan(0.4);
    expect(lowered / canLower).toBeLessThan(0.6);
  });

  it('makes the shift visible: median absences up, more students at the lowest study time', () => {
    const before = realColumn(roster, 'absences');
    const after = column(roster, 'absences') as number[];
    expect(median(after)).toBeGreaterThanOrEqual(2 * median(before));
    expect(median(after)).toBeGreaterThan(median(before));
    const lowest = range('studytime').min;
    expect(shareOf(column(roster, 'studytime'), lowest)).toBeGreaterThan(
      shareOf(realColumn(roster, 'studytime'), lowest) + 0.15,
    );
    const high = range('goout').max;
    const goingOut = (values: readonly unknown[]) => shareOf(values, high - 1) + shareOf(values, high);
    expect(goingOut(column(roster, 'goout'))).toBeGreaterThan(goingOut(realColumn(roster, 'goout')));
    expect(roster.shift).toHaveLength(3);
    expect(roster.shift[0]).toContain(`median ${median(before)} → ${median(after)}`);
  });

  it('writes CSV that reads back to the same cells', () => {
    const parsed = parseCsv(rosterCsv(roster.header, roster.rows));
    expect(parsed.header).toEqual(roster.header);
    expect(parsed.rows).toEqual(roster.rows.map((row) => row.map(String)));
  });

  it('refuses bad options and sources it cannot shift', () => {
    expect(() => nextTermRoster(source, { seed: 1, students: 0 })).toThrow(RangeError);
    expect(() => nextTermRoster(source, { seed: 1, students: 2.5 })).toThrow(RangeError);
    expect(() => nextTermRoster(source, { seed: Number.NaN, students: 5 })).toThrow(RangeError);
    expect(() => nextTermRoster([sourceHeader], { seed: 1, students: 5 })).toThrow(RangeError);
    const withoutAbsences = source.map((row) => row.filter((_, c) => sourceHeader[c] !== 'absences'));
    expect(() => nextTermRoster(withoutAbsences, { seed: 1, students: 5 })).toThrow(/absences/);
    const outOfRange = [
      sourceHeader,
      ...sourceRows.map((row) => row.map((cell, c) => (sourceHeader[c] === 'studytime' ? 9 : cell))),
    ];
    expect(() => nextTermRoster(outOfRange, { seed: 1, students: 5 })).toThrow(/studytime/);
  });
});
