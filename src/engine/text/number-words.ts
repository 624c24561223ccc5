/**
 * Vietnamese numbers in words, as headings write counts and months ("(bốn nhiệm vụ)", "gồm hai
 * mươi mốt nội dung", "tháng Tám"): the one table of them.
 */
import { foldKey } from './keys';

/** The digits as numbers say them: "mốt" (…1 after "mươi"), "tư" (4), "lăm" (…5). */
const DIGITS: readonly (readonly [word: string, value: number])[] = [
  ['một', 1],
  ['mốt', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['tư', 4],
  ['năm', 5],
  ['lăm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['tám', 8],
  ['chín', 9],
];

/** Ten, tens, hundreds, and "linh"/"lẻ" (no tens: "một trăm linh hai"). */
const OTHER_WORDS = ['mười', 'mươi', 'trăm', 'linh', 'lẻ'];

/** Every word numbers are written with, with its marks: for text read as written. */
export const NUMBER_WORDS_WRITTEN: readonly string[] = [...DIGITS.map(([w]) => w), ...OTHER_WORDS];

/** The digits' words folded: "bon" 4, "tam" 8 ("một" and "mốt" fold alike). */
export const DIGIT_WORDS: Readonly<Record<string, number>> = Object.fromEntries(DIGITS.map(([w, n]) => [foldKey(w), n]));

/** Ordinals after "thứ" (folded): "nhất" 1, then as the digits: "thứ hai", "thứ tư" 4, "thứ tám". */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = { nhat: 1, ...DIGIT_WORDS };

/** One word of a number, folded, as a regex group: "(?:mot|hai|…|le)". */
export const NUMBER_WORD = `(?:${[...new Set(NUMBER_WORDS_WRITTEN.map((w) => foldKey(w)))].join('|')})`;

/**
 * A number written in (folded) Vietnamese words, as counts are: "bon" 4, "muoi mot" 11, "hai muoi
 * mot" 21 ("mốt"), "ba muoi lam" 35, "mot tram linh hai" 102; null for other words.
 */
export function numberInWords(words: string): number | null {
  const w = words.trim().split(/\s+/);
  const digit = (k: number): number => DIGIT_WORDS[w[k]] ?? 0;
  let i = 0;
  let n = 0;
  if (digit(0) && w[1] === 'tram') {
    n = digit(0) * 100;
    i = 2;
    if (w[i] === 'linh' || w[i] === 'le') i++;
  }
  if (w[i] === 'muoi') {
    n += 10;
    i++;
  } else if (digit(i) >= 2 && w[i + 1] === 'muoi') {
    n += digit(i) * 10;
    i += 2;
  }
  if (i === w.length - 1 && digit(i)) n += digit(i++);
  return i === w.length && n > 0 ? n : null;
}
