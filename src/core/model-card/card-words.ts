/**
 * How the model card says a figure in a sentence: shares as whole percentages, scores to two decimals (the
 * sentence is read; the figure beside it keeps three), counts with thousands separators. A figure that could
 * not be measured reads "not measured", never NaN.
 */

// Number.isFinite never coerces, so null and undefined are not finite.
const finite = (x: number | null | undefined): x is number => Number.isFinite(x);

/** "27%"; "0.4%" below 1%, so a small share does not read as none. */
export function pct(x: number | null | undefined): string {
  if (!finite(x)) return 'not measured';
  const p = x * 100;
  return p > 0 && p < 1 ? `${p.toFixed(1)}%` : `${Math.round(p)}%`;
}

/** A difference of two shares in percentage points: "14 points". */
export function points(x: number): string {
  const p = Math.round(Math.abs(x) * 100);
  return `${p} ${p === 1 ? 'point' : 'points'}`;
}

/** "0.72". */
export function score(x: number | null | undefined): string {
  return finite(x) ? x.toFixed(2) : 'not measured';
}

/** "1,044 students". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** "sex, address and school". */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Of every 10: a share as a whole number of 10 (0.43 → 4). */
export const outOf10 = (share: number): number => Math.round(share * 10);

/** A share as a whole number of 100, for "72 times in 100". */
export const outOf100 = (share: number): number => Math.round(share * 100);

export { finite };

/** A difference in percentage points with its sign, without the unit: "−2", "26". */
export function signedPoints(x: number): string {
  const p = Math.round(x * 100);
  return p < 0 ? `−${-p}` : `${p}`;
}
