/**
 * Builders of drift-test inputs: seeded normal samples, columns spelled as category counts, and blanks mixed
 * in, so tests say what the data is ("60 yes, 40 no") rather than list it.
 */
import type { DriftValue } from '../../../src/core/drift/column-table';
import { seededRandom } from '../../../src/core/random';

/** n draws from N(mean, sd²) by the Box-Muller transform, from a seeded generator. */
export function normalSample(n: number, { mean = 0, sd = 1, seed = 1 } = {}): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const u = 1 - random();
    const v = random();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  });
}

/** A column holding each key as many times as its count, in key order: `{ yes: 2, no: 1 }` → yes, yes, no. */
export function counted(counts: Readonly<Record<string, number>>): string[] {
  return Object.entries(counts).flatMap(([value, count]) => Array.from({ length: count }, () => value));
}

/** `values` followed by `blanks` nulls. */
export function withBlanks<T extends DriftValue>(values: readonly T[], blanks: number): DriftValue[] {
  return [...values, ...Array.from({ length: blanks }, () => null)];
}

/** The whole numbers from..to, each repeated `times`. */
export function integers(from: number, to: number, times = 1): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value += 1) for (let k = 0; k < times; k += 1) values.push(value);
  return values;
}
