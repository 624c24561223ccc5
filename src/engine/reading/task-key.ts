/**
 * A task's text as a comparison key: case, spacing and punctuation do not matter. A plain loop:
 * tasks are long and all different (nothing to cache), and Unicode-property regexes are slow on
 * 20,000 of them. Cell text is already NFC.
 */
export function taskTextKey(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const letterOrDigit = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x2bff) && (c < 0x3000 || c > 0x303f));
    if (letterOrDigit) out += lower[i];
  }
  return out;
}
