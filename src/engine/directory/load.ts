/** The bundled default directory, and loading a department's own (JSON) with a clear message. */
import defaultJson from './default-directory.json';
import { CtctInputError } from '../errors';
import { Directory, directorySchema } from './types';

/** Validates a directory; a bad one gets one Vietnamese sentence naming the first problem. */
export function parseDirectory(json: unknown, source = 'danh mục'): Directory {
  const parsed = directorySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.join('.');
    throw new CtctInputError('bad-directory', `Danh mục "${source}" không hợp lệ: mục ${where || '(gốc)'} — ${issue.message}.`);
  }
  const periods = [...parsed.data.periods].sort((a, b) => a.from.localeCompare(b.from));
  return { ...parsed.data, periods };
}

export const defaultDirectory: Directory = parseDirectory(defaultJson, 'mặc định');
