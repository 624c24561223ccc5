/**
 * Legacy Vietnamese fonts store bytes, and Excel hands us those bytes as if they were Windows-1252
 * text. To undo that we need the byte behind each character: Latin-1 characters are their own byte,
 * 0x80–0x9F show as cp1252 punctuation ('€', '“', 'Š'…), and some readers give the raw C1 control
 * code points U+0080–U+009F instead, so both spellings are accepted.
 */

/** cp1252 characters of bytes 0x80–0x9F; NUL where cp1252 leaves the byte undefined. */
const CP1252_HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

const BYTE_OF_SPECIAL = new Map<string, number>();
for (let i = 0; i < CP1252_HIGH.length; i++) {
  if (CP1252_HIGH[i] !== '\u0000') BYTE_OF_SPECIAL.set(CP1252_HIGH[i]!, 0x80 + i);
}

/** The byte a character stands for after a Windows-1252 (or Latin-1) read, or undefined. */
export function byteOf(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code <= 0xff) return code;
  return BYTE_OF_SPECIAL.get(ch);
}

/** True for the raw C1 control code points U+0080–U+009F (never typed text). */
export function isC1Control(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return ch.length === 1 && code >= 0x80 && code <= 0x9f;
}

/** True for characters that a Windows-1252 read can produce (Latin-1 plus the 0x80–0x9F specials). */
export function isCp1252Char(ch: string): boolean {
  return byteOf(ch) !== undefined;
}
