/** Where the command writes: stdout and stderr, or what a test collects. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

let stdoutClosed = false;

export const defaultIo: Io = {
  out: (s) => {
    if (!stdoutClosed) process.stdout.write(`${s}\n`);
  },
  err: (s) => process.stderr.write(`${s}\n`),
};

/**
 * The reader of the output went away (`ctct check --json | head`): what is left to print is
 * dropped and the command ends as it would have (its exit code), not with Node's stack trace.
 */
export function quietOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    stdoutClosed = true;
  });
}
