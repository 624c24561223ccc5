/**
 * A rough test of "is this a Vietnamese syllable?", used only to tell legacy-encoded text from real
 * text: converting genuine text breaks its syllables, converting legacy text repairs them. It checks
 * onset + vowel cluster + final consonant, at most one tone, and sắc/nặng on syllables ending in
 * c, ch, p, t. Loose on purpose (it accepts some non-words), but strict about foreign letter shapes.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const MARK_NOT_ON_VOWEL = /(?:^|[^aeiouy\u0300-\u036f])[\u0300-\u036f]/;

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
/** Vowel clusters that end the syllable (their last vowel is a glide). */
const CLOSED = '(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ui|ưi|ưu|ưa|ua)';
/** Vowel clusters that may or may not take a final consonant. */
const OPEN = '(?:oa|oe|uê|uy|uơ|[aeêioôơuưy])';
/** Vowel clusters that need a final consonant. */
const NEEDS_FINAL = '(?:uyê|iê|yê|uô|ươ|oă|uâ|oo|[ăâ])';
const FINAL = '(?:ng|nh|ch|[cmnpt])';

const SYLLABLE = new RegExp(
  `^${ONSET}(?:${CLOSED}|(?<open>${OPEN})(?<openFinal>${FINAL})?|(?<needs>${NEEDS_FINAL})(?<needsFinal>${FINAL}))$`,
);

/** "-nh"/"-ch" follow only these vowels (anh, oanh, ênh, inh, huynh, quỳnh); "-ng"/"-c" never follow these. */
const BEFORE_NH = new Set(['a', 'oa', 'ê', 'uê', 'i', 'y', 'uy']);
const NOT_BEFORE_NG = new Set(['i', 'y', 'uy', 'ơ', 'uơ']);

/** True when `word` (any case and normalization form) looks like one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.normalize('NFD').toLowerCase();
  // Marks sit on vowels only: "ñ" (VNI's "Ñôn" for "Đơn") is n + tilde, no Vietnamese letter.
  if (MARK_NOT_ON_VOWEL.test(nfd)) return false;
  const tones = nfd.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const m = SYLLABLE.exec(nfd.replace(TONE_MARKS, '').normalize('NFC'));
  if (!m) return false;
  const vowels = m.groups?.['open'] ?? m.groups?.['needs'] ?? '';
  const final = m.groups?.['openFinal'] ?? m.groups?.['needsFinal'] ?? '';
  if ((final === 'nh' || final === 'ch') && !BEFORE_NH.has(vowels)) return false;
  if ((final === 'ng' || final === 'c') && NOT_BEFORE_NG.has(vowels)) return false;
  const stopped = final === 'c' || final === 'ch' || final === 'p' || final === 't';
  return !stopped || tones[0] === '\u0301' || tones[0] === '\u0323';
}
