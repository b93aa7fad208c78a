import { Inject, Injectable } from '@nestjs/common';
import type { StoryUpdatedV1Payload } from '@newsflow/contracts';
import { summariseChanges, type StoryAssignment } from '@newsflow/similarity';
import { planStory, storyUpdatedPayload, summariseCopyChanges } from '../domain/story-change';
import { originalRank } from '../domain/wire-original';
import {
  FINGERPRINT_INDEX,
  type FingerprintIndex,
  type FingerprintRecord,
  type StoredDecision,
} from '../ports/fingerprint.index';
import {
  STORY_STORE,
  type StoryMember,
  type StoryRecord,
  type StoryStore,
} from '../ports/story.store';
import type { NearDuplicateFinding } from './detect-near-duplicate.use-case';

/** Where the article ended up, the wire attribution, and the story event to emit. */
export interface StoryPlacement {
  readonly storyId: string;
  readonly wire: StoredDecision['wire'];
  readonly event: StoryUpdatedV1Payload;
}

/**
 * Applies a story assignment without transactions. Each article is claimed into a story with a
 * compare-and-set, and so is every copy it matched that has no story yet; a copy already in
 * another story is folded in. So two racing copies, of which at least one sees the other, end
 * in one story whichever finishes first. Merges keep the oldest story.
 */
@Injectable()
export class PlaceInStoryUseCase {
  constructor(
    @Inject(FINGERPRINT_INDEX) private readonly index: FingerprintIndex,
    @Inject(STORY_STORE) private readonly stories: StoryStore,
  ) {}

  async execute(
    finding: NearDuplicateFinding,
    assignment: StoryAssignment,
  ): Promise<StoryPlacement> {
    const { record, decision, neighbours } = finding;
    const chosen = planStory(assignment, record.articleId);
    const claimed = await this.index.claimStory(record.articleId, chosen.targetId, record.window);
    const plan = planStory(assignment, record.articleId, claimed);
    const matched = neighbours.filter((n) =>
      decision.matches.some((m) => m.articleId === n.articleId),
    );
    if (plan.change === 'created' && matched.length === 0) {
      // The common case, a story of its own: started without reading any story back.
      const story = await this.stories.startStory(plan.targetId, [toMember(record)]);
      const change =
        story.storyId === plan.targetId && story.members.length === 1 ? 'created' : 'grown';
      const event = storyUpdatedPayload(story, change, record.articleId, []);
      return { storyId: story.storyId, wire: null, event };
    }
    const matchStories = await Promise.all(
      matched.map((copy) => this.index.claimStory(copy.articleId, plan.targetId, copy.window)),
    );
    const held = await this.stories.addMembers(plan.targetId, [record, ...matched].map(toMember));
    const live = await this.stories.resolve([held.storyId, ...plan.absorbedIds, ...matchStories]);
    const involved = [...new Map([...live.values()].map((s) => [s.storyId, s])).values()];
    const [survivor, ...others] = involved.sort(
      (a, b) => a.firstSeen - b.firstSeen || a.storyId.localeCompare(b.storyId),
    );
    const target = survivor ?? held;
    const mergedFrom = others.map((story) => story.storyId);
    if (mergedFrom.length > 0) await this.stories.merge(target.storyId, mergedFrom);
    const final = (await this.stories.resolve([target.storyId])).get(target.storyId) ?? target;
    const change = mergedFrom.length > 0 ? 'merged' : plan.change;
    return {
      storyId: final.storyId,
      wire:
        decision.verdict === 'near-duplicate'
          ? await this.attribute(record, final, neighbours)
          : null,
      event: storyUpdatedPayload(final, change, record.articleId, mergedFrom),
    };
  }

  private async attribute(
    record: FingerprintRecord,
    story: StoryRecord,
    neighbours: readonly FingerprintRecord[],
  ): Promise<StoredDecision['wire']> {
    const originalId = story.originalArticleId ?? record.articleId;
    const original =
      originalId === record.articleId
        ? record
        : (neighbours.find((n) => n.articleId === originalId) ??
          (await this.index.loadFingerprints([originalId]))[0]);
    const agency = record.credit ?? original?.credit ?? null;
    if (original === undefined || original === record) {
      return { agency, originalArticleId: originalId, changes: null };
    }
    return {
      agency,
      originalArticleId: originalId,
      changes: summariseCopyChanges(summariseChanges(original, record)),
    };
  }
}

function toMember(record: FingerprintRecord): StoryMember {
  return {
    articleId: record.articleId,
    title: record.title,
    time: record.publishedAt ?? record.seenAt,
    sourceId: record.sourceId,
    language: record.language,
    originalRank: originalRank(record),
  };
}
