/**
 * Comparison keys. Names of departments and people arrive in many forms (case, NFD, NBSP, old or new
 * tone placement "hòa"/"hoà"); these keys make those forms compare equal. Keys are for comparison only,
 * never for display.
 */
import { normalizeText } from './normalize';
import { memo } from '../memo';

const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
const END = '(?![\\p{L}\\p{M}])';

/**
 * Old-style placement puts the tone on the first vowel of a final "oa", "oe", "uy" (hòa, khỏe, thủy);
 * new style puts it on the second (hoà, khoẻ, thuỷ). Matched in NFD: vowel, tone mark, second vowel,
 * then nothing letter-like (no final consonant, no further mark). "ô"/"ộ" never match: their
 * circumflex sits between the vowel and the tone or after the second vowel.
 */
const OLD_STYLE_TONE = new RegExp(`([oO])(${TONE})([aAeE])${END}|([uU])(${TONE})([yY])${END}`, 'gu');

/** Moves tone marks of final "oa", "oe", "uy" to the new-style position. Output is NFC. */
export function unifyTonePlacement(s: string): string {
  return s
    .normalize('NFD')
    .replace(OLD_STYLE_TONE, (_m, o?: string, t1?: string, ae?: string, u?: string, t2?: string, y?: string) =>
      o ? `${o}${ae}${t1}` : `${u}${y}${t2}`,
    )
    .normalize('NFC');
}

/**
 * Normalized, lowercase, tone placement unified; diacritics kept. The Icelandic "Ð" (U+00D0) some
 * fonts and keyboards give for "Đ" looks the same on screen: it is read as "Đ".
 */
export const matchKey = memo((s: string): string => unifyTonePlacement(normalizeText(s).toLowerCase().replace(/ð/g, 'đ')));

const MARKS = /\p{M}/gu;

/**
 * matchKey without any diacritics (đ → d): "Phòng Quản lý" → "phong quan ly". Made from the
 * lowercase text itself, not from matchKey: tone placement only moves marks, and they all go.
 */
export const foldKey = memo((s: string): string => {
  // normalizeText once: the table is for text it leaves as it is, the whole pass for the rest.
  const normal = normalizeText(s);
  return (normal === s ? foldByLetter(s) : null) ?? foldNormalized(normal);
});

function foldNormalized(s: string): string {
  return s.toLowerCase().replace(/ð/g, 'đ').normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd');
}

/** Each code below U+2000 folded alone: a code, DROPPED (a mark), WHOLE (see foldByLetter) or not yet known. */
const LETTER_FOLDS = new Int32Array(0x2000).fill(-3);
const DROPPED = -1;
const WHOLE = -2;
const FOLDED = new Uint16Array(512);

/**
 * foldNormalized letter by letter, through a table, for a text normalizeText leaves as it is: each step
 * folds a letter apart from its neighbours (lowercase, decomposition, marks dropped). Not for the
 * capital sigma (its lowercase depends on the next letter) nor a letter folding to two ("ǅ" → "dz"):
 * null, and foldNormalized does it. Sheets' long task texts are each folded once; this spares their passes.
 */
function foldByLetter(s: string): string | null {
  if (s.length > FOLDED.length) return null;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x2000) return null;
    let f = LETTER_FOLDS[c];
    if (f === -3) LETTER_FOLDS[c] = f = letterFold(c);
    if (f === WHOLE) return null;
    if (f !== DROPPED) FOLDED[n++] = f;
  }
  return String.fromCharCode.apply(null, FOLDED.subarray(0, n) as unknown as number[]);
}

function letterFold(c: number): number {
  const f = foldNormalized(String.fromCharCode(c));
  if (c === 0x3a3 || f.length > 1) return WHOLE;
  return f.length === 0 ? DROPPED : f.charCodeAt(0);
}

/** foldKey with punctuation as single spaces: "Phòng QLKH&ĐMST  (chủ trì)" → "phong qlkh dmst chu tri". */
export function foldText(s: string): string {
  return foldKey(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** matchKey keeping only letters, digits and '&': case, spacing, punctuation and tone placement do not matter; accents do. */
export function exactKey(s: string): string {
  return matchKey(s).replace(/[^\p{L}\p{N}&]/gu, '');
}

/** foldKey keeping only letters, digits and '&': "Phòng QLKH & ĐMST" → "phongqlkh&dmst". */
export function compactKey(s: string): string {
  return foldKey(s).replace(/[^\p{L}\p{N}&]/gu, '');
}
