/**
 * Vietnamese text handling for the engine: normalization, comparison keys, legacy encodings.
 * Pure TypeScript (no Node, no DOM), so it runs in Excel, in the browser and in the CLI alike.
 */
export { LINE_BREAK, normalizeText, tidyText, hasIrregularSpacing, isDecomposed } from './normalize';
export { matchKey, foldKey, foldText, compactKey, exactKey, unifyTonePlacement } from './keys';
export { DIGIT_WORDS, NUMBER_WORD, NUMBER_WORDS_WRITTEN, numberInWords, ORDINAL_WORDS } from './number-words';
export {
  detectLegacyEncoding,
  convertLegacy,
  legacyFontEncoding,
  sheetLegacyEncoding,
  isUppercaseLegacyFont,
  unicodeFontFor,
  hasUnicodeVietnamese,
  clearlyLegacy,
  type LegacyEncoding,
  type SheetEncoding,
  type LegacyContext,
} from './legacy';
export { isVietnameseSyllable } from './syllable';
