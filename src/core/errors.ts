/**
 * The error for problems in the teacher's own data. It carries the sheet row and the column header when there
 * is one, so the message can point at the cell; `src/ui` shows its message as it is, without a stack trace.
 */
export class DataError extends Error {
  constructor(
    message: string,
    readonly location: { row?: number; column?: string } = {},
  ) {
    super(message);
    this.name = 'DataError';
  }
}
