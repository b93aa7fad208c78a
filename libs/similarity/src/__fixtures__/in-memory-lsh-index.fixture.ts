/**
 * LSH buckets in memory with the store semantics the deduplication service needs: adding an
 * article to a bucket returns the members that were there before, atomically, as a MongoDB
 * `findOneAndUpdate({ _id: key }, { $addToSet: { members: id } }, { upsert: true,
 * returnDocument: 'before' })` does. Of two articles racing on one bucket, the second sees the
 * first.
 */
export class InMemoryLshIndex {
  private readonly buckets = new Map<string, string[]>();

  /** Adds `articleId` to every bucket; returns the distinct earlier members, sorted. */
  addAndGetCandidates(articleId: string, bucketKeys: readonly string[]): string[] {
    const candidates = new Set<string>();
    for (const key of bucketKeys) {
      const members = this.buckets.get(key) ?? [];
      for (const member of members) if (member !== articleId) candidates.add(member);
      if (!members.includes(articleId)) this.buckets.set(key, [...members, articleId]);
    }
    return [...candidates].sort();
  }
}
