import { Inject, Injectable } from '@nestjs/common';
import type { ExtractedArticle, RevisionChanges } from '@newsflow/contracts';
import { dayWindow } from '@newsflow/similarity';
import { summariseRevision, type VersionText } from '../domain/revision-summary';
import { DEDUP_STATE_STORE, type DedupStateStore } from '../ports/dedup-state.store';
import { FINGERPRINT_INDEX, type FingerprintIndex } from '../ports/fingerprint.index';
import { STORY_STORE, type StoryStore } from '../ports/story.store';

/** What a revision carries on: its article's story and what changed since the last version. */
export interface RevisionOutcome {
  readonly storyId: string | null;
  readonly revision: RevisionChanges | null;
}

/**
 * A revision keeps its article's story; its changed words are not matched again. Its text is
 * kept for the day window, so the next revision can say what changed relative to this one;
 * version 1's text is the one stored with the fingerprint.
 */
@Injectable()
export class ReviseArticleUseCase {
  constructor(
    @Inject(DEDUP_STATE_STORE) private readonly store: DedupStateStore,
    @Inject(FINGERPRINT_INDEX) private readonly index: FingerprintIndex,
    @Inject(STORY_STORE) private readonly stories: StoryStore,
  ) {}

  async execute(article: ExtractedArticle, version: number, now: Date): Promise<RevisionOutcome> {
    const current: VersionText = { title: article.title, paragraphs: article.paragraphs };
    await this.store.saveVersionText(article.articleId, version, current, dayWindow(now));
    const [previousText, storyId] = await Promise.all([
      this.previousText(article.articleId, version - 1),
      this.storyOf(article.articleId),
    ]);
    return {
      storyId,
      revision: previousText ? summariseRevision(version - 1, previousText, current) : null,
    };
  }

  private async previousText(articleId: string, version: number): Promise<VersionText | null> {
    if (version > 1) return this.store.findVersionText(articleId, version);
    const [first] = await this.index.loadFingerprints([articleId]);
    return first ? { title: first.title, paragraphs: first.paragraphs } : null;
  }

  private async storyOf(articleId: string): Promise<string | null> {
    const previous = await this.index.findDecision(articleId);
    if (!previous) return null;
    const live = await this.stories.resolve([previous.storyId]);
    return live.get(previous.storyId)?.storyId ?? previous.storyId;
  }
}
