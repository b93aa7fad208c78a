import type { LiveStoryDocument, StoryDocument } from '@newsflow/contracts';
import type { StoryQuery } from '../domain/story-query';
import type { StoryMemberArticle } from '../domain/story-view';

/** Reads `stories` (owned by publishing) and, for members, `articles`. */
export interface StoryReadStore {
  /**
   * Live stories, newest-updated first by (updatedAt, id), at most `query.limit`. With
   * `memberOf`, only stories holding one of those articles (how `entity=` is answered).
   */
  search(query: StoryQuery, memberOf?: readonly string[]): Promise<LiveStoryDocument[]>;
  /** The document under that id: a live story or the pointer a merge left. */
  findById(id: string): Promise<StoryDocument | null>;
  /** Ids of the latest articles mentioning the entity, published up to `until`. */
  articlesMentioning(
    entity: NonNullable<StoryQuery['entity']>,
    until: Date | undefined,
    limit: number,
  ): Promise<string[]>;
  /** The stored member articles among `ids` (missing ones are simply absent). */
  memberArticles(ids: readonly string[]): Promise<StoryMemberArticle[]>;
}

export const STORY_READ_STORE = Symbol('StoryReadStore');
