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
export const foldKey = memo((s: string): string => normalizeText(s).toLowerCase().replace(/ð/g, 'đ').normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd'));

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
