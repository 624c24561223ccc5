/**
 * A task's text as a comparison key: case, spacing and punctuation do not matter. An explicit
 * punctuation class, not \p{…}: Unicode-property regexes are slow over 20,000 long tasks, and
 * tasks are all different, so there is nothing to cache. Cell text is already NFC.
 */
const NOT_CONTENT = /[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+/g;

export function taskTextKey(text: string): string {
  return text.toLowerCase().replace(NOT_CONTENT, '');
}
