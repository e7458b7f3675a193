/**
 * The local `Logger`: every `Logger.log` line is kept (`entries`, `getLog()`) and printed only when asked
 * (`echo: true`), so test output stays quiet while a test can still assert on what the add-on logged.
 */
import type { CallLog } from '../call-log';
import type { Clock } from './clock';
import { ManualClock } from './clock';
import { formatString } from './format-string';
import type { Subset } from '../implements';

export interface LogEntry {
  /** Clock time of the call. */
  at: number;
  message: string;
}

export interface LocalLoggerOptions {
  calls: CallLog;
  clock?: Clock;
  /** Also print each line with `console.log` (for a demo or when debugging a test). */
  echo?: boolean;
}

export class LocalLogger implements Subset<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  readonly entries: LogEntry[] = [];
  private readonly calls: CallLog;
  private readonly clock: Clock;
  private readonly echo: boolean;

  constructor(options: LocalLoggerOptions) {
    this.calls = options.calls;
    this.clock = options.clock ?? new ManualClock();
    this.echo = options.echo ?? false;
  }

  /** Logs `data`, or `format` with `%s`/`%d`/`%f` replaced by the values that follow. */
  log(data: unknown, ...values: unknown[]): this {
    this.calls.record('Logger', 'log');
    const message = values.length > 0 && typeof data === 'string' ? formatString(data, values) : show(data);
    this.entries.push({ at: this.clock.now(), message });
    if (this.echo) console.log(message);
    return this;
  }

  /** Every line logged since the start (or the last `clear()`), one per line. */
  getLog(): string {
    this.calls.record('Logger', 'getLog');
    return this.entries.map((entry) => entry.message).join('\n');
  }

  clear(): void {
    this.calls.record('Logger', 'clear');
    this.entries.length = 0;
  }
}

/** Strings as they are, objects and arrays as JSON (readable, though Apps Script prints objects its own way). */
function show(data: unknown): string {
  if (typeof data === 'string') return data;
  if (
    data !== null &&
    typeof data === 'object' &&
    Object.prototype.toString.call(data) !== '[object Error]'
  ) {
    try {
      return JSON.stringify(data);
    } catch {
      return String(data);
    }
  }
  return String(data);
}
