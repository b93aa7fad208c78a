import type {
  BucketWindows,
  FingerprintIndex,
  FingerprintRecord,
  StoredDecision,
} from '../../ports/fingerprint.index';
import type { StoryMember, StoryRecord, StoryStore } from '../../ports/story.store';

/** Fingerprints and buckets in memory, with the store's add-and-return-previous semantics. */
export class InMemoryFingerprintIndex implements FingerprintIndex {
  readonly records = new Map<string, FingerprintRecord>();
  readonly buckets = new Map<string, string[]>();
  readonly storyOf = new Map<string, string>();
  readonly decisions = new Map<string, StoredDecision>();

  saveFingerprint(record: FingerprintRecord): Promise<void> {
    if (!this.records.has(record.articleId)) this.records.set(record.articleId, record);
    return Promise.resolve();
  }
  addToBuckets(record: FingerprintRecord, windows: BucketWindows): Promise<string[]> {
    const found = new Set<string>();
    for (const key of record.fingerprint.bucketKeys) {
      for (const window of windows.write) {
        const id = `${window}|${key}`;
        const members = this.buckets.get(id) ?? [];
        if (windows.read.includes(window)) members.forEach((member) => found.add(member));
        if (!members.includes(record.articleId))
          this.buckets.set(id, [...members, record.articleId]);
      }
    }
    found.delete(record.articleId);
    return Promise.resolve([...found].sort());
  }
  loadFingerprints(articleIds: readonly string[]): Promise<FingerprintRecord[]> {
    return Promise.resolve(articleIds.flatMap((id) => this.records.get(id) ?? []));
  }
  storiesOf(articleIds: readonly string[]): Promise<Map<string, string>> {
    return Promise.resolve(
      new Map(
        articleIds.flatMap((id) =>
          this.storyOf.has(id) ? [[id, this.storyOf.get(id) ?? '']] : [],
        ),
      ),
    );
  }
  claimStory(articleId: string, storyId: string): Promise<string> {
    if (!this.storyOf.has(articleId)) this.storyOf.set(articleId, storyId);
    return Promise.resolve(this.storyOf.get(articleId) ?? storyId);
  }
  findDecision(articleId: string): Promise<StoredDecision | null> {
    return Promise.resolve(this.decisions.get(articleId) ?? null);
  }
  saveDecision(articleId: string, decision: StoredDecision): Promise<StoredDecision> {
    if (!this.decisions.has(articleId)) this.decisions.set(articleId, decision);
    return Promise.resolve(this.decisions.get(articleId) ?? decision);
  }
}

type MutableStory = {
  -readonly [K in keyof StoryRecord]: StoryRecord[K] extends readonly (infer T)[]
    ? T[]
    : StoryRecord[K];
};

/** Stories in memory: merges forward, the lowest-ranked original wins. */
export class InMemoryStoryStore implements StoryStore {
  readonly stories = new Map<
    string,
    MutableStory & { rank: string | null; mergedInto: string | null }
  >();

  resolve(storyIds: readonly string[]): Promise<Map<string, StoryRecord>> {
    const result = new Map<string, StoryRecord>();
    for (const id of storyIds) {
      const live = this.live(id);
      if (live) result.set(id, { ...live, members: [...live.members] });
    }
    return Promise.resolve(result);
  }
  addMembers(storyId: string, members: readonly StoryMember[]): Promise<StoryRecord> {
    const first = members[0];
    if (first === undefined) throw new RangeError('no members');
    if (!this.stories.has(storyId)) {
      this.stories.set(storyId, {
        storyId,
        title: first.title,
        firstSeen: first.time,
        lastSeen: first.time,
        members: [],
        sources: [],
        languages: [],
        mergedInto: null,
        originalArticleId: null,
        rank: null,
      });
    }
    const story = this.live(storyId);
    if (!story) throw new Error('cycle');
    for (const member of members) {
      if (!story.members.includes(member.articleId)) story.members.push(member.articleId);
      if (!story.sources.includes(member.sourceId)) story.sources.push(member.sourceId);
      if (member.language && !story.languages.includes(member.language))
        story.languages.push(member.language);
      story.firstSeen = Math.min(story.firstSeen, member.time);
      story.lastSeen = Math.max(story.lastSeen, member.time);
      this.offerOriginal(story.storyId, member.articleId, member.originalRank);
    }
    return Promise.resolve({ ...story, members: [...story.members] });
  }
  startStory(storyId: string, members: readonly StoryMember[]): Promise<StoryRecord> {
    return this.addMembers(storyId, members);
  }
  merge(targetId: string, absorbedIds: readonly string[]): Promise<StoryRecord> {
    const target = this.live(targetId);
    if (!target) throw new Error('no target');
    for (const id of absorbedIds) {
      const absorbed = this.stories.get(id);
      if (!absorbed || id === target.storyId) continue;
      absorbed.mergedInto = target.storyId;
      for (const member of absorbed.members)
        if (!target.members.includes(member)) target.members.push(member);
      target.firstSeen = Math.min(target.firstSeen, absorbed.firstSeen);
      if (absorbed.originalArticleId && absorbed.rank) {
        this.offerOriginal(target.storyId, absorbed.originalArticleId, absorbed.rank);
      }
    }
    return Promise.resolve({ ...target, members: [...target.members] });
  }
  private offerOriginal(storyId: string, articleId: string, rank: string): void {
    const story = this.stories.get(storyId);
    if (story && (story.rank === null || story.rank > rank)) {
      story.rank = rank;
      story.originalArticleId = articleId;
    }
  }
  private live(storyId: string) {
    let story = this.stories.get(storyId);
    for (let hops = 0; story?.mergedInto && hops < 16; hops += 1)
      story = this.stories.get(story.mergedInto);
    return story;
  }
}
