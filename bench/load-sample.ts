/**
 * Load sample data through the built bundle on the local runtime: spreadsheet calls (must not grow with the
 * number of rows), cells written, the cost model's estimate of Apps Script time, and Node time.
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

function measure(label: string, menuFunction: string): JobFigures {
  const once = () => {
    const { runtime, addOn } = startAddOn();
    runtime.calls.reset();
    addOn.call(menuFunction);
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

export function benchLoadSample(): JobFigures[] {
  return [
    measure('Math (395 rows)', 'loadSampleMath'),
    measure('both courses (1,044 rows)', 'loadSampleBothCourses'),
  ];
}

export function printLoadSample(rows: JobFigures[]): void {
  console.log('\nLoad sample data, through dist/ on the local runtime (new spreadsheet):');
  for (const r of rows) {
    console.log(
      `  ${r.label.padEnd(26)} ${r.calls} service calls, ${r.cells} cells, ` +
        `cost-model estimate ${fmtMs(r.estimatedMs)}, Node ${fmtMs(r.nodeMs)} (median of 5)`,
    );
  }
}
