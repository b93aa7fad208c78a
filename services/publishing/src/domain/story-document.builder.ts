import type {
  LiveStoryDocument,
  MergedStoryDocument,
  StoryDocument,
  StoryUpdatedV1,
} from '@newsflow/contracts';

/** What to do with a story event, given what the read model holds for that story. */
export type StoryWriteDecision = 'insert' | 'replace' | 'skip-stale' | 'skip-merged';

/** What a merge does to an absorbed story's document. */
export type MergeDecision = 'insert' | 'replace' | 'skip-already-merged';

/**
 * The live state a story event describes. `current` (the stored live document, if any) only
 * contributes the stories merged earlier, because each event carries the whole current state.
 */
export function buildStoryDocument(
  event: StoryUpdatedV1,
  current: StoryDocument | null,
): LiveStoryDocument {
  const { payload } = event;
  const members = [...new Set(payload.memberArticleIds)];
  const earlier = current && current.mergedInto === null ? current.mergedFrom : [];
  const mergedFrom = [...new Set([...earlier, ...payload.mergedFrom])].filter(
    (id) => id !== payload.storyId,
  );
  return {
    _id: payload.storyId,
    mergedInto: null,
    title: payload.title,
    firstSeen: new Date(payload.firstSeen),
    lastSeen: new Date(payload.lastSeen),
    memberArticleIds: members,
    memberCount: members.length,
    sources: [...new Set(payload.sources)],
    languages: [...new Set(payload.languages)],
    originalArticleId: payload.originalArticleId,
    mergedFrom,
    lastChange: payload.change,
    lastArticleId: payload.articleId,
    updatedAt: new Date(event.occurredAt),
    eventId: event.id,
  };
}

/** The pointer left behind by a story that `event`'s story absorbed. */
export function buildMergedStoryDocument(
  absorbedId: string,
  event: StoryUpdatedV1,
): MergedStoryDocument {
  return {
    _id: absorbedId,
    mergedInto: event.payload.storyId,
    updatedAt: new Date(event.occurredAt),
    eventId: event.id,
  };
}

/**
 * Story state only grows: deduplication never removes a member, so an event with more members
 * describes a later state, whatever order two deduplication instances produced them in. Equal
 * sizes fall back to the event time; an identical replay is neither, so it changes nothing.
 */
export function isNewerStory(
  incoming: Pick<LiveStoryDocument, 'memberCount' | 'updatedAt'>,
  stored: Pick<LiveStoryDocument, 'memberCount' | 'updatedAt'>,
): boolean {
  if (incoming.memberCount !== stored.memberCount) return incoming.memberCount > stored.memberCount;
  return incoming.updatedAt.getTime() > stored.updatedAt.getTime();
}

/** A merged story stays merged: deduplication never revives a story it folded into another. */
export function decideStoryWrite(
  current: StoryDocument | null,
  incoming: LiveStoryDocument,
): StoryWriteDecision {
  if (current === null) return 'insert';
  if (current.mergedInto !== null) return 'skip-merged';
  // A redelivered deduplication event keeps its id but may carry a later occurredAt.
  if (current.eventId === incoming.eventId) return 'skip-stale';
  return isNewerStory(incoming, current) ? 'replace' : 'skip-stale';
}

export function decideMerge(current: StoryDocument | null): MergeDecision {
  if (current === null) return 'insert';
  return current.mergedInto === null ? 'replace' : 'skip-already-merged';
}

/** Stories named in `mergedFrom`, without the survivor itself (a defensive no-op merge). */
export function absorbedStoryIds(event: StoryUpdatedV1): string[] {
  return [...new Set(event.payload.mergedFrom)].filter((id) => id !== event.payload.storyId);
}
