/** Names as users read them in a sentence: “A”, “B”. */
export function quotedNames(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join(', ');
}

/** Sheets listed for users: "trang “A”" or "các trang “A”, “B”". */
export function sheetsPhrase(names: readonly string[]): string {
  return `${names.length > 1 ? 'các trang' : 'trang'} ${quotedNames(names)}`;
}
