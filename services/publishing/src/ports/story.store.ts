import type { LiveStoryDocument, MergedStoryDocument, StoryDocument } from '@newsflow/contracts';

/** The `stories` read model. Writes report false when the store already held something else. */
export interface StoryStore {
  find(storyId: string): Promise<StoryDocument | null>;
  /** Creates the document; false if one with that id exists (a racing writer got there first). */
  insert(document: StoryDocument): Promise<boolean>;
  /** Replaces a live story only if `document` is newer (the guard is in the write itself). */
  replaceIfNewer(document: LiveStoryDocument): Promise<boolean>;
  /** Turns a live story into a pointer to the story that absorbed it. */
  replaceWithMerged(document: MergedStoryDocument): Promise<boolean>;
}

export const STORY_STORE = Symbol('StoryStore');
