import type { ArticleDeduplicatedV1Payload, StoryUpdatedV1Payload } from '@newsflow/contracts';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import { anExtractedArticle, anIngestedEvent, sha256Hex } from '@newsflow/testing';
import type { ArticleDedupState } from '../domain/exact-duplicate';
import type { VersionText } from '../domain/revision-summary';
import type { ContentClaim, DedupStateStore } from '../ports/dedup-state.store';
import type { DeduplicatedArticlePublisher } from '../ports/deduplicated-article.publisher';
import type { DeduplicationConfig } from '../config/deduplication.config';
import { RollingDocumentFrequencies } from '../domain/rolling-document-frequencies';
import type { StoryEventPublisher } from '../ports/story-event.publisher';
import {
  InMemoryFingerprintIndex,
  InMemoryStoryStore,
} from './__fakes__/in-memory-near-duplicate.fake';
import { AssignArticleStoryUseCase } from './assign-article-story.use-case';
import { DeduplicateArticleUseCase } from './deduplicate-article.use-case';
import { DetectNearDuplicateUseCase } from './detect-near-duplicate.use-case';
import { PlaceInStoryUseCase } from './place-in-story.use-case';
import { ReviseArticleUseCase } from './revise-article.use-case';

class InMemoryDedupStateStore implements DedupStateStore {
  readonly owners = new Map<string, string>();
  readonly versions = new Map<string, string[]>();
  readonly emitted = new Set<string>();
  readonly texts = new Map<string, VersionText>();

  claimContent(contentHash: string, articleId: string): Promise<ContentClaim> {
    const fresh = !this.owners.has(contentHash);
    if (fresh) this.owners.set(contentHash, articleId);
    return Promise.resolve({ owner: this.owners.get(contentHash) ?? articleId, fresh });
  }
  appendVersion(articleId: string, contentHash: string): Promise<number> {
    const hashes = [...(this.versions.get(articleId) ?? []), contentHash];
    this.versions.set(articleId, hashes);
    return Promise.resolve(hashes.length);
  }
  findArticle(articleId: string): Promise<ArticleDedupState | null> {
    const hashes = this.versions.get(articleId) ?? [];
    const contentHash = hashes.at(-1);
    if (contentHash === undefined) return Promise.resolve(null);
    const version = hashes.length;
    const emitted = this.emitted.has(`${articleId}@v${version}`);
    return Promise.resolve({ articleId, contentHash, version, emitted });
  }
  markEmitted(articleId: string, version: number): Promise<void> {
    this.emitted.add(`${articleId}@v${version}`);
    return Promise.resolve();
  }
  saveVersionText(articleId: string, version: number, text: VersionText): Promise<void> {
    this.texts.set(`${articleId}@v${version}`, text);
    return Promise.resolve();
  }
  findVersionText(articleId: string, version: number): Promise<VersionText | null> {
    return Promise.resolve(this.texts.get(`${articleId}@v${version}`) ?? null);
  }
}

class RecordingPublisher implements DeduplicatedArticlePublisher {
  readonly sent: ArticleDeduplicatedV1Payload[] = [];
  failNext = false;
  publish(payload: ArticleDeduplicatedV1Payload): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(new Error('broker unavailable'));
    }
    this.sent.push(payload);
    return Promise.resolve();
  }
}

class RecordingStoryPublisher implements StoryEventPublisher {
  readonly sent: StoryUpdatedV1Payload[] = [];
  publish(payload: StoryUpdatedV1Payload): Promise<void> {
    this.sent.push(payload);
    return Promise.resolve();
  }
}

const config = {
  nearDuplicates: { retentionDays: 7, sweepIntervalMs: 60_000 },
} as DeduplicationConfig;

function setUp() {
  const store = new InMemoryDedupStateStore();
  const index = new InMemoryFingerprintIndex();
  const stories = new InMemoryStoryStore();
  const publisher = new RecordingPublisher();
  const storyEvents = new RecordingStoryPublisher();
  const useCase = new DeduplicateArticleUseCase(
    store,
    index,
    stories,
    publisher,
    storyEvents,
    new DetectNearDuplicateUseCase(index, config),
    new AssignArticleStoryUseCase(index, stories, new RollingDocumentFrequencies(100)),
    new PlaceInStoryUseCase(index, stories),
    new ReviseArticleUseCase(store, index, stories),
    new PipelineMetrics('test'),
  );
  return { store, index, stories, publisher, storyEvents, useCase };
}

function article(id: string, text: string | string[], overrides: { sourceId?: string } = {}) {
  const paragraphs = typeof text === 'string' ? [text] : text;
  return anExtractedArticle({
    articleId: id,
    paragraphs,
    text: paragraphs.join('\n\n'),
    contentHash: sha256Hex(paragraphs.join('\n\n')),
    ...overrides,
  });
}

const WIRE = [
  'Dock workers at the Portuguese port of Sines walked off the job on Monday in a dispute over night shifts and pay, halting container traffic at the largest deep-water terminal on the Atlantic coast.',
  'The union said about 1,200 members had joined the strike and that pickets would stay at the gates until the terminal operator returned to talks that broke down last week.',
  'The operator said it regretted the action and that ships due this week would be diverted to other ports in Spain and Morocco while negotiations remained suspended.',
];
const UNRELATED = [
  'A wildfire on the Greek island of Evia forced the evacuation of four villages overnight as strong winds pushed the flames towards the coast, the fire brigade said on Tuesday.',
  'Water-dropping aircraft resumed operations at first light and more than two hundred firefighters were on the ground, supported by volunteers and army units.',
];

describe('DeduplicateArticleUseCase', () => {
  it('passes a new article on as unique version 1 and drops its repeats', async () => {
    const { publisher, useCase } = setUp();
    const event = anIngestedEvent(article('art_a', 'Storm closes the harbour.'));
    await useCase.execute(event);
    await useCase.execute(event);
    await useCase.execute(anIngestedEvent(article('art_b', 'Storm closes the harbour.')));
    expect(
      publisher.sent.map((p) => [p.article.articleId, p.dedup.verdict, p.dedup.version]),
    ).toEqual([['art_a', 'unique', 1]]);
  });

  it('passes changed words under the same article on as a revision', async () => {
    const { publisher, useCase } = setUp();
    await useCase.execute(anIngestedEvent(article('art_a', 'Storm closes the harbour.')));
    await useCase.execute(
      anIngestedEvent(article('art_a', 'Storm closes the harbour for two days.')),
    );
    expect(publisher.sent.map((p) => [p.dedup.verdict, p.dedup.version])).toEqual([
      ['unique', 1],
      ['revision', 2],
    ]);
  });

  it('says what each revision changed relative to the version before it, in the same story', async () => {
    const { publisher, useCase } = setUp();
    const v1 = { ...article('art_a', WIRE), title: 'Dockers strike at Sines' };
    await useCase.execute(anIngestedEvent(v1));
    const v2 = {
      ...article('art_a', [...WIRE, UNRELATED[0] ?? '']),
      title: 'Sines strike spreads',
    };
    await useCase.execute(anIngestedEvent(v2));
    const v3 = { ...article('art_a', WIRE.slice(1)), title: 'Sines strike spreads' };
    await useCase.execute(anIngestedEvent(v3));
    const [first, second, third] = publisher.sent.map((p) => p.dedup);
    expect(first?.revision).toBeNull();
    expect(second).toMatchObject({
      verdict: 'revision',
      version: 2,
      storyId: first?.storyId,
      revision: {
        previousVersion: 1,
        headlineChanged: true,
        previousHeadline: 'Dockers strike at Sines',
        paragraphsAdded: 1,
        paragraphsRemoved: 0,
        added: [UNRELATED[0]],
      },
    });
    expect(third?.revision).toMatchObject({
      previousVersion: 2,
      headlineChanged: false,
      previousHeadline: null,
      paragraphsRemoved: 2,
      removed: [WIRE[0], UNRELATED[0]],
    });
  });

  it('passes an earlier text coming back under the same article on as a new revision', async () => {
    const { publisher, useCase } = setUp();
    await useCase.execute(anIngestedEvent(article('art_a', 'Storm closes the harbour.')));
    await useCase.execute(anIngestedEvent(article('art_a', 'Storm closes the harbour again.')));
    await useCase.execute(anIngestedEvent(article('art_a', 'Storm closes the harbour.')));
    expect(publisher.sent.map((p) => p.dedup.version)).toEqual([1, 2, 3]);
  });

  it('emits on redelivery when the first attempt failed before the event was sent', async () => {
    const { publisher, store, useCase } = setUp();
    const event = anIngestedEvent(article('art_a', 'Storm closes the harbour.'));
    publisher.failNext = true;
    await expect(useCase.execute(event)).rejects.toThrow('broker unavailable');
    expect(store.emitted.has('art_a@v1')).toBe(false);
    await useCase.execute(event);
    await useCase.execute(event);
    expect(publisher.sent).toHaveLength(1);
    expect(store.emitted.has('art_a@v1')).toBe(true);
  });

  it('passes a near-duplicate on, flagged, in the story of the article it copies', async () => {
    const { publisher, storyEvents, useCase } = setUp();
    await useCase.execute(anIngestedEvent(article('art_a', WIRE, { sourceId: 'one.example' })));
    const copy = [
      ...WIRE.slice(0, 2),
      'Read more local news on our website every day of the week.',
    ];
    await useCase.execute(anIngestedEvent(article('art_b', copy, { sourceId: 'two.example' })));
    await useCase.execute(anIngestedEvent(article('art_c', UNRELATED)));
    const [first, second, third] = publisher.sent.map((p) => p.dedup);
    expect(first).toMatchObject({ verdict: 'unique', duplicateOf: null, wire: null });
    expect(second).toMatchObject({ verdict: 'near-duplicate', duplicateOf: 'art_a' });
    expect(second?.containment).toBeGreaterThan(0.8);
    expect(second?.storyId).toBe(first?.storyId);
    expect(second?.wire).toMatchObject({
      originalArticleId: 'art_a',
      changes: { paragraphsRemoved: 1, truncated: true },
    });
    expect(third).toMatchObject({ verdict: 'unique' });
    expect(third?.storyId).not.toBe(first?.storyId);
    expect(storyEvents.sent.map((e) => [e.change, e.memberArticleIds])).toEqual([
      ['created', ['art_a']],
      ['grown', ['art_a', 'art_b']],
      ['created', ['art_c']],
    ]);
    expect(storyEvents.sent[1]).toMatchObject({
      sources: ['one.example', 'two.example'],
      originalArticleId: 'art_a',
    });
  });

  it('repeats the same decision on redelivery without adding members twice', async () => {
    const { publisher, stories, useCase } = setUp();
    await useCase.execute(anIngestedEvent(article('art_a', WIRE)));
    const event = anIngestedEvent(
      article('art_b', [...WIRE, 'Reporting by the newsroom staff, edited for length.']),
    );
    publisher.failNext = true;
    await expect(useCase.execute(event)).rejects.toThrow('broker unavailable');
    await useCase.execute(anIngestedEvent(article('art_c', WIRE.slice(0, 2))));
    await useCase.execute(event);
    const verdicts = publisher.sent.map((p) => [p.article.articleId, p.dedup.duplicateOf]);
    expect(verdicts).toEqual([
      ['art_a', null],
      ['art_c', 'art_a'],
      ['art_b', 'art_a'],
    ]);
    const live = [...stories.stories.values()].filter((story) => story.mergedInto === null);
    expect(live.map((story) => story.members)).toEqual([['art_a', 'art_b', 'art_c']]);
  });

  it('folds the story a racing instance put a copy in into the oldest story', async () => {
    const { publisher, index, stories, storyEvents, useCase } = setUp();
    await useCase.execute(anIngestedEvent(article('art_a', WIRE)));
    // Another instance, handling art_z, matched art_b first and claimed it into its own story.
    const later = {
      title: null,
      time: 4e12,
      sourceId: 'z.example',
      language: null,
      originalRank: '1|9',
    };
    await stories.addMembers('story:art_z', [
      { ...later, articleId: 'art_z' },
      { ...later, articleId: 'art_b' },
    ]);
    await index.claimStory('art_b', 'story:art_z');
    await useCase.execute(anIngestedEvent(article('art_b', WIRE.slice(0, 2))));
    expect(publisher.sent.map((p) => p.dedup.storyId)).toEqual(['story:art_a', 'story:art_a']);
    expect(storyEvents.sent.at(-1)).toMatchObject({
      storyId: 'story:art_a',
      change: 'merged',
      mergedFrom: ['story:art_z'],
    });
    const live = [...stories.stories.values()].filter((story) => story.mergedInto === null);
    expect(live.map((story) => [...story.members].sort())).toEqual([['art_a', 'art_b', 'art_z']]);
  });
});
