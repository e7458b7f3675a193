/**
 * The drift check compares the roster's latest scoring run with the training data. Predictions asked for through
 * the web API are logged as runs of their own (a few students each) and must not be taken for that run.
 */
import { latestLoggedRun } from '../../../src/jobs/monitoring/current-rows';
import { API_RUN_PREFIX } from '../../../src/jobs/predict-api';
import { LOG_RUN_COLUMN } from '../../../src/jobs/score/inference-log';
import type { CellValue } from '../../../src/jobs/ports';

/** A log row: time, run, version, key, risk, tier, inputs (JSON), with the run id in its real column. */
function logRow(run: string, age: number): CellValue[] {
  const row: CellValue[] = [new Date(2026, 8, 14), '', 1, 'k', 0.2, 'Low', JSON.stringify([age])];
  row[LOG_RUN_COLUMN] = run;
  return row;
}

const attributesOf = () => ['age'];

describe('the latest scoring run in the inference log', () => {
  it('skips the web API runs logged after it', () => {
    const rows = [
      logRow('S-1', 15),
      logRow('S-2', 16),
      logRow('S-2', 17),
      logRow(`${API_RUN_PREFIX}2026-09-15T10:00:00.000Z-abcd1234`, 18),
    ];
    const run = latestLoggedRun(rows, attributesOf);
    expect(run?.runId).toBe('S-2');
    expect(run?.rows).toBe(2);
    expect(run?.table['age']).toEqual([16, 17]);
  });

  it('finds no run in a log that holds only web API calls', () => {
    expect(latestLoggedRun([logRow(`${API_RUN_PREFIX}x`, 15)], attributesOf)).toBeNull();
  });
});
