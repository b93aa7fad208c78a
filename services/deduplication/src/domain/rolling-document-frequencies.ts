import type { DocumentFrequencies } from '@newsflow/similarity';

/**
 * Document frequencies of story feature keys over the most recent `capacity` articles this
 * instance has seen: rarity weights follow the news of the moment without a store round trip.
 * Per instance by design; weights only shift similarity scores slightly between instances.
 */
export class RollingDocumentFrequencies implements DocumentFrequencies {
  private readonly counts = new Map<string, number>();
  private readonly recent: string[][] = [];
  private readonly seen = new Set<string>();
  private readonly order: string[] = [];

  constructor(private readonly capacity: number) {}

  get documents(): number {
    return this.recent.length;
  }

  frequency(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Counts an article once (a redelivered article id is not counted again). */
  add(articleId: string, keys: Iterable<string>): void {
    if (this.seen.has(articleId)) return;
    const distinct = [...new Set(keys)];
    this.seen.add(articleId);
    this.order.push(articleId);
    this.recent.push(distinct);
    for (const key of distinct) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.recent.length > this.capacity) this.evictOldest();
  }

  private evictOldest(): void {
    const keys = this.recent.shift() ?? [];
    const articleId = this.order.shift();
    if (articleId !== undefined) this.seen.delete(articleId);
    for (const key of keys) {
      const count = (this.counts.get(key) ?? 0) - 1;
      if (count <= 0) this.counts.delete(key);
      else this.counts.set(key, count);
    }
  }
}
