import { useCallback, useEffect, useRef, useState } from 'react';

/** The four states every action shows. The error is kept as it was thrown; its message is chosen at render time. */
export type ActionState<R> =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: R }
  | { status: 'error'; error: unknown };

/**
 * Runs an async action and tracks its state. A run started while another is under way supersedes
 * it (the older result is dropped). `run` resolves to the result, or undefined after an error.
 */
export function useAction<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
): [ActionState<R>, (...args: A) => Promise<R | undefined>, () => void] {
  const [state, setState] = useState<ActionState<R>>({ status: 'idle' });
  const fnRef = useRef(fn);
  fnRef.current = fn;
  const runId = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A) => {
    const id = ++runId.current;
    setState({ status: 'running' });
    try {
      const result = await fnRef.current(...args);
      if (mounted.current && id === runId.current) setState({ status: 'done', result });
      return result;
    } catch (error) {
      if (typeof console !== 'undefined') console.error(error);
      if (mounted.current && id === runId.current) setState({ status: 'error', error });
      return undefined;
    }
  }, []);
  const reset = useCallback(() => {
    runId.current++;
    setState({ status: 'idle' });
  }, []);
  return [state, run, reset];
}
