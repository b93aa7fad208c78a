import type { ArticleDeduplicatedV1Payload } from '@newsflow/contracts';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import { anExtractedArticle, anIngestedEvent, sha256Hex } from '@newsflow/testing';
import type { ArticleDedupState } from '../domain/exact-duplicate';
import type { DedupStateStore } from '../ports/dedup-state.store';
import type { DeduplicatedArticlePublisher } from '../ports/deduplicated-article.publisher';
import { DeduplicateArticleUseCase } from './deduplicate-article.use-case';

class InMemoryDedupStateStore implements DedupStateStore {
  readonly owners = new Map<string, string>();
  readonly articles = new Map<string, ArticleDedupState>();

  claimContent(contentHash: string, articleId: string): Promise<string> {
    if (!this.owners.has(contentHash)) this.owners.set(contentHash, articleId);
    return Promise.resolve(this.owners.get(contentHash) ?? articleId);
  }
  findArticle(articleId: string): Promise<ArticleDedupState | null> {
    return Promise.resolve(this.articles.get(articleId) ?? null);
  }
  saveArticle(state: ArticleDedupState): Promise<void> {
    this.articles.set(state.articleId, state);
    return Promise.resolve();
  }
  markEmitted(articleId: string, version: number): Promise<void> {
    const state = this.articles.get(articleId);
    if (state?.version === version) this.articles.set(articleId, { ...state, emitted: true });
    return Promise.resolve();
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

function setUp() {
  const store = new InMemoryDedupStateStore();
  const publisher = new RecordingPublisher();
  const useCase = new DeduplicateArticleUseCase(store, publisher, new PipelineMetrics('test'));
  return { store, publisher, useCase };
}

function article(id: string, text: string) {
  return anExtractedArticle({
    articleId: id,
    paragraphs: [text],
    text,
    contentHash: sha256Hex(text),
  });
}

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

  it('emits on redelivery when the first attempt failed before the event was sent', async () => {
    const { publisher, store, useCase } = setUp();
    const event = anIngestedEvent(article('art_a', 'Storm closes the harbour.'));
    publisher.failNext = true;
    await expect(useCase.execute(event)).rejects.toThrow('broker unavailable');
    expect(store.articles.get('art_a')?.emitted).toBe(false);
    await useCase.execute(event);
    expect(publisher.sent).toHaveLength(1);
    expect(store.articles.get('art_a')?.emitted).toBe(true);
  });
});
