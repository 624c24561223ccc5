/**
 * VNI (fonts VNI-Times, VNI-Helve…): a Vietnamese letter is an ASCII base letter followed by one
 * Latin-1 character carrying its marks ("aù" = á, "oâ" = ô, "aë" = ặ); ơ, ư, đ, the toned i and ỵ
 * are single characters ("ô" = ơ, "ö" = ư, "ñ" = đ, "í"… "î" = ỵ). A toned ơ/ư is therefore two
 * characters, "ôø" = ờ, "öõ" = ữ, "ÔÏ" = Ợ, which is where naive converters go wrong.
 * Uppercase letters use the uppercase Latin-1 characters; either case of a mark character is accepted.
 */

const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const ACUTE = '\u0301';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031B';

/** Tone marks, valid after any vowel (including ơ and ư). */
const TONE_MARKS: Record<string, string> = { ø: GRAVE, û: HOOK, õ: TILDE, ù: ACUTE, ï: DOT };

/** Circumflex with or without a tone, valid after a, e, o. */
const CIRCUMFLEX_MARKS: Record<string, string> = {
  â: CIRCUMFLEX, à: CIRCUMFLEX + GRAVE, å: CIRCUMFLEX + HOOK, ã: CIRCUMFLEX + TILDE, á: CIRCUMFLEX + ACUTE, ä: CIRCUMFLEX + DOT,
};

/** Breve with or without a tone, valid after a only. */
const BREVE_MARKS: Record<string, string> = {
  ê: BREVE, è: BREVE + GRAVE, ú: BREVE + HOOK, ü: BREVE + TILDE, é: BREVE + ACUTE, ë: BREVE + DOT,
};

/** Single characters that are whole letters; ơ and ư may still take a tone mark after them. */
const SINGLE_LETTERS: Record<string, string> = {
  ô: 'o' + HORN, ö: 'u' + HORN, ñ: 'đ',
  ì: 'i' + GRAVE, æ: 'i' + HOOK, ó: 'i' + TILDE, í: 'i' + ACUTE, ò: 'i' + DOT, î: 'y' + DOT,
};

function lookup(table: Record<string, string>, ch: string | undefined): string | undefined {
  return ch === undefined ? undefined : table[ch.toLowerCase()];
}

function upperIf(upper: boolean, s: string): string {
  return upper ? s.toUpperCase() : s;
}

const TAKES_CIRCUMFLEX = new Set(['a', 'e', 'o']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Decodes VNI text read as Windows-1252 into NFC Unicode. */
export function decodeVni(s: string): string {
  const chars = Array.from(s);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    let marks: string | undefined;
    if (TAKES_CIRCUMFLEX.has(lower) && (marks = lookup(CIRCUMFLEX_MARKS, next)) !== undefined) {
      out += ch + marks;
      i++;
    } else if (lower === 'a' && (marks = lookup(BREVE_MARKS, next)) !== undefined) {
      out += ch + marks;
      i++;
    } else if (VOWELS.has(lower) && (marks = lookup(TONE_MARKS, next)) !== undefined) {
      out += ch + marks;
      i++;
    } else if (SINGLE_LETTERS[lower] !== undefined) {
      const letter = upperIf(upper, SINGLE_LETTERS[lower]!);
      const horned = lower === 'ô' || lower === 'ö';
      const tone = horned ? lookup(TONE_MARKS, next) : undefined;
      out += tone === undefined ? letter : letter + tone;
      if (tone !== undefined) i++;
    } else {
      out += ch;
    }
  }
  return out.normalize('NFC');
}
