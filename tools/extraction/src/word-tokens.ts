// Python's Unicode `\w` (what both benchmarks tokenise with) is letters, numbers and the
// underscore; JavaScript's `\w` is ASCII-only even with the `u` flag, so the class is spelled out.
const WORD = /[\p{L}\p{N}_]+/gu;

/** The `\w+` tokens of a text, in order, as the benchmarks' Python `re.findall` yields them. */
export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** How often each key occurs. */
export function countOf(keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Size of the multiset intersection: Σ min(count in a, count in b). */
export function overlapOf(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let overlap = 0;
  for (const [key, count] of a) {
    overlap += Math.min(count, b.get(key) ?? 0);
  }
  return overlap;
}

/** Number of elements of a multiset, duplicates included. */
export function sizeOf(counts: ReadonlyMap<string, number>): number {
  let size = 0;
  for (const count of counts.values()) {
    size += count;
  }
  return size;
}
