/**
 * A bounded cache for pure functions of a string. Sheets repeat the same names, statuses and dates
 * thousands of times; the bound keeps a huge sheet of all-different texts from growing it forever.
 */
export function memo<T>(fn: (s: string) => T, limit = 20000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      if (cache.size >= limit) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v as T;
  };
}
