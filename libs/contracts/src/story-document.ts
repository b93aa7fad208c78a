/**
 * A document of the `stories` collection: written only by publishing (from
 * news.story.updated.v1), read by read-api. `_id` is the story id (`story:<first article id>`).
 * A live story holds the latest state deduplication announced; a story folded into another
 * keeps only a pointer to the story that absorbed it, so old links still resolve.
 */
export interface LiveStoryDocument {
  _id: string;
  /** Always null on a live story (stored, not omitted, so `{mergedInto: null}` is indexable). */
  mergedInto: null;
  /** Headline of the story's first article, null if it had none. */
  title: string | null;
  /** Earliest publication (or first-seen) time of a member. */
  firstSeen: Date;
  /** Latest publication (or first-seen) time of a member; `since`/`until` filter on it. */
  lastSeen: Date;
  /** Every member article id, in the order they joined (merged stories' members included). */
  memberArticleIds: string[];
  /** `memberArticleIds.length`; with `updatedAt` the guard that keeps older events out. */
  memberCount: number;
  /** Distinct source ids of the members. */
  sources: string[];
  /** Distinct ISO 639-1 languages of the members that declared one. */
  languages: string[];
  /** The wire original of the story's copies (agency item if seen, else earliest copy). */
  originalArticleId: string | null;
  /** Every story id folded into this one so far. */
  mergedFrom: string[];
  /** What the last applied event did, and the article that caused it. */
  lastChange: 'created' | 'grown' | 'merged';
  lastArticleId: string;
  /** `occurredAt` of the last applied event: lists sort by it, newest first (indexed). */
  updatedAt: Date;
  /** Envelope id of the last applied event. */
  eventId: string;
}

/** What remains of a story another one absorbed: where its articles went. */
export interface MergedStoryDocument {
  _id: string;
  /** The story that absorbed this one (itself possibly merged later: follow the chain). */
  mergedInto: string;
  /** `occurredAt` of the merge event. */
  updatedAt: Date;
  eventId: string;
}

export type StoryDocument = LiveStoryDocument | MergedStoryDocument;

export const STORIES_COLLECTION = 'stories';
