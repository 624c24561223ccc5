/**
 * A task's text as a comparison key: case, spacing and punctuation do not matter. An explicit
 * punctuation class, not \p{…}: Unicode-property regexes are slow over 20,000 long tasks, and
 * tasks are all different, so there is nothing to cache. Cell text is already NFC.
 */
const NOT_CONTENT = /[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+/g;

export function taskTextKey(text: string): string {
  return text.toLowerCase().replace(NOT_CONTENT, '');
}

/** The characters NOT_CONTENT removes, as a test on one UTF-16 code unit. */
function isNotContent(c: number): boolean {
  if (c < 0x80) return c <= 32 ? c === 32 || (c >= 9 && c <= 13) : (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
  return (c >= 0xa0 && c <= 0xbf) || c === 0x1680 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xfeff;
}

/** isNotContent of every code below U+2000 (all Vietnamese letters), as a table: 1 where removed. */
const NOT_CONTENT_BELOW_2000 = Uint8Array.from({ length: 0x2000 }, (_, c) => (isNotContent(c) ? 1 : 0));

/** Math.imul, looked up once: the loop below runs once per character of every task. */
const imul = Math.imul;

const REMOVED = -1;
const WHOLE = -2;

/**
 * Each code below U+2000 lowercased alone, where that is one code below U+2000 that is content
 * (not removed by NOT_CONTENT); REMOVED where that code is not content; WHOLE where the text must
 * be lowercased whole: the capital sigma (its lowercase depends on the next letter), "İ" (two codes).
 */
const LOWER_CONTENT_BELOW_2000 = Int32Array.from({ length: 0x2000 }, (_, c) => {
  const lower = String.fromCharCode(c).toLowerCase();
  if (c === 0x3a3 || lower.length !== 1 || lower.charCodeAt(0) >= 0x2000) return WHOLE;
  return NOT_CONTENT_BELOW_2000[lower.charCodeAt(0)] ? REMOVED : lower.charCodeAt(0);
});

/**
 * FNV-1a (32 bits) of taskTextKey(text), computed without building the key: a task's identity in
 * the tracker and the first test for duplicates (equal hashes are confirmed on the keys).
 * Characters are looked up in a table: the first check runs this loop in the interpreter, where a
 * call per character costs more than the hash. Lowercased letter by letter there too, not as a copy
 * of each task's text, unless a letter needs the whole text (hashOfLowercase).
 */
export function taskTextHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0, n = text.length; i < n; i++) {
    const code = text.charCodeAt(i);
    const c = code < 0x2000 ? LOWER_CONTENT_BELOW_2000[code] : WHOLE;
    if (c === REMOVED) continue;
    if (c === WHOLE) return hashOfLowercase(text);
    h = imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

function hashOfLowercase(text: string): number {
  const s = text.toLowerCase();
  let h = 0x811c9dc5;
  for (let i = 0, n = s.length; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x2000 ? NOT_CONTENT_BELOW_2000[c] : isNotContent(c)) continue;
    h = imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** A task key without its occurrence number: "3.7.k2x1f.2" → "3.7.k2x1f" (keys are quarter.month.hash). */
export function keyFamily(key: string): string {
  return key.split('.', 3).join('.');
}
