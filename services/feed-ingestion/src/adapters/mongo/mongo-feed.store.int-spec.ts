import { randomUUID } from 'node:crypto';
import { openMongoConnection } from '@newsflow/platform-mongo';
import type { Connection } from 'mongoose';
import { MongoFeedStore } from './mongo-feed.store';

// Real MongoDB-wire store (npm run infra:up); a database of its own per run.
const base = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/newsflow';

describe('MongoFeedStore', () => {
  let connection: Connection;
  let store: MongoFeedStore;
  const feeds = Array.from({ length: 6 }, (_, i) => `https://feeds.example/${i}.xml`);

  beforeAll(async () => {
    const uri = base.replace(/\/[^/?]*(\?|$)/, `/it_feeds_${randomUUID().slice(0, 8)}$1`);
    connection = await openMongoConnection(uri, 'int-test');
    store = new MongoFeedStore(connection);
    await store.onModuleInit();
    await store.register(feeds);
    await store.register(feeds);
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('lets racing instances lease each due feed exactly once', async () => {
    const now = new Date(Date.now() + 1000);
    const rounds = await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((owner) => store.leaseDue(now, 10, 60_000, owner)),
    );
    const leased = rounds.flat().map((feed) => feed.url);
    expect(leased.sort()).toEqual([...feeds].sort());
    expect(await store.leaseDue(now, 10, 60_000, 'late')).toEqual([]);
  });

  it('leases a feed again once its lease time passed without a recorded poll (a crashed poller)', async () => {
    const later = new Date(Date.now() + 1000 + 61_000);
    const again = await store.leaseDue(later, 10, 60_000, 'rescuer');
    expect(again).toHaveLength(feeds.length);
  });

  it('records the outcome and schedules the next poll with its reason', async () => {
    const now = new Date();
    await store.recordPoll(feeds[0]!, now, {
      ok: false,
      errorKind: 'http-status',
      message: 'HTTP 503',
      health: 'degraded',
      next: { at: new Date(now.getTime() + 600_000), reason: 'back-off after 1 failure in a row' },
    });
    const doc = await connection.db!.collection('feeds').findOne({ _id: feeds[0] as never });
    expect(doc).toMatchObject({
      health: 'degraded',
      consecutiveFailures: 1,
      nextPollReason: 'back-off after 1 failure in a row',
    });
    expect(
      await store.leaseDue(new Date(now.getTime() + 1000), 10, 60_000, 'x'),
    ).not.toContainEqual(expect.objectContaining({ url: feeds[0] }));
  });

  it('never leases paused or removed feeds, and reads the registry fields of the others', async () => {
    const feedsCollection = connection.db!.collection('feeds');
    const base = {
      health: 'new',
      consecutiveFailures: 0,
      itemsSeen: 0,
      nextPollAt: new Date(0),
      nextPollReason: 'new feed',
      createdAt: new Date(),
    };
    await feedsCollection.insertMany([
      { _id: 'https://reg.example/paused.xml' as never, ...base, paused: true, kind: 'feed' },
      {
        _id: 'https://reg.example/removed.xml' as never,
        ...base,
        paused: false,
        removedAt: new Date(),
      },
      {
        _id: 'https://reg.example/sitemap.xml' as never,
        ...base,
        paused: false,
        kind: 'sitemap',
        title: 'Gazette sitemap',
        minIntervalSeconds: 120,
        maxIntervalSeconds: 900,
      },
    ]);
    const leased = await store.leaseDue(new Date(Date.now() + 5000), 50, 60_000, 'registry');
    const urls = leased.map((feed) => feed.url);
    expect(urls).toContain('https://reg.example/sitemap.xml');
    expect(urls).not.toContain('https://reg.example/paused.xml');
    expect(urls).not.toContain('https://reg.example/removed.xml');
    expect(leased.find((feed) => feed.url === 'https://reg.example/sitemap.xml')).toMatchObject({
      minIntervalSeconds: 120,
      maxIntervalSeconds: 900,
      arrival: null,
    });
  });

  it('keeps the publishing rate and ttl of a good poll for the next one', async () => {
    const url = 'https://reg.example/sitemap.xml';
    const now = new Date();
    const lastItemAt = new Date(now.getTime() - 60_000);
    await store.recordPoll(url, now, {
      ok: true,
      status: 200,
      etag: '"v1"',
      lastModified: null,
      newItems: 3,
      next: { at: new Date(now.getTime() - 1000), reason: 'adaptive: ~12 items/h' },
      ttlMinutes: 15,
      arrival: { meanIntervalSeconds: 300, lastItemAt },
      format: 'sitemap',
    });
    const [state] = (await store.leaseDue(new Date(now.getTime() + 5000), 50, 60_000, 'n')).filter(
      (feed) => feed.url === url,
    );
    expect(state).toMatchObject({
      etag: '"v1"',
      itemsSeen: 3,
      ttlMinutes: 15,
      arrival: { meanIntervalSeconds: 300, lastItemAt },
    });
    const doc = await connection.db!.collection('feeds').findOne({ _id: url as never });
    expect(doc).toMatchObject({
      format: 'sitemap',
      nextPollReason: 'adaptive: ~12 items/h',
      kind: 'sitemap',
    });
  });

  it('marks items seen once, by insert', async () => {
    expect(await store.isSeen(feeds[1]!, 'guid-1')).toBe(false);
    await store.markSeen(feeds[1]!, 'guid-1', 'art_1');
    await store.markSeen(feeds[1]!, 'guid-1', 'art_2');
    expect(await store.isSeen(feeds[1]!, 'guid-1')).toBe(true);
    expect(await store.isSeen(feeds[2]!, 'guid-1')).toBe(false);
    const items = await connection
      .db!.collection('feed_items')
      .find({ itemKey: 'guid-1' })
      .toArray();
    expect(items.map((item) => item['articleId'] as string)).toEqual(['art_1']);
  });
});
