/**
 * Menu jobs run through the built bundle on the local runtime: spreadsheet service calls (which must not grow
 * with the number of rows), cells touched, the cost model's estimate of Apps Script time, and Node time.
 */
import { startAddOn } from '../src/local/bundle';
import { fmtMs, medianMs } from './stats';

interface JobFigures {
  label: string;
  calls: number;
  cells: number;
  estimatedMs: number;
  nodeMs: number;
}

/** Runs `setup` menu functions, then measures `job` (acknowledging any alert it shows). */
function measure(label: string, setup: string[], job: string): JobFigures {
  const once = () => {
    const { runtime, addOn } = startAddOn();
    for (const fn of setup) addOn.call(fn);
    runtime.calls.reset();
    runtime.ui.answerNext('OK');
    addOn.call(job);
    return runtime;
  };
  const runtime = once();
  return {
    label,
    calls: runtime.calls.total(),
    cells: runtime.calls.cells(),
    estimatedMs: runtime.calls.estimatedMs(),
    nodeMs: medianMs(once, 5),
  };
}

export function benchJobs(): JobFigures[] {
  return [
    measure('Load sample: Math (395 rows)', [], 'loadSampleMath'),
    measure('Load sample: both (1,044 rows)', [], 'loadSampleBothCourses'),
    measure('Check data: 395 rows', ['loadSampleMath'], 'checkData'),
    measure('Check data: 1,044 rows', ['loadSampleBothCourses'], 'checkData'),
    measure('Train model: 395 rows', ['loadSampleMath'], 'trainModel'),
    measure('Train model: 1,044 rows', ['loadSampleBothCourses'], 'trainModel'),
  ];
}

export function printJobs(rows: JobFigures[]): void {
  console.log(
    '\nMenu jobs through dist/ on the local runtime (new spreadsheet; Node time is setup + job, median of 5):',
  );
  for (const r of rows) {
    console.log(
      `  ${r.label.padEnd(32)} ${String(r.calls).padStart(3)} service calls, ${String(r.cells).padStart(6)} cells, ` +
        `cost-model estimate ${fmtMs(r.estimatedMs).padStart(7)}, Node ${fmtMs(r.nodeMs)}`,
    );
  }
}
