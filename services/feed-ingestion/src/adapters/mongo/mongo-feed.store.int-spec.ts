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
});
