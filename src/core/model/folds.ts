/**
 * Assigning rows to cross-validation folds so that the evaluation is honest: every row of one group (one
 * student seen in both courses, recognised by the match key) lands in the same fold, so a student is never in
 * the training and the test side at once; and each fold gets close to the overall share of failing students
 * (stratification). Groups are shuffled with a seeded generator, so a seed always gives the same folds.
 */
import type { Random } from '../random';
import { shuffleInPlace } from '../random';
import { TrainingDataError, assertTrainableLabels } from './training-data-error';

interface Group {
  readonly rows: number[];
  failures: number;
}

/**
 * The fold (0 … k−1) of each row. Greedy: groups in shuffled order, larger groups first, each placed in the
 * fold where it least increases Σ over classes of (fold count − target count)²; ties go to the fold with
 * fewer rows, then the lower index. O(n + g k) for n rows and g groups, plus the sort of groups.
 *
 * Throws `RangeError` for mismatched lengths or a `k` that is not a whole number ≥ 2; `TrainingDataError` for
 * no rows or one class only, and ('too-few-rows') when there are fewer groups than folds or fewer students of
 * either outcome than folds.
 */
export function stratifiedGroupFolds(
  labels: readonly number[],
  groups: readonly string[],
  k: number,
  random: Random,
): number[] {
  if (labels.length !== groups.length)
    throw new RangeError(`${labels.length} labels but ${groups.length} groups.`);
  if (!Number.isInteger(k) || k < 2)
    throw new RangeError(`Folds must be a whole number of at least 2, not ${k}.`);
  assertTrainableLabels(labels);
  const byKey = new Map<string, Group>();
  labels.forEach((label, row) => {
    const key = groups[row] as string;
    const group = byKey.get(key) ?? { rows: [], failures: 0 };
    group.rows.push(row);
    group.failures += label;
    byKey.set(key, group);
  });
  const failures = labels.reduce((sum, label) => sum + label, 0);
  const fewest = Math.min(failures, labels.length - failures);
  if (byKey.size < k || fewest < k) {
    const what =
      byKey.size < k
        ? `${byKey.size} distinct ${plural(byKey.size, 'student')}`
        : `only ${fewest} ${plural(fewest, 'student')} with one outcome`;
    throw new TrainingDataError(
      'too-few-rows',
      `Cross-validation with ${k} folds needs at least ${k} different students, ${k} who passed and ` +
        `${k} who failed; the rows have ${what}. Add rows with a final grade, or lower the number of folds.`,
    );
  }
  const ordered = shuffleInPlace([...byKey.values()], random).sort((a, b) => b.rows.length - a.rows.length);
  // Stryker disable next-line ArithmeticOperator: the target is the same for every fold, so it shifts every fold's cost by the same amount and never changes the choice
  const target = [(labels.length - failures) / k, failures / k];
  const counts = Array.from({ length: k }, () => [0, 0]);
  // Stryker disable next-line ArrayDeclaration: every row is assigned a fold below, so the initial length and fill are never seen
  const fold = new Array<number>(labels.length).fill(0);
  for (const group of ordered) {
    const add = [group.rows.length - group.failures, group.failures];
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    let bestRows = Number.POSITIVE_INFINITY;
    counts.forEach((count, f) => {
      let cost = 0;
      for (let c = 0; c < 2; c += 1) {
        // Stryker disable next-line ArithmeticOperator: ± the target shifts every fold's cost equally (see `target`)
        const before = (count[c] as number) - (target[c] as number);
        cost += (before + (add[c] as number)) ** 2 - before ** 2;
      }
      const rows = (count[0] as number) + (count[1] as number);
      // Stryker disable next-line EqualityOperator: `<=` and `<` differ only when two costs lie exactly 1e-12 apart
      if (cost < bestCost - 1e-12 || (Math.abs(cost - bestCost) <= 1e-12 && rows < bestRows)) {
        best = f;
        bestCost = cost;
        bestRows = rows;
      }
    });
    const chosen = counts[best] as number[];
    chosen[0] = (chosen[0] as number) + (add[0] as number);
    chosen[1] = (chosen[1] as number) + (add[1] as number);
    for (const row of group.rows) fold[row] = best;
  }
  return fold;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
