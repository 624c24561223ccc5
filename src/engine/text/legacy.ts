/**
 * Legacy Vietnamese encodings (TCVN3, VNI) in workbooks that were typed before Unicode: the cell shows
 * garbage such as "Phßng Qu¶n lý" unless its font is a legacy one. Detection trusts a legacy font name;
 * without one it only answers when converting clearly repairs the text (see detectLegacyEncoding).
 */
import { isCp1252Char } from './cp1252';
import { isVietnameseSyllable } from './syllable';
import { decodeTcvn3 } from './tcvn3';
import { decodeVni } from './vni';
import { memo } from '../memo';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** The encoding a font name implies: ".VnTime…" → tcvn3, "VNI-Times…"/"VNI Times…" → vni. */
export function legacyFontEncoding(fontName?: string | null): LegacyEncoding | null {
  // Asked for every cell: most fonts ("Times New Roman") are ruled out without building a string.
  const first = fontName?.trimStart().charAt(0);
  if (first !== '.' && first !== 'v' && first !== 'V') return null;
  const name = fontName!.trim().toLowerCase();
  if (name.startsWith('.vn')) return 'tcvn3';
  if (name.startsWith('vni-') || name.startsWith('vni ')) return 'vni';
  return null;
}

/** True for the all-capital TCVN3 fonts (".VnTimeH", ".VnArialH"…), whose text must be uppercased. */
export function isUppercaseLegacyFont(fontName?: string | null): boolean {
  const name = (fontName ?? '').trim();
  return legacyFontEncoding(name) === 'tcvn3' && name.endsWith('H');
}

/** Converts legacy-encoded text (as read through Windows-1252) to NFC Unicode. */
export function convertLegacy(s: string, encoding: LegacyEncoding, opts?: { upper?: boolean }): string {
  const out = encoding === 'tcvn3' ? decodeTcvn3(s) : decodeVni(s);
  return opts?.upper ? out.toUpperCase() : out;
}

/** Strips non-letters (digits, punctuation, symbols) from both ends of a token. */
function core(token: string): string {
  return token.replace(/^[^\p{L}\p{M}]+|[^\p{L}\p{M}]+$/gu, '');
}

interface Evidence {
  /** Tokens that become Vietnamese syllables only after conversion. */
  repaired: number;
  /** Tokens that conversion turns into non-syllables (word-like, not acronyms). */
  broken: number;
  /** Letter count of the last repaired token. */
  repairedLength: number;
  /** Tokens that conversion turns into other Vietnamese syllables ("líp" → "lớp" counts here too). */
  changed: number;
}

function evidence(tokens: string[], encoding: LegacyEncoding): Evidence {
  const result: Evidence = { repaired: 0, broken: 0, repairedLength: 0, changed: 0 };
  for (const token of tokens) {
    const converted = convertLegacy(token, encoding);
    if (converted === token) continue;
    const before = core(token);
    const after = core(converted);
    if (isVietnameseSyllable(after)) {
      if (after !== before) result.changed++;
      const letters = Array.from(after).length;
      if (!isVietnameseSyllable(before) && letters >= 2) {
        result.repaired++;
        result.repairedLength = letters;
      }
    } else if (/^\p{L}+$/u.test(after) && after !== after.toUpperCase()) {
      result.broken++;
    }
  }
  return result;
}

/** Evidence strong enough to claim an encoding; single-word cells need one longer repaired word. */
function convincing(e: Evidence, wordCount: number): boolean {
  if (e.repaired >= 2) return e.broken * 3 <= e.repaired;
  return e.repaired === 1 && e.broken === 0 && wordCount === 1 && e.repairedLength >= 3;
}

/**
 * Which legacy encoding `s` is in, or null for Unicode text. A legacy font name decides. Otherwise
 * the text must consist of characters a Windows-1252 read can produce, and converting it must turn
 * non-syllables into Vietnamese syllables (2+ words, or one word of 3+ letters in a one-word cell)
 * while breaking few words. Genuine Vietnamese, English, French and codes like "KH&CN" stay null.
 */
const NON_ASCII = /[^\x00-\x7f]/;
/** Letters only Unicode Vietnamese has: ă đ ơ ư and the precomposed block, or combining marks. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u036f]/;

export function detectLegacyEncoding(s: string, fontName?: string | null, sheetEncoding: LegacyEncoding | null = null): LegacyEncoding | null {
  const byFont = legacyFontEncoding(fontName);
  if (byFont) return byFont;

  // Fast exits, since every cell of a large sheet comes here: plain ASCII, or a letter no
  // Windows-1252 read can produce ("ơ", "ạ", "Đ", NFD marks): real Unicode either way.
  if (!NON_ASCII.test(s) || UNICODE_VIETNAMESE.test(s)) return null;
  // The rest ("Báo cáo", "Hoàn thành": Latin-1 letters only) repeats down whole columns.
  const guessed = guessEncodingOnce(s);
  if (guessed || !sheetEncoding) return guessed;
  // In a sheet typed in a legacy encoding, a cell needs less evidence: "Néi dung", "01 líp" (lớp).
  return (sheetEncoding === 'tcvn3' ? inTcvn3Sheet(s) : inVniSheet(s)) ? sheetEncoding : null;
}

const guessEncodingOnce = memo((s: string) => guessEncoding(s));
const inTcvn3Sheet = memo((s: string) => repairsWithoutBreaking(s, 'tcvn3'));
const inVniSheet = memo((s: string) => repairsWithoutBreaking(s, 'vni'));

function repairsWithoutBreaking(s: string, encoding: LegacyEncoding): boolean {
  if (!Array.from(s).every((ch) => isCp1252Char(ch))) return false;
  const e = evidence(s.split(/\s+/).filter((t) => t !== ''), encoding);
  return e.changed >= 1 && e.broken === 0;
}

/**
 * The legacy encoding a sheet was typed in when its fonts do not say (the text was copied into a
 * Unicode font): several cells convincingly in it, and more of them than cells of real Unicode
 * Vietnamese. Looks at the first `limit` non-ASCII texts only: a sheet is typed one way.
 */
export function sheetLegacyEncoding(texts: Iterable<string>, limit = 400): LegacyEncoding | null {
  const votes = { tcvn3: 0, vni: 0 };
  let unicode = 0;
  let seen = 0;
  for (const s of texts) {
    if (!NON_ASCII.test(s)) continue;
    if (++seen > limit) break;
    if (UNICODE_VIETNAMESE.test(s)) unicode++;
    else {
      const guessed = guessEncodingOnce(s);
      if (guessed) votes[guessed]++;
    }
  }
  const best: LegacyEncoding = votes.tcvn3 >= votes.vni ? 'tcvn3' : 'vni';
  return votes[best] >= 3 && votes[best] > unicode ? best : null;
}

function guessEncoding(s: string): LegacyEncoding | null {
  const chars = Array.from(s);
  if (!chars.every((ch) => isCp1252Char(ch))) return null;

  const tokens = s.split(/\s+/).filter((t) => t !== '');
  const wordCount = tokens.filter((t) => /\p{L}/u.test(t)).length;
  const candidates = (['tcvn3', 'vni'] as const)
    .map((encoding) => ({ encoding, e: evidence(tokens, encoding) }))
    .filter(({ e }) => convincing(e, wordCount))
    .map(({ encoding, e }) => ({ encoding, score: e.repaired - e.broken }));
  if (candidates.length === 0) return null;
  if (candidates.length === 2 && candidates[0]!.score === candidates[1]!.score) return null;
  return candidates.reduce((a, b) => (b.score > a.score ? b : a)).encoding;
}
