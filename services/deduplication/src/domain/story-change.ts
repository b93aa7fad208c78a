import type { CopyChangesSummary, StoryUpdatedV1Payload } from '@newsflow/contracts';
import type { CopyChanges, StoryAssignment } from '@newsflow/similarity';

/** Where an article goes and which stories fold into it. */
export interface StoryPlan {
  readonly targetId: string;
  readonly absorbedIds: readonly string[];
  readonly change: StoryUpdatedV1Payload['change'];
}

/** New stories take the id of their first article, so a redelivered article mints the same id. */
export function newStoryId(articleId: string): string {
  return `story:${articleId}`;
}

/**
 * Turns an assignment into store operations. `claimed` is the story the article already belongs
 * to when another instance placed it first (a racing copy): that story wins, and the one the
 * assignment chose folds into it, so the two instances end in one story.
 */
export function planStory(
  assignment: StoryAssignment,
  articleId: string,
  claimed: string | null = null,
): StoryPlan {
  const chosen = assignment.action === 'create' ? newStoryId(articleId) : assignment.storyIds[0];
  const absorbed = assignment.action === 'merge' ? assignment.storyIds.slice(1) : [];
  if (claimed === null || claimed === chosen) {
    const change =
      assignment.action === 'create' ? 'created' : absorbed.length ? 'merged' : 'grown';
    return { targetId: chosen, absorbedIds: absorbed, change };
  }
  const others = [chosen, ...absorbed].filter(
    (id) => id !== claimed && !(assignment.action === 'create' && id === chosen),
  );
  return { targetId: claimed, absorbedIds: others, change: others.length ? 'merged' : 'grown' };
}

/** The contract's summary of what a copy changed (indexes stay internal). */
export function summariseCopyChanges(changes: CopyChanges): CopyChangesSummary {
  const { headlineChanged, paragraphsAdded, paragraphsRemoved, paragraphsEdited } = changes;
  return {
    headlineChanged,
    paragraphsAdded,
    paragraphsRemoved,
    paragraphsEdited,
    truncated: changes.truncated,
    reordered: changes.reordered,
  };
}

/** The story.updated event for the story as stored after the change. */
export function storyUpdatedPayload(
  story: {
    readonly storyId: string;
    readonly title: string | null;
    readonly firstSeen: number;
    readonly lastSeen: number;
    readonly members: readonly string[];
    readonly sources: readonly string[];
    readonly languages: readonly string[];
    readonly originalArticleId: string | null;
  },
  change: StoryPlan['change'],
  articleId: string,
  mergedFrom: readonly string[],
): StoryUpdatedV1Payload {
  return {
    storyId: story.storyId,
    change,
    articleId,
    memberArticleIds: [...story.members],
    mergedFrom: [...mergedFrom],
    title: story.title,
    firstSeen: new Date(story.firstSeen).toISOString(),
    lastSeen: new Date(story.lastSeen).toISOString(),
    sources: [...story.sources],
    languages: [...story.languages],
    originalArticleId: story.originalArticleId,
  };
}
