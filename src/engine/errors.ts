/**
 * An input the engine or a host cannot use. `message` is one Vietnamese sentence for the user;
 * hosts show it as it is (CLI: stderr and exit 2; pane: the error bar), never a stack trace.
 */
export type InputErrorCode =
  | 'not-xlsx'
  | 'legacy-xls'
  | 'xlsb'
  | 'encrypted'
  | 'unreadable'
  | 'no-task-table'
  | 'no-such-sheet'
  | 'bad-directory'
  | 'unknown-period'
  | 'not-found'
  | 'cannot-write';

export class CtctInputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CtctInputError';
  }
}
