/**
 * A small seeded random number generator, so that cross-validation splits and anything else random in the
 * model core repeat exactly for the same seed, in Node and in Apps Script alike (`Math.random` cannot be
 * seeded). The generator is mulberry32 (Tommy Ettinger, public domain): 32-bit state, period 2^32, fast and
 * good enough for shuffling; not for cryptography.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** A mulberry32 generator started from `seed` (any number; it is truncated to 32 bits). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles `items` in place with the Fisher-Yates algorithm driven by `random`, and returns it. O(n). */
export function shuffleInPlace<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const held = items[i] as T;
    items[i] = items[j] as T;
    items[j] = held;
  }
  return items;
}
