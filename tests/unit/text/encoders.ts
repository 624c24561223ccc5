/**
 * Test-only encoders that produce legacy "garbage" from Unicode, independently of the engine's
 * decoders: TCVN3 through iconv-lite's `tcvn` codec, VNI through a small encoder written here from
 * the letter's parts (base, shape mark, tone mark). Both then show the bytes as a Windows-1252 read
 * would (or, with `rawC1`, as a Latin-1 read that leaves 0x80–0x9F as C1 control code points).
 */
import * as iconv from 'iconv-lite';

/** Bytes → text as a Windows-1252 (or Latin-1 with rawC1) reader would show them. */
export function readAsWindows1252(bytes: Uint8Array, rawC1 = false): string {
  let out = '';
  for (const b of bytes) {
    if (b >= 0x80 && b <= 0x9f && !rawC1) {
      const ch = iconv.decode(Buffer.from([b]), 'win1252');
      out += ch === '\uFFFD' ? String.fromCharCode(b) : ch;
    } else {
      out += String.fromCharCode(b);
    }
  }
  return out;
}

export function encodeTcvn3(unicode: string, opts: { rawC1?: boolean } = {}): string {
  return readAsWindows1252(iconv.encode(unicode.normalize('NFC'), 'tcvn'), opts.rawC1);
}

const TONE_NAMES: Record<string, 'grave' | 'hook' | 'tilde' | 'acute' | 'dot'> = {
  '\u0300': 'grave',
  '\u0309': 'hook',
  '\u0303': 'tilde',
  '\u0301': 'acute',
  '\u0323': 'dot',
};
const VNI_TONE = { none: '', grave: 'ø', hook: 'û', tilde: 'õ', acute: 'ù', dot: 'ï' };
const VNI_CIRCUMFLEX = { none: 'â', grave: 'à', hook: 'å', tilde: 'ã', acute: 'á', dot: 'ä' };
const VNI_BREVE = { none: 'ê', grave: 'è', hook: 'ú', tilde: 'ü', acute: 'é', dot: 'ë' };
const VNI_I = { none: 'i', grave: 'ì', hook: 'æ', tilde: 'ó', acute: 'í', dot: 'ò' };

/** One Unicode letter → its VNI spelling. */
function vniLetter(letter: string): string {
  if (letter === 'đ') return 'ñ';
  if (letter === 'Đ') return 'Ñ';
  const [base, ...marks] = Array.from(letter.normalize('NFD'));
  if (base === undefined || marks.length === 0) return letter;
  const upper = base !== base.toLowerCase();
  const caseOf = (s: string) => (upper ? s.toUpperCase() : s);
  const tone = marks.map((m) => TONE_NAMES[m]).find((t) => t !== undefined) ?? 'none';
  const b = base.toLowerCase();
  if (marks.includes('\u031B')) return caseOf((b === 'o' ? 'ô' : 'ö') + VNI_TONE[tone]);
  if (marks.includes('\u0302')) return base + caseOf(VNI_CIRCUMFLEX[tone]);
  if (marks.includes('\u0306')) return base + caseOf(VNI_BREVE[tone]);
  if (b === 'i') return caseOf(VNI_I[tone]);
  if (b === 'y' && tone === 'dot') return caseOf('î');
  return base + caseOf(VNI_TONE[tone]);
}

export function encodeVni(unicode: string): string {
  return Array.from(unicode.normalize('NFC')).map(vniLetter).join('');
}

/** All Vietnamese vowels with all tones, lowercase, NFC: "a à ả ã á ạ" for each of the 12 vowels. */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
export const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
export function vowelRow(vowel: string): string {
  return TONE_MARKS.map((t) => (vowel + t).normalize('NFC')).join(' ');
}
