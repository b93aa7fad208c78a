import { randomUUID } from 'node:crypto';
import { openMongoConnection } from '@newsflow/platform-mongo';
import { aDedupVerdict, anExtractedArticle, someTags } from '@newsflow/testing';
import type { Connection } from 'mongoose';
import { buildArticleDocument } from '../../domain/article-document.builder';
import { MongoArticleStore } from './mongo-article.store';

const base = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/newsflow';

describe('MongoArticleStore', () => {
  let connection: Connection;
  let store: MongoArticleStore;

  beforeAll(async () => {
    const uri = base.replace(/\/[^/?]*(\?|$)/, `/it_articles_${randomUUID().slice(0, 8)}$1`);
    connection = await openMongoConnection(uri, 'int-test');
    store = new MongoArticleStore(connection);
    await store.onModuleInit();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  function documentAt(version: number, title: string) {
    return buildArticleDocument(
      {
        article: anExtractedArticle({ articleId: 'art_v', title }),
        dedup: aDedupVerdict({ version }),
        tags: someTags(),
      },
      { uri: 'urn:test' },
      new Date(),
    );
  }

  it('creates the indexes read-api relies on', async () => {
    const indexes = await connection.db!.collection('articles').indexes();
    const keys = indexes.map((index) => JSON.stringify(index.key));
    expect(keys).toEqual(
      expect.arrayContaining([
        JSON.stringify({ sortAt: -1, _id: -1 }),
        JSON.stringify({ entityIds: 1, sortAt: -1 }),
        JSON.stringify({ entityKeys: 1, sortAt: -1 }),
        JSON.stringify({ topicCodes: 1, sortAt: -1 }),
        JSON.stringify({ sourceId: 1, sortAt: -1 }),
        JSON.stringify({ searchTerms: 1, sortAt: -1 }),
        JSON.stringify({ language: 1, sortAt: -1 }),
        JSON.stringify({ 'credit.agency': 1, sortAt: -1 }),
        JSON.stringify({ 'dedup.storyId': 1, sortAt: -1 }),
      ]),
    );
  });

  it('inserts a first version once, then revises it and tracks what is published', async () => {
    expect(await store.insertFirst(documentAt(1, 'first'))).toBe(true);
    expect(await store.insertFirst(documentAt(1, 'first again'))).toBe(false);
    expect(await store.findVersion('art_v')).toMatchObject({ version: 1, publishedVersion: null });
    await store.markPublished('art_v', 1);
    await store.markPublished('art_v', 1);
    expect(await store.findVersion('art_v')).toMatchObject({ version: 1, publishedVersion: 1 });
    await store.upsert(documentAt(2, 'second'));
    expect(await store.findVersion('art_v')).toMatchObject({ version: 2, publishedVersion: null });
    const stored = await connection.db!.collection('articles').findOne({ _id: 'art_v' as never });
    expect(stored).toMatchObject({ version: 2, title: 'second' });
    expect(stored).not.toHaveProperty('publishedVersion');
    const marks = await connection
      .db!.collection('article_publications')
      .find({ _id: { $in: ['art_v@v1', 'art_v@v2'] as never[] } })
      .toArray();
    expect(marks.map((mark) => mark._id)).toEqual(['art_v@v1']);
    expect(
      await connection.db!.collection('articles').countDocuments({ _id: 'art_v' as never }),
    ).toBe(1);
  });

  it('keeps each version in the history once', async () => {
    const version = {
      _id: 'art_h@v1',
      articleId: 'art_h',
      version: 1,
      verdict: 'unique' as const,
      title: 'T',
      paragraphs: ['P.'],
      contentHash: 'e'.repeat(64),
      storedAt: new Date(),
    };
    await store.recordVersion(version);
    await store.recordVersion({ ...version, title: 'changed' });
    const docs = await connection
      .db!.collection<{ _id: string; title: string }>('article_versions')
      .find({})
      .toArray();
    expect(docs.map((d) => [d._id, d.title])).toEqual([['art_h@v1', 'T']]);
  });
});
