/**
 * Counts by key, in the order keys first come. A Map, not a plain object: names such as
 * "constructor" are counted like any other, and 20,000 tasks' names are looked up fast.
 */
export class Tally {
  private readonly counts = new Map<string, number>();
  add(key: string, by = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + by);
  }
  addAll(counts: Record<string, number>): void {
    for (const [k, v] of Object.entries(counts)) this.add(k, v);
  }
  record(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}

/** A Tally per key ("3" → counts by unit in Quý III). */
export class Tallies {
  private readonly tallies = new Map<string, Tally>();
  of(key: string): Tally {
    let t = this.tallies.get(key);
    if (!t) this.tallies.set(key, (t = new Tally()));
    return t;
  }
  record(): Record<string, Record<string, number>> {
    return Object.fromEntries([...this.tallies].map(([k, t]) => [k, t.record()]));
  }
}
