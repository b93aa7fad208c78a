/** A story as stored: a group of articles about one event. */
export interface StoryRecord {
  readonly storyId: string;
  readonly title: string | null;
  /** Epoch ms of the earliest / latest member (publication, else first-seen time). */
  readonly firstSeen: number;
  readonly lastSeen: number;
  /** Member article ids in joining order. */
  readonly members: readonly string[];
  readonly sources: readonly string[];
  readonly languages: readonly string[];
  readonly originalArticleId: string | null;
}

/** What a story learns from a member. */
export interface StoryMember {
  readonly articleId: string;
  readonly title: string | null;
  readonly time: number;
  readonly sourceId: string;
  readonly language: string | null;
  /** Sort key for the story's original (see `originalRank`): the lowest member wins. */
  readonly originalRank: string;
}

export interface StoryStore {
  /** The live story each id ends in after following merges (ids never seen are absent). */
  resolve(storyIds: readonly string[]): Promise<Map<string, StoryRecord>>;
  /**
   * Adds members to the story, creating it if needed; members added to a story merged
   * meanwhile count for the story it was merged into. Returns the live story that holds them.
   */
  addMembers(storyId: string, members: readonly StoryMember[]): Promise<StoryRecord>;
  /**
   * Starts the story an article just minted (its id derives from the article, so nothing else
   * could hold it before): the record comes from `members` without a read. An instance that
   * joins at the same moment is missing from this record but not from its own event. On a
   * redelivery (members already stored) this is `addMembers`.
   */
  startStory(storyId: string, members: readonly StoryMember[]): Promise<StoryRecord>;
  /** Folds `absorbedIds` into `targetId`; idempotent. Returns the live story. */
  merge(targetId: string, absorbedIds: readonly string[]): Promise<StoryRecord>;
}

export const STORY_STORE = Symbol('StoryStore');
