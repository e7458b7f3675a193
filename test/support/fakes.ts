/** Stateful in-memory fakes of the job ports, for job tests that run without the Sheets runtime. */
import { createHash } from 'node:crypto';
import type {
  CellValue,
  Dialogs,
  Digests,
  KeyValueStore,
  RecordSheet,
  SheetTable,
} from '../../src/jobs/ports';

/** A sheet held in memory, counting reads and writes. */
export class InMemoryTable implements SheetTable {
  reads = 0;
  writes = 0;
  constructor(public values: CellValue[][] = []) {}
  read() {
    this.reads += 1;
    return this.values.map((row) => [...row]);
  }
  replace(values: CellValue[][]) {
    this.writes += 1;
    this.values = values.map((row) => [...row]);
  }
}

/** A record sheet held in memory (rows below the header). */
export class InMemoryRecordSheet implements RecordSheet {
  writes = 0;
  constructor(public data: CellValue[][] = []) {}
  rows() {
    return this.data.map((row) => [...row]);
  }
  append(rows: CellValue[][]) {
    this.writes += 1;
    const first = this.data.length + 2;
    this.data.push(...rows.map((row) => [...row]));
    return first;
  }
  rewrite(rows: CellValue[][]) {
    this.writes += 1;
    this.data = rows.map((row) => [...row]);
  }
}

/** Dialogs that answer from a script and remember what was asked. */
export class ScriptedDialogs implements Dialogs {
  questions: string[] = [];
  messages: string[] = [];
  toasts: string[] = [];
  constructor(
    private readonly answers: boolean[] = [],
    private readonly replies: (string | null)[] = [],
  ) {}
  confirm(_title: string, message: string) {
    this.questions.push(message);
    const answer = this.answers.shift();
    if (answer === undefined) throw new Error(`Unexpected question: ${message}`);
    return answer;
  }
  prompt(_title: string, message: string) {
    this.questions.push(message);
    const reply = this.replies.shift();
    if (reply === undefined) throw new Error(`Unexpected prompt: ${message}`);
    return reply;
  }
  inform(_title: string, message: string) {
    this.messages.push(message);
  }
  toast(message: string) {
    this.toasts.push(message);
  }
}

export const nodeDigests: Digests = {
  sha256Hex: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
};

/** Document properties held in a Map; counts the writes, so a test can tell nothing was written. */
export class MapStore implements KeyValueStore {
  readonly values = new Map<string, string>();
  writes = 0;
  get = (key: string) => this.values.get(key) ?? null;
  set = (key: string, value: string) => {
    this.writes += 1;
    this.values.set(key, value);
  };
  remove = (key: string) => {
    this.writes += 1;
    this.values.delete(key);
  };
}
