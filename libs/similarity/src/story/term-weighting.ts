/**
 * How many articles contain each feature key (see `storyFeatureKeys`). The deduplication service
 * keeps these counts over a rolling window; evaluations count them over their corpus.
 */
export interface DocumentFrequencies {
  /** Number of articles counted. */
  readonly documents: number;
  /** Number of those articles that contain `key`; 0 when unseen. */
  frequency(key: string): number;
}

/** A sparse vector: feature key → weight. Vectors built here have unit length. */
export type SparseVector = ReadonlyMap<string, number>;

/** In-memory document frequencies of a fixed corpus (each inner iterable is one article). */
export function countDocumentFrequencies(
  articles: Iterable<Iterable<string>>,
): DocumentFrequencies {
  const counts = new Map<string, number>();
  let documents = 0;
  for (const keys of articles) {
    documents += 1;
    for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { documents, frequency: (key) => counts.get(key) ?? 0 };
}

/** Smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1: unseen keys weigh most. */
export function inverseDocumentFrequency(frequencies: DocumentFrequencies, key: string): number {
  return Math.log((frequencies.documents + 1) / (frequencies.frequency(key) + 1)) + 1;
}

/**
 * Unit-length TF-IDF vector of counts. Term frequency is sublinear (1 + ln tf) by default, so a
 * name repeated ten times does not drown everything else.
 */
export function tfIdfVector(
  counts: ReadonlyMap<string, number>,
  frequencies: DocumentFrequencies,
  keyPrefix: string,
  options: { readonly sublinear: boolean } = { sublinear: true },
): SparseVector {
  const weights = new Map<string, number>();
  let squares = 0;
  for (const [key, count] of counts) {
    if (count <= 0) continue;
    const tf = options.sublinear ? 1 + Math.log(count) : count;
    const weight = tf * inverseDocumentFrequency(frequencies, `${keyPrefix}${key}`);
    weights.set(key, weight);
    squares += weight * weight;
  }
  const norm = Math.sqrt(squares);
  for (const [key, weight] of weights) weights.set(key, weight / norm);
  return weights;
}

/** Cosine similarity of two unit-length sparse vectors: their dot product, 0–1. */
export function cosineSimilarity(left: SparseVector, right: SparseVector): number {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let dot = 0;
  for (const [key, weight] of small) {
    const other = large.get(key);
    if (other !== undefined) dot += weight * other;
  }
  return Math.min(1, dot);
}

/** |A ∩ B| / √(|A|·|B|): the cosine of two sets as binary vectors, 0 when either is empty. */
export function setCosine(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const value of left) if (right.has(value)) shared += 1;
  return shared / Math.sqrt(left.size * right.size);
}
