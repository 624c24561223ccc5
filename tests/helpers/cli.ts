/** Runs the `ctct` command in-process, as a user would type it, capturing what it prints. */
import { main } from '../../src/cli/main';
import { AS_OF } from './fixtures';

export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main([...argv, '--as-of', AS_OF], { out: (s) => (out += `${s}\n`), err: (s) => (err += `${s}\n`) });
  return { code, out, err };
}
