/**
 * What the user meant: Excel cells carry NBSPs pasted from Word or the web, zero-width characters,
 * NFD text from macOS, and stray double spaces. None of that is content, so it is removed here once,
 * while the letters themselves (including where the user put a tone mark) are left untouched.
 */

/** Characters that take no space at all: ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen. */
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;

/** Space-like characters that JavaScript's `\s` does not cover (NEL); the rest are handled by `\s`. */
const EXTRA_SPACES = /[\u0085]/g;

/** Anything normalizeText would change: combining marks (NFD), invisible characters, odd or repeated spaces. */
const NEEDS_WORK = /[\u0300-\u036f\u0085\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\t\n\v\f\r]|  |^ | $/;

/** A line break of any kind (Alt+Enter's "\n", "\r\n", Unicode's line and paragraph separators): cells' lines split at it. */
export const LINE_BREAK = /\r\n?|[\n\u2028\u2029\u0085\v\f]/u;

/** NFC, zero-width characters removed, every kind of whitespace run collapsed to one ' ', trimmed. */
export function normalizeText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s
    .replace(ZERO_WIDTH, '')
    .normalize('NFC')
    .replace(EXTRA_SPACES, ' ')
    .replace(/\s+/g, ' ') // \s includes NBSP, narrow NBSP, figure space, U+2000–U+200A, U+3000, tabs, newlines
    .trim();
}

/** True when the text differs from its normalized form for any reason other than NFC. */
export function hasIrregularSpacing(s: string): boolean {
  return normalizeText(s) !== s.normalize('NFC');
}

/** True when the text is not in NFC (typically NFD: base letters followed by combining marks). */
export function isDecomposed(s: string): boolean {
  return s !== s.normalize('NFC');
}

/** NBSP → space, hidden characters removed, repeated spaces collapsed; line breaks kept. */
export function tidyText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    // Not the soft hyphen: in a cell typed in TCVN3 it is the letter "ư" ("Tham m­u").
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
}
