/**
 * Runs of adjacent columns, so that writing to scattered columns costs one call per run rather than per column
 * (the roster's own columns, which a teacher may have moved apart).
 */

/** Groups 0-based columns into runs of adjacent ascending columns, with each one's position in the input. */
export function adjacentRuns(columns: readonly number[]): { start: number; positions: number[] }[] {
  const order = columns.map((column, position) => ({ column, position })).sort((a, b) => a.column - b.column);
  const runs: { start: number; positions: number[]; end: number }[] = [];
  for (const { column, position } of order) {
    const last = runs[runs.length - 1];
    if (last && column === last.end + 1) {
      last.positions.push(position);
      last.end = column;
    } else runs.push({ start: column, positions: [position], end: column });
  }
  return runs.map(({ start, positions }) => ({ start, positions }));
}
