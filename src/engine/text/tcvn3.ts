/**
 * TCVN3 (TCVN 5712 "ABC", fonts .VnTime, .VnArial…): one byte per precomposed Vietnamese letter.
 * VN3 proper has the 67 lowercase letters and Ă Â Ê Ô Ơ Ư Đ; uppercase letters with tones exist only
 * by switching to an all-capital font (.VnTimeH), which is why the caller may ask for `upper`.
 * The larger VN2/VN1 forms of the standard add uppercase toned letters, which are decoded too:
 * those in 0xA0–0xFF always, those in 0x80–0x9F only where they cannot be cp1252 punctuation
 * (a raw C1 code point, between two letters in a Vietnamese word, or a cp1252 letter such as ž
 * beside a letter), those in C0 always (control codes are never text).
 * VN2's combining tone marks (0xB0–0xB4, shown as "°±²³´") are left alone: in VN3 text they are symbols.
 * Note 0xAD (ư) reads as a soft hyphen: convert before normalizeText, which deletes soft hyphens.
 */
import { byteOf, isC1Control } from './cp1252';
import { isVietnameseSyllable } from './syllable';

/** Combining tone marks in TCVN byte order: grave (huyền), hook (hỏi), tilde (ngã), acute (sắc), dot (nặng). */
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/** VN3: [letter, byte of the toneless letter or null when ASCII, bytes of its 5 toned forms]. */
const VN3_LOWER: Array<[string, number | null, number[]]> = [
  ['a', null, [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', 0xa8, [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', 0xa9, [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', null, [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', 0xaa, [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', null, [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', null, [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', 0xab, [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', 0xac, [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', null, [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', 0xad, [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', null, [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/** VN3 single letters: đ and the seven toneless uppercase letters; NBSP stays NBSP. */
const VN3_OTHER: Array<[string, number]> = [
  ['đ', 0xae], ['Ă', 0xa1], ['Â', 0xa2], ['Ê', 0xa3], ['Ô', 0xa4], ['Ơ', 0xa5], ['Ư', 0xa6], ['Đ', 0xa7],
];

/** VN1/VN2 uppercase toned letters, same tone order as above. */
const VN1_UPPER: Array<[string, number[]]> = [
  ['A', [0x80, 0x81, 0x82, 0x83, 0x84]],
  ['Ă', [0xaf, 0xba, 0xbf, 0xc0, 0x85]],
  ['Â', [0xc1, 0xc2, 0xc3, 0xc4, 0x86]],
  ['E', [0x87, 0x88, 0x89, 0x8a, 0x8b]],
  ['Ê', [0xc5, 0xcd, 0xd9, 0xda, 0x8c]],
  ['I', [0x8d, 0x8e, 0x8f, 0x90, 0x91]],
  ['O', [0x92, 0x93, 0x94, 0x95, 0x96]],
  ['Ô', [0xdb, 0xe0, 0xf0, 0xff, 0x97]],
  ['Ơ', [0x98, 0x99, 0x9a, 0x9b, 0x9c]],
  ['U', [0x9d, 0x9e, 0x9f, 0x01, 0x02]],
  ['Ư', [0x04, 0x05, 0x06, 0x11, 0x12]],
  ['Y', [0x13, 0x14, 0x15, 0x16, 0x17]],
];

/** byte → Unicode letter (NFC). */
const LETTER_OF_BYTE = new Map<number, string>();
for (const [letter, plain, toned] of VN3_LOWER) {
  if (plain !== null) LETTER_OF_BYTE.set(plain, letter);
  toned.forEach((b, t) => LETTER_OF_BYTE.set(b, (letter + TONES[t]).normalize('NFC')));
}
for (const [letter, b] of VN3_OTHER) LETTER_OF_BYTE.set(b, letter);
for (const [letter, toned] of VN1_UPPER) {
  toned.forEach((b, t) => LETTER_OF_BYTE.set(b, (letter + TONES[t]).normalize('NFC')));
}

/** The TCVN3 letter a character stands for, if any (ignoring context). */
function letterOf(ch: string): string | undefined {
  const b = byteOf(ch);
  return b === undefined ? undefined : LETTER_OF_BYTE.get(b);
}

function isLetterLike(ch: string | undefined): boolean {
  return ch !== undefined && (/[A-Za-z]/.test(ch) || letterOf(ch) !== undefined);
}

/** Whether the word around chars[i], read with `letter` there, is a Vietnamese syllable. */
function makesSyllable(chars: string[], i: number, letter: string): boolean {
  let from = i;
  let to = i;
  while (from > 0 && isLetterLike(chars[from - 1])) from--;
  while (to + 1 < chars.length && isLetterLike(chars[to + 1])) to++;
  const word = chars.slice(from, to + 1).map((ch, k) => (from + k === i ? letter : (letterOf(ch) ?? ch))).join('');
  return isVietnameseSyllable(word);
}

/** Decodes TCVN3 text read as Windows-1252 into NFC Unicode. */
export function decodeTcvn3(s: string): string {
  const chars = Array.from(s);
  let out = '';
  chars.forEach((ch, i) => {
    const letter = letterOf(ch);
    const b = byteOf(ch)!;
    const c1 = letter !== undefined && b >= 0x80 && b <= 0x9f && !isC1Control(ch);
    // cp1252 reads most of 0x80–0x9F as punctuation (’ “ ” – …): a letter only between two letters
    // where the word it makes is Vietnamese (VN1 "H–C" is "HỌC"; "H’re", "KH–CN" keep theirs).
    // The few it reads as letters (Š Œ Ž š œ ž Ÿ ƒ) are never Vietnamese: a letter beside any letter ("žy" → "Ủy").
    const prev = isLetterLike(chars[i - 1]);
    const next = isLetterLike(chars[i + 1]);
    const inWord = /\p{L}/u.test(ch) ? prev || next : prev && next && makesSyllable(chars, i, letter!);
    if (letter === undefined || (c1 && !inWord)) {
      out += ch;
    } else {
      out += letter;
    }
  });
  return out.normalize('NFC');
}

