/** The bundled default directory, and loading a department's own (JSON) with a clear message. */
import defaultJson from './default-directory.json';
import { CtctInputError } from '../errors';
import { Directory, directorySchema } from './types';
import { checkRenames } from './rename';
import type { z } from 'zod';

/**
 * Validates a directory; a bad one gets one Vietnamese sentence naming the first problem. Its
 * text is read in NFC, as cells are: a file saved in NFD must still match the sheets' names.
 */
export function parseDirectory(json: unknown, source = 'danh mục', placeOf?: (path: readonly PropertyKey[]) => string | null): Directory {
  const input = composed(json);
  const parsed = directorySchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const text = issueText(issue, valueAt(input, issue.path));
    // A sheet names its row ("Sheet «Danh mục», dòng 45"): its users never saw the JSON path.
    const place = placeOf?.(issue.path);
    if (place) throw new CtctInputError('bad-directory', `${place}: ${text}.`);
    const where = issue.path.map((k) => (typeof k === 'number' ? `[${k + 1}]` : `.${String(k)}`)).join('').replace(/^\./, '');
    throw new CtctInputError('bad-directory', `Danh mục "${source}" không hợp lệ: mục ${where || '(gốc)'} ${text}.`);
  }
  const periods = [...parsed.data.periods].sort((a, b) => a.from.localeCompare(b.from));
  checkRenames(periods, source);
  return { ...parsed.data, periods };
}

export const defaultDirectory: Directory = parseDirectory(defaultJson, 'mặc định');

/** A directory file's text: JSON, a byte-order mark (Windows Notepad saves one) allowed. */
export function parseDirectoryText(text: string, source: string): Directory {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new CtctInputError('bad-directory', `Tệp danh mục "${source}" không phải là JSON hợp lệ.`);
  }
  return parseDirectory(json, source);
}

function composed(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(composed);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, composed(v)]));
  return value;
}

const KIND_NAMES: Record<string, string> = { array: 'một danh sách [...]', string: 'chữ (trong dấu ngoặc kép)', object: 'một mục {...}', boolean: 'true hoặc false', number: 'một số' };

/** What is wrong, in Vietnamese: zod's own messages are English. */
function issueText(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'còn thiếu' : `phải là ${KIND_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? `cần ít nhất ${String(issue.minimum)} mục` : 'không được để trống';
    case 'unrecognized_keys':
      return `có khóa không dùng được: ${issue.keys.join(', ')}`;
    case 'custom':
      return issue.message;
    default:
      return 'không đúng dạng';
  }
}

function valueAt(json: unknown, path: PropertyKey[]): unknown {
  let v = json;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}
