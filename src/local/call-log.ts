/**
 * Counts every call the add-on makes into the local runtime's services, and prices them with an optional
 * cost model. Apps Script time is dominated by round trips to the spreadsheet service, so a count of calls is a
 * stable stand-in for speed in tests, and the cost model turns the same count into a time estimate for benches.
 */

/** Time charged per call and per cell touched, in milliseconds. */
export interface CostModel {
  /** Fixed cost of one service round trip. */
  perCallMs: number;
  /** Extra cost per cell read or written by the call. */
  perCellMs: number;
}

/**
 * A deliberately pessimistic model of Sheets from Apps Script, used only for estimates. Derived from Google's
 * best-practices example: 10,000 cells set one call at a time took about 70 s (7 ms a call), and the same
 * 10,000 cells in one batched call about 1 s (0.1 ms a cell).
 */
export const TYPICAL_SHEETS_COST: CostModel = { perCallMs: 7, perCellMs: 0.1 };

export interface CallRecord {
  service: string;
  method: string;
  cells: number;
}

export class CallLog {
  private readonly counts = new Map<string, number>();
  private cellsTouched = 0;
  private calls = 0;
  private readonly trace: CallRecord[] = [];
  /** Checks each call before it counts; throws to refuse it (the runtime refuses calls an auth mode forbids). */
  guard: ((service: string, method: string) => void) | null = null;

  constructor(
    private readonly costModel: CostModel = TYPICAL_SHEETS_COST,
    private readonly keepTrace = false,
  ) {}

  /** Records one call, e.g. `record('Spreadsheet', 'Range.getValues', 1200)`. */
  record(service: string, method: string, cells = 0): void {
    this.guard?.(service, method);
    const key = `${service}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.calls += 1;
    this.cellsTouched += cells;
    if (this.keepTrace) this.trace.push({ service, method, cells });
  }

  /** Calls made so far, to one service or to all. */
  total(service?: string): number {
    if (service === undefined) return this.calls;
    let sum = 0;
    for (const [key, n] of this.counts) if (key.startsWith(`${service}.`)) sum += n;
    return sum;
  }

  /** Calls of one `Service.Class.method` key. */
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** A sorted copy of all counts, for snapshots and bench reports. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  cells(): number {
    return this.cellsTouched;
  }

  records(): readonly CallRecord[] {
    return this.trace;
  }

  /** Estimated Apps Script time of everything recorded, from the cost model. */
  estimatedMs(): number {
    return this.calls * this.costModel.perCallMs + this.cellsTouched * this.costModel.perCellMs;
  }

  reset(): void {
    this.counts.clear();
    this.calls = 0;
    this.cellsTouched = 0;
    this.trace.length = 0;
  }
}
