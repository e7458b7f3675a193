/**
 * Scoring at scale through the built bundle: Node time for 10,000 rows, and a 100,000-row roster run to the end
 * on the local runtime, execution by execution, with the cost model's estimate of each execution's Apps Script
 * time against the 6-minute limit.
 */
import { startAddOn } from '../src/local/bundle';
import { fmtMs } from './stats';

const LIMIT_MS = 6 * 60 * 1000;

function rosterOf(rows: number) {
  const started = startAddOn();
  const { runtime, addOn } = started;
  addOn.call('loadSampleBothCourses');
  runtime.ui.answerNext('OK');
  addOn.call('trainModel');
  const sheet = runtime.spreadsheet.getSheetByName('Students');
  if (!sheet) throw new Error('no Students sheet');
  const sample = sheet.getDataRange().getValues();
  const body = Array.from({ length: rows }, (_, i) => sample[1 + (i % (sample.length - 1))] as unknown[]);
  if (sheet.getMaxRows() < rows + 1) sheet.insertRowsAfter(sheet.getMaxRows(), rows + 1 - sheet.getMaxRows());
  sheet.getRange(2, 1, rows, (sample[0] ?? []).length).setValues(body);
  return started;
}

export interface ExecutionFigures {
  calls: number;
  cells: number;
  estimatedMs: number;
  nodeMs: number;
}

/** Scores `rows` students to the end, firing the continuation triggers; one entry per execution. */
export function scoreToTheEnd(rows: number): ExecutionFigures[] {
  const { runtime, addOn } = rosterOf(rows);
  const executions: ExecutionFigures[] = [];
  const measure = (run: () => void) => {
    runtime.calls.reset();
    const start = process.hrtime.bigint();
    run();
    executions.push({
      calls: runtime.calls.total(),
      cells: runtime.calls.cells(),
      estimatedMs: runtime.calls.estimatedMs(),
      nodeMs: Number(process.hrtime.bigint() - start) / 1e6,
    });
  };
  runtime.ui.answerNext('OK');
  measure(() => addOn.call('scoreStudents'));
  while (runtime.ScriptApp.getProjectTriggers().length > 0) {
    runtime.clock.advance(2 * 60 * 1000);
    runtime.ui.answerNext('OK');
    measure(() => runtime.ScriptApp.runDueTriggers((name) => addOn.call(name)));
  }
  return executions;
}

export function printScoring(small: ExecutionFigures[], large: ExecutionFigures[]): void {
  console.log('\nScore students through dist/ on the local runtime:');
  const [one] = small;
  if (one) {
    console.log(
      `  10,000 rows: ${small.length} execution, ${one.calls} service calls, ${one.cells} cells, ` +
        `Node ${fmtMs(one.nodeMs)}, cost-model estimate ${fmtMs(one.estimatedMs)}`,
    );
  }
  const worst = Math.max(...large.map((e) => e.estimatedMs));
  console.log(
    `  100,000 rows: ${large.length} executions (blocks chosen from the cost model); per execution ` +
      `${large.map((e) => `${(e.estimatedMs / 1000).toFixed(0)} s`).join(', ')} estimated, ` +
      `worst ${((100 * worst) / LIMIT_MS).toFixed(0)}% of the 6-minute limit; Node ${fmtMs(large.reduce((s, e) => s + e.nodeMs, 0))} in all`,
  );
  const single = large.reduce((s, e) => s + e.cells, 0) * 0.1 + large.reduce((s, e) => s + e.calls, 0) * 7;
  console.log(
    `  (the same 100,000 rows in one execution would be estimated at ${(single / 1000).toFixed(0)} s)`,
  );
}
