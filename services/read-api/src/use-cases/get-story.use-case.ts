import { Inject, Injectable } from '@nestjs/common';
import type { LiveStoryDocument } from '@newsflow/contracts';
import { detailMemberIds, toStoryDetailView, type StoryDetailView } from '../domain/story-view';
import { STORY_READ_STORE, type StoryReadStore } from '../ports/story-read.store';

/** Merges chain (A absorbed B, then C absorbed A); deduplication never makes them longer than a few. */
const MAX_MERGE_HOPS = 16;

export type StoryLookup =
  | { readonly found: true; readonly story: StoryDetailView }
  | { readonly found: false; readonly reason: 'unknown' | 'dangling-merge' };

@Injectable()
export class GetStoryUseCase {
  constructor(@Inject(STORY_READ_STORE) private readonly store: StoryReadStore) {}

  /** The story under `id`, or the one it was merged into (following the chain), with members. */
  async execute(id: string): Promise<StoryLookup> {
    const resolved = await this.resolve(id);
    if (!('story' in resolved)) return { found: false, reason: resolved.reason };
    const { story } = resolved;
    const articles = await this.store.memberArticles(detailMemberIds(story));
    const byId = new Map(articles.map((article) => [article._id, article]));
    return {
      found: true,
      story: toStoryDetailView(story, byId, story._id === id ? null : id),
    };
  }

  private async resolve(
    id: string,
  ): Promise<{ story: LiveStoryDocument } | { reason: 'unknown' | 'dangling-merge' }> {
    const seen = new Set<string>();
    let next = id;
    while (seen.size < MAX_MERGE_HOPS && !seen.has(next)) {
      seen.add(next);
      const doc = await this.store.findById(next);
      // A pointer can precede its survivor's document when the survivor's event lags.
      if (!doc) return { reason: seen.size === 1 ? 'unknown' : 'dangling-merge' };
      if (doc.mergedInto === null) return { story: doc };
      next = doc.mergedInto;
    }
    return { reason: 'dangling-merge' };
  }
}
