import { Inject, Injectable } from '@nestjs/common';
import type { StoryUpdatedV1 } from '@newsflow/contracts';
import {
  absorbedStoryIds,
  buildMergedStoryDocument,
  buildStoryDocument,
  decideMerge,
  decideStoryWrite,
  type StoryWriteDecision,
} from '../domain/story-document.builder';
import { STORY_STORE, type StoryStore } from '../ports/story.store';

/** A racing writer can change the document between our read and write at most this often. */
const MAX_RACES = 3;

/**
 * Keeps the `stories` read model at the newest state deduplication announced. At-least-once
 * safe: every write is guarded (insert-once, or a replace whose filter holds the newness rule),
 * and a write that loses a race is re-decided from a fresh read. The survivor is written before
 * the stories it absorbed are pointed at it, so a merged id never points at a state that lacks
 * its articles; the pointers are written on every delivery, so a crash between the two writes
 * is repaired by the redelivery.
 */
@Injectable()
export class StoreStoryUpdateUseCase {
  constructor(@Inject(STORY_STORE) private readonly stories: StoryStore) {}

  async execute(event: StoryUpdatedV1): Promise<StoryWriteDecision> {
    const decision = await this.storeSurvivor(event);
    for (const absorbedId of absorbedStoryIds(event)) await this.markMerged(absorbedId, event);
    return decision;
  }

  private async storeSurvivor(event: StoryUpdatedV1): Promise<StoryWriteDecision> {
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.stories.find(event.payload.storyId);
      const document = buildStoryDocument(event, current);
      const decision = decideStoryWrite(current, document);
      if (decision === 'skip-stale' || decision === 'skip-merged') return decision;
      const written =
        decision === 'insert'
          ? await this.stories.insert(document)
          : await this.stories.replaceIfNewer(document);
      if (written || attempt >= MAX_RACES) return written ? decision : 'skip-stale';
    }
  }

  private async markMerged(absorbedId: string, event: StoryUpdatedV1): Promise<void> {
    const pointer = buildMergedStoryDocument(absorbedId, event);
    for (let attempt = 1; attempt <= MAX_RACES; attempt += 1) {
      const decision = decideMerge(await this.stories.find(absorbedId));
      if (decision === 'skip-already-merged') return;
      const written =
        decision === 'insert'
          ? await this.stories.insert(pointer)
          : await this.stories.replaceWithMerged(pointer);
      if (written) return;
    }
  }
}
