import type {
  ArticleDocument,
  ArticlePublishedV1Payload,
  ArticleVersionDocument,
} from '@newsflow/contracts';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import { aDedupVerdict, anExtractedArticle, aTaggedEvent } from '@newsflow/testing';
import type { StoredVersion } from '../domain/article-document.builder';
import type { ArticleStore } from '../ports/article.store';
import type { PublishedArticlePublisher } from '../ports/published-article.publisher';
import type { ActiveSubscription } from '../ports/subscription.source';
import { PublishArticleUseCase } from './publish-article.use-case';

type Stored = Omit<ArticleDocument, 'firstStoredAt'> & {
  publishedVersion: number | null;
};

class InMemoryArticleStore implements ArticleStore {
  readonly docs = new Map<string, Stored>();
  insertFirst(document: Omit<ArticleDocument, 'firstStoredAt'>): Promise<boolean> {
    if (this.docs.has(document._id)) return Promise.resolve(false);
    this.docs.set(document._id, { ...document, publishedVersion: null });
    return Promise.resolve(true);
  }
  findVersion(articleId: string): Promise<StoredVersion | null> {
    const doc = this.docs.get(articleId);
    return Promise.resolve(
      doc
        ? {
            version: doc.version,
            publishedVersion: doc.publishedVersion,
            firstStoredAt: new Date(0),
          }
        : null,
    );
  }
  upsert(document: Omit<ArticleDocument, 'firstStoredAt'>): Promise<void> {
    const existing = this.docs.get(document._id);
    if (!existing || existing.version <= document.version) {
      this.docs.set(document._id, {
        ...document,
        publishedVersion: existing?.publishedVersion ?? null,
      });
    }
    return Promise.resolve();
  }
  markPublished(articleId: string, version: number): Promise<void> {
    const doc = this.docs.get(articleId);
    if (doc?.version === version) doc.publishedVersion = version;
    return Promise.resolve();
  }
  readonly versions: string[] = [];
  recordVersion(version: ArticleVersionDocument): Promise<void> {
    if (!this.versions.includes(version._id)) this.versions.push(version._id);
    return Promise.resolve();
  }
}

class RecordingPublisher implements PublishedArticlePublisher {
  readonly sent: ArticlePublishedV1Payload[] = [];
  readonly fannedOut: [string, string][] = [];
  publish(payload: ArticlePublishedV1Payload): Promise<void> {
    this.sent.push(payload);
    return Promise.resolve();
  }
  publishToSubscription(
    subscription: { id: string },
    payload: ArticlePublishedV1Payload,
  ): Promise<void> {
    this.fannedOut.push([subscription.id, payload.articleId]);
    return Promise.resolve();
  }
}

const subscriptions: ActiveSubscription[] = [
  { id: 'sub_lisbon', filter: { entityIds: ['local:place:lisbon'] }, topic: 't1', webhook: null },
  { id: 'sub_french', filter: { languages: ['fr'] }, topic: 't2', webhook: null },
];

describe('PublishArticleUseCase', () => {
  function setUp() {
    const store = new InMemoryArticleStore();
    const publisher = new RecordingPublisher();
    return {
      store,
      publisher,
      useCase: new PublishArticleUseCase(
        store,
        publisher,
        { active: () => Promise.resolve(subscriptions) },
        new PipelineMetrics('test'),
      ),
    };
  }

  it('stores and publishes once however often the event is delivered', async () => {
    const { store, publisher, useCase } = setUp();
    const event = aTaggedEvent();
    expect(await useCase.execute(event)).toBe('store-and-publish');
    expect(await useCase.execute(event)).toBe('skip-already-published');
    expect(publisher.sent).toHaveLength(1);
    expect(publisher.fannedOut).toEqual([['sub_lisbon', event.payload.article.articleId]]);
    expect(store.docs.get(event.payload.article.articleId)?.publishedVersion).toBe(1);
    expect(publisher.sent[0]?.ninjs).toMatchObject({
      uri: `urn:newsflow:article:${event.payload.article.articleId}`,
      version: '1',
    });
  });

  it('publishes a revision and ignores the older version arriving late', async () => {
    const { store, publisher, useCase } = setUp();
    const v1 = aTaggedEvent(anExtractedArticle({ title: 'first' }), aDedupVerdict({ version: 1 }));
    const v2 = aTaggedEvent(
      anExtractedArticle({ title: 'second' }),
      aDedupVerdict({ version: 2, verdict: 'revision' }),
    );
    await useCase.execute(v1);
    await useCase.execute(v2);
    expect(await useCase.execute(v1)).toBe('skip-stale');
    expect(publisher.sent.map((p) => p.version)).toEqual([1, 2]);
    expect(store.versions).toEqual([
      `${v1.payload.article.articleId}@v1`,
      `${v1.payload.article.articleId}@v2`,
    ]);
    expect(store.docs.get(v1.payload.article.articleId)?.title).toBe('second');
  });
});
