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
    /** What to do in Excel, ending where each host says its own next step (see withNextStep); `message` ends it with ".". */
    readonly beforeNextStep?: string,
  ) {
    super(message);
    this.name = 'CtctInputError';
  }
}

/** An input error the user mends in Excel before going on as the host says ("rồi chạy lại lệnh", "rồi chọn lại tệp"). */
export function mendInExcel(code: InputErrorCode, text: string): CtctInputError {
  return new CtctInputError(code, `${text}.`, text);
}

/** The error's sentence with the host's next step, where it has one (by field: instanceof fails across bundles). */
export function withNextStep(error: Error, step: string): string {
  const before = (error as { beforeNextStep?: unknown }).beforeNextStep;
  return typeof before === 'string' ? `${before} ${step}.` : error.message;
}
