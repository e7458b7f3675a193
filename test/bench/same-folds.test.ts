/**
 * The fold export of the scikit-learn comparison (bench/same-folds): the folds handed to Python are exactly
 * the ones PassCompass is cross-validated on, a student in both courses never straddles them, and the rows
 * carry the setup's attributes only.
 */
import { cellInput, exportCell, foldAssignments } from '../../bench/same-folds/cells';
import { crossValidate } from '../../src/core/model/cross-validation';

describe('same-folds export', () => {
  const joined = cellInput('Joined', 'C');
  const protocol = { folds: 5, repeats: 2, seed: 1000 };
  const foldOf = foldAssignments(joined, protocol);

  it("gives crossValidate's foldOf for the same seeds", () => {
    foldOf.forEach((folds, repeat) => {
      const result = crossValidate(joined, { folds: protocol.folds, seed: protocol.seed + repeat });
      expect(folds).toEqual([...result.foldOf]);
    });
    expect(foldOf[0]).not.toEqual(foldOf[1]);
  });

  it('keeps every group (a student in both courses) in one fold', () => {
    const rowsOf = new Map<string, number[]>();
    joined.groups.forEach((key, row) => rowsOf.set(key, [...(rowsOf.get(key) ?? []), row]));
    const shared = [...rowsOf.values()].filter((rows) => rows.length > 1);
    expect(shared.length).toBeGreaterThan(300);
    for (const folds of foldOf) {
      for (const rows of shared) expect(new Set(rows.map((row) => folds[row])).size).toBe(1);
      expect(new Set(folds)).toEqual(new Set([0, 1, 2, 3, 4]));
    }
  });

  it("exports the setup's attributes, labels, groups and folds", () => {
    const early = exportCell('Joined C', joined, foldOf, protocol.seed);
    const names = early.attributes.map((a) => a.name);
    expect(names).toEqual(joined.featureSet.attributes);
    expect(names).toEqual(expect.arrayContaining(['failures', 'course', 'absences']));
    expect(names).not.toEqual(expect.arrayContaining(['G1']));
    expect(early.attributes.find((a) => a.name === 'failures')?.transforms).toEqual(['linear', 'positive']);
    expect(early.attributes.find((a) => a.name === 'course')).toMatchObject({
      categorical: true,
      transforms: [],
    });
    expect(early.rows).toHaveLength(1044);
    expect(early.rows.every((row) => row.length === names.length)).toBe(true);
    expect(early.labels).toEqual(joined.labels);
    expect(early.groups).toEqual(joined.groups);
    expect(early.foldOf).toBe(foldOf);

    const mid = cellInput('Math', 'B');
    const midNames = exportCell('Math B', mid, [], 1000).attributes.map((a) => a.name);
    expect(midNames).toContain('G1');
    expect(midNames).not.toContain('G2');
    expect(midNames).not.toContain('G3');
  });

  it('leaves out the students with a final grade of 0 when asked', () => {
    const all = cellInput('Math', 'C');
    const kept = cellInput('Math', 'C', true);
    expect(all.records).toHaveLength(395);
    expect(kept.records).toHaveLength(395 - all.records.filter((r) => r['G3'] === 0).length);
    expect(kept.records.some((r) => r['G3'] === 0)).toBe(false);
  });
});
