/** Where the command writes: stdout and stderr, or what a test collects. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const defaultIo: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };

