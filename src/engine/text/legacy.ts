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

/**
 * The Unicode font that shows what a legacy font did (".VnTime" → "Times New Roman", ".VnArialH"
 * → "Arial"): converted text left in a legacy font shows as garbage. Null for other fonts.
 */
export function unicodeFontFor(fontName?: string | null): string | null {
  if (!legacyFontEncoding(fontName)) return null;
  const name = fontName!.toLowerCase();
  if (/arial|helve|avant/.test(name)) return 'Arial';
  if (/century/.test(name)) return 'Century Schoolbook';
  if (/courier/.test(name)) return 'Courier New';
  return 'Times New Roman';
}

/** True for the all-capital TCVN3 fonts (".VnTimeH", ".VnArialH"…), whose text must be uppercased. */
export function isUppercaseLegacyFont(fontName?: string | null): boolean {
  const name = (fontName ?? '').trim();
  return legacyFontEncoding(name) === 'tcvn3' && /h$/i.test(name);
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
  /** The last repaired token has a letter only Vietnamese has (ơ, ư, ạ…). */
  repairedVietnamese: boolean;
  /** Tokens that conversion turns into other Vietnamese syllables ("líp" → "lớp" counts here too). */
  changed: number;
}

function evidence(tokens: string[], encoding: LegacyEncoding): Evidence {
  const result: Evidence = { repaired: 0, broken: 0, repairedLength: 0, repairedVietnamese: false, changed: 0 };
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
        result.repairedVietnamese = UNICODE_VIETNAMESE.test(after);
      }
    } else if (/^\p{L}+$/u.test(after) && after !== after.toUpperCase()) {
      result.broken++;
    }
  }
  return result;
}

/**
 * Evidence strong enough to claim an encoding. A cell with one word conversion changes ("Phßng
 * QLCN&CN", "Thanh tra Së") needs that word repaired into one of 3+ letters, or into one with a
 * letter only Vietnamese has ("Së" → "Sở"). Among more words, one repaired into such a letter
 * and another turned into a different syllable with it, none broken, is a legacy phrase beside
 * words that read alike ("Quý III (3 nhiÖm vô)": "nhiệm vụ").
 */
function convincing(e: Evidence, wordCount: number): boolean {
  if (e.repaired >= 2) return e.broken * 3 <= e.repaired;
  if (e.repaired !== 1 || e.broken !== 0) return false;
  return wordCount === 1 ? e.repairedLength >= 3 || e.repairedVietnamese : e.repairedVietnamese && e.changed >= 2;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** Letters only Unicode Vietnamese has: ă đ ơ ư and the precomposed block, or combining marks. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u036f]/;

/** The legacy encoding a sheet's text (outside legacy fonts) was typed in, and whether Unicode rows were added since. */
export interface SheetEncoding {
  encoding: LegacyEncoding;
  /** Cells of real Unicode Vietnamese too: rows typed later, after the sheet was pasted. */
  mixed: boolean;
}

/** Whether the text has a letter only Unicode Vietnamese has: no legacy text read through cp1252 does. */
export function hasUnicodeVietnamese(s: string): boolean {
  return UNICODE_VIETNAMESE.test(s);
}

/** What is known around a cell: the sheet's legacy encoding, and the cell's row. */
export interface LegacyContext {
  sheet?: SheetEncoding | null;
  /** Other cells in a legacy font hold Unicode Vietnamese (text converted in place keeps its .VnTime font). */
  fontsHoldUnicode?: boolean;
  /** Whether another cell of the row is clearly in `encoding` (asked only when it decides). */
  rowIsLegacy?: (encoding: LegacyEncoding) => boolean;
}

/** Whether the text is clearly in `encoding`: a word repaired by converting it, none broken. */
export function clearlyLegacy(s: string, encoding: LegacyEncoding): boolean {
  return NON_ASCII.test(s) && !UNICODE_VIETNAMESE.test(s) && (guessEncodingOnce(s) === encoding || weakOf(encoding)(s).repaired);
}

/**
 * Which legacy encoding `s` is in, or null for Unicode text. A legacy font name decides, unless the
 * text has letters only Unicode has. Otherwise the text must consist of characters a Windows-1252
 * read can produce, and converting it must turn non-syllables into Vietnamese syllables while
 * breaking few words (see `convincing`); in a sheet typed in a legacy encoding, less evidence will
 * do. Genuine Vietnamese, English, French and codes like "KH&CN" stay null. Where Unicode and
 * legacy text mix (Unicode rows in an old sheet, text converted in place in its .VnTime font), a
 * cell whose conversion only turns syllables into other syllables ("Tháng" → "Thỏng", "Ghi chó" →
 * "Ghi chú") is legacy only when its row clearly is.
 */
export function detectLegacyEncoding(s: string, fontName?: string | null, context: LegacyContext = NO_CONTEXT): LegacyEncoding | null {
  const byFont = legacyFontEncoding(fontName);
  // Fast exits, since every cell of a large sheet comes here. Plain ASCII: only a font can say
  // (".VnTimeH" shows it in capitals). A letter no Windows-1252 read can produce ("ơ", "ạ", "Đ",
  // NFD marks): real Unicode, even in a .VnTime cell (text converted in place keeps its font).
  if (!NON_ASCII.test(s)) return byFont;
  if (UNICODE_VIETNAMESE.test(s)) return null;
  if (byFont) return context.fontsHoldUnicode ? ambiguousIn(s, byFont, true, context) : byFont;
  // A soft hyphen is TCVN3's "ư" ("Tham m­u"): nobody types one in Unicode text.
  if (s.includes('\u00ad') && weakOf('tcvn3')(s).repaired) return 'tcvn3';
  // The rest ("Báo cáo", "Hoàn thành": Latin-1 letters only) repeats down whole columns.
  const guessed = guessEncodingOnce(s);
  const sheet = context.sheet;
  if (guessed || !sheet) return guessed;
  // In a sheet typed in a legacy encoding, a cell needs less evidence: "Néi dung"; in a sheet
  // typed wholly so, "01 líp" (lớp) too. Where Unicode rows were added, "Tháng 8" may be one of them.
  return ambiguousIn(s, sheet.encoding, sheet.mixed, context);
}

const NO_CONTEXT: LegacyContext = {};

/** `encoding` on weak evidence: a word repaired, or (where Unicode text is not mixed in, or the row is clearly legacy) syllables changed. */
function ambiguousIn(s: string, encoding: LegacyEncoding, mixed: boolean, context: LegacyContext): LegacyEncoding | null {
  const weak = weakOf(encoding)(s);
  return weak.repaired || (weak.changed && (!mixed || (context.rowIsLegacy?.(encoding) ?? false))) ? encoding : null;
}

const guessEncodingOnce = memo((s: string) => guessEncoding(s));
const inTcvn3Sheet = memo((s: string) => weakEvidence(s, 'tcvn3'));
const inVniSheet = memo((s: string) => weakEvidence(s, 'vni'));
const weakOf = (encoding: LegacyEncoding) => (encoding === 'tcvn3' ? inTcvn3Sheet : inVniSheet);

/**
 * Weaker evidence, for a cell of a sheet typed in a legacy encoding, none of its words broken:
 * a word repaired ("Néi dung"), or words that are syllables either way changed ("líp" → "lớp",
 * but also "Tháng" → "Thỏng": only where the sheet has no Unicode rows does that count).
 */
function weakEvidence(s: string, encoding: LegacyEncoding): { repaired: boolean; changed: boolean } {
  if (!Array.from(s).every((ch) => isCp1252Char(ch))) return { repaired: false, changed: false };
  const tokens = s.split(/\s+/).filter((t) => t !== '');
  const e = evidence(tokens, encoding);
  const repaired = e.repaired >= 1 || tokens.some((t) => LEGACY_CAPITAL[encoding].test(t) && isAcronym(t));
  return { repaired: repaired && e.broken === 0, changed: e.changed >= 1 && e.broken === 0 };
}

/**
 * A capital acronym written with a legacy capital no Unicode Vietnamese text holds: TCVN3's toneless
 * capitals, Latin-1 symbols (§ ¤ ¡…: "PG§" for PGĐ, "QLTC§LCL"), VNI's Đ, a Spanish "Ñ" ("PGÑ").
 * No syllable to repair, but beside capitals they are the legacy encoding.
 */
const LEGACY_CAPITAL: Record<LegacyEncoding, RegExp> = {
  tcvn3: /[A-Z][\u00a1-\u00a7]|[\u00a1-\u00a7][A-Z]/,
  vni: /[A-Z]Ñ|Ñ[A-Z]/,
};

/**
 * The legacy encoding a sheet was typed in when its fonts do not say (the text was copied into a
 * Unicode font): several cells convincingly in it, and more of them than cells of real Unicode
 * Vietnamese. Looks at the first `limit` non-ASCII texts only: a sheet is typed one way.
 */
export function sheetLegacyEncoding(texts: Iterable<string>, limit = 400): SheetEncoding | null {
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
  return votes[best] >= 3 && votes[best] > unicode ? { encoding: best, mixed: unicode > 0 } : null;
}

/** An all-capital token in either reading ("PGÑ" → "PGĐ", "QLKH&§MST" → "QLKH&ĐMST"). */
function isAcronym(token: string): boolean {
  const letters = core(token);
  return [letters, convertLegacy(letters, 'tcvn3'), convertLegacy(letters, 'vni')].some((x) => x === x.toUpperCase() && x !== x.toLowerCase());
}

function guessEncoding(s: string): LegacyEncoding | null {
  const chars = Array.from(s);
  if (!chars.every((ch) => isCp1252Char(ch))) return null;

  const tokens = s.split(/\s+/).filter((t) => t !== '');
  // Words in ASCII ("QLCN&CN", "Mai Thoan") and acronyms ("PGÑ" → "PGĐ") read the same either way.
  const wordCount = tokens.filter((t) => NON_ASCII.test(t) && /\p{L}/u.test(t) && !isAcronym(t)).length;
  const candidates = (['tcvn3', 'vni'] as const)
    .map((encoding) => ({ encoding, e: evidence(tokens, encoding) }))
    .filter(({ e }) => convincing(e, wordCount))
    .map(({ encoding, e }) => ({ encoding, score: e.repaired - e.broken }));
  if (candidates.length === 0) return null;
  if (candidates.length === 2 && candidates[0]!.score === candidates[1]!.score) return null;
  return candidates.reduce((a, b) => (b.score > a.score ? b : a)).encoding;
}
