/** Edit distance and the "clearly better" rule that keeps suggestions safe. */

export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** How far a name may be from a known one: none for short acronyms (QLCN vs QLKH are different units). */
export function allowedDistance(coreLength: number): number {
  if (coreLength <= 5) return 0;
  if (coreLength <= 12) return 1;
  return 2;
}

export interface Candidate<T> {
  key: string;
  /** Candidates with the same group are the same thing (several spellings of one unit). */
  group: string;
  value: T;
}

/**
 * The candidate nearest to `key`, only when it is within the allowed distance and at least two
 * edits better than the nearest candidate of another group.
 */
export function safeNearest<T>(key: string, coreLength: number, candidates: Candidate<T>[]): T | null {
  const allowed = allowedDistance(coreLength);
  if (allowed === 0) return null;
  let best: { d: number; c: Candidate<T> } | null = null;
  const bestByGroup = new Map<string, number>();
  for (const c of candidates) {
    const d = levenshtein(key, c.key, allowed + 2);
    if (d < (bestByGroup.get(c.group) ?? Infinity)) bestByGroup.set(c.group, d);
    if (!best || d < best.d) best = { d, c };
  }
  if (!best || best.d === 0 || best.d > allowed) return null;
  for (const [group, d] of bestByGroup) if (group !== best.c.group && d - best.d < 2) return null;
  return best.c.value;
}
