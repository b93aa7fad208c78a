import { Inject, Injectable } from '@nestjs/common';
import {
  assignStory,
  buildStoryArticle,
  storyFeatureKeys,
  type CandidateStory,
  type StoryAssignment,
} from '@newsflow/similarity';
import type { RollingDocumentFrequencies } from '../domain/rolling-document-frequencies';
import { fromStoredFeatures } from '../domain/stored-story-features';
import {
  FINGERPRINT_INDEX,
  type FingerprintIndex,
  type FingerprintRecord,
} from '../ports/fingerprint.index';
import { STORY_STORE, type StoryRecord, type StoryStore } from '../ports/story.store';
import type { NearDuplicateFinding } from './detect-near-duplicate.use-case';

/** Story candidates are bounded: `assignStory` is quadratic in members when checking merges. */
const MAX_CANDIDATE_STORIES = 8;
const MEMBER_SAMPLE = 30;

export const DOCUMENT_FREQUENCIES = Symbol('DocumentFrequencies');

/**
 * Which story an article belongs to: the stories of its bucket neighbours (its near-duplicates
 * among them) are the candidates, each compared through a sample of its latest members.
 */
@Injectable()
export class AssignArticleStoryUseCase {
  constructor(
    @Inject(FINGERPRINT_INDEX) private readonly index: FingerprintIndex,
    @Inject(STORY_STORE) private readonly stories: StoryStore,
    @Inject(DOCUMENT_FREQUENCIES) private readonly frequencies: RollingDocumentFrequencies,
  ) {}

  async execute(finding: NearDuplicateFinding): Promise<StoryAssignment> {
    const { record, decision, neighbours } = finding;
    const features = fromStoredFeatures(record.features);
    this.frequencies.add(record.articleId, storyFeatureKeys(features));
    const storyOf = await this.index.storiesOf(neighbours.map((n) => n.articleId));
    const live = await this.stories.resolve([...new Set(storyOf.values())]);
    const copied = decision.duplicateOf;
    const holdsCopied = (story: StoryRecord) =>
      Number(copied !== null && story.members.includes(copied));
    // The copied article's story always stays a candidate: a near-duplicate must join it.
    const candidates = [...new Map([...live.values()].map((s) => [s.storyId, s])).values()]
      .sort((a, b) => holdsCopied(b) - holdsCopied(a) || b.lastSeen - a.lastSeen)
      .slice(0, MAX_CANDIDATE_STORIES);
    const sampled = candidates.map((story) => ({ story, ids: sampleMembers(story, copied) }));
    const loaded = await this.index.loadFingerprints(sampled.flatMap(({ ids }) => ids));
    const byId = new Map(loaded.map((member) => [member.articleId, member]));
    const candidateStories: CandidateStory[] = sampled.map(({ story, ids }) => ({
      storyId: story.storyId,
      members: ids.flatMap((id) => {
        const member = byId.get(id);
        return member === undefined ? [] : [this.storyArticle(member)];
      }),
    }));
    return assignStory(this.storyArticle(record), candidateStories, { nearDuplicateOf: copied });
  }

  private storyArticle(record: FingerprintRecord) {
    return buildStoryArticle(
      {
        articleId: record.articleId,
        publishedAt: record.publishedAt ?? record.seenAt,
        features: fromStoredFeatures(record.features),
      },
      this.frequencies,
    );
  }
}

// The latest members, plus the copied article so a near-duplicate can be forced into its story.
function sampleMembers(story: StoryRecord, copied: string | null): string[] {
  const latest = story.members.slice(-MEMBER_SAMPLE);
  return copied !== null && story.members.includes(copied) && !latest.includes(copied)
    ? [...latest, copied]
    : latest;
}
