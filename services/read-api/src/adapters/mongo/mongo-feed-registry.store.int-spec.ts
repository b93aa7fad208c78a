import { randomUUID } from 'node:crypto';
import { FEEDS_COLLECTION, type FeedDocument } from '@newsflow/contracts';
import { openMongoConnection } from '@newsflow/platform-mongo';
import type { Connection } from 'mongoose';
import { ManageFeedsUseCase } from '../../use-cases/manage-feeds.use-case';
import { MongoFeedRegistryStore } from './mongo-feed-registry.store';

// Real MongoDB-wire store (npm run infra:up); a database of its own per run.
const base = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/newsflow';

describe('MongoFeedRegistryStore with ManageFeedsUseCase', () => {
  let connection: Connection;
  let feeds: ManageFeedsUseCase;
  const url = (name: string): string => `https://feeds.example/${name}.xml`;

  beforeAll(async () => {
    const uri = base.replace(/\/[^/?]*(\?|$)/, `/it_registry_${randomUUID().slice(0, 8)}$1`);
    connection = await openMongoConnection(uri, 'int-test');
    feeds = new ManageFeedsUseCase(new MongoFeedRegistryStore(connection));
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('adds a feed due now, once, even when two adds race', async () => {
    const now = new Date();
    const outcomes = await Promise.all([
      feeds.add({ url: url('a'), title: 'A' }, now),
      feeds.add({ url: url('a') }, now),
    ]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['added', 'already-registered']);
    const stored = await connection
      .db!.collection<FeedDocument>(FEEDS_COLLECTION)
      .findOne({ _id: url('a') });
    expect(stored).toMatchObject({
      health: 'new',
      paused: false,
      nextPollAt: now,
      nextPollReason: 'new feed',
      itemsSeen: 0,
      consecutiveFailures: 0,
      kind: 'feed',
    });
    // Either add may win the race (the store runs them in parallel); the winner's title is kept.
    expect(stored?.title ?? null).toBe(outcomes[0].outcome === 'added' ? 'A' : null);
  });

  it('pauses, resumes, removes and re-adds, keeping the feed’s history', async () => {
    await feeds.add({ url: url('b') });
    await connection
      .db!.collection<FeedDocument>(FEEDS_COLLECTION)
      .updateOne({ _id: url('b') }, { $set: { itemsSeen: 7, health: 'healthy' } });
    const paused = await feeds.setPaused(url('b'), true);
    expect(paused).toMatchObject({ ok: true, feed: { status: 'paused', nextPollAt: null } });
    const resumed = await feeds.setPaused(url('b'), false);
    expect(resumed).toMatchObject({
      ok: true,
      feed: { status: 'active', nextPollReason: 'resumed by an operator', pausedAt: null },
    });
    expect(await feeds.remove(url('b'))).toMatchObject({ ok: true, feed: { status: 'removed' } });
    expect(await feeds.setPaused(url('b'), false)).toEqual({ ok: false, reason: 'removed' });
    const readded = await feeds.add({ url: url('b') });
    expect(readded).toMatchObject({
      outcome: 're-added',
      feed: { status: 'active', itemsSeen: 7, health: 'healthy', removedAt: null },
    });
    expect(await feeds.setPaused(url('missing'), true)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('lists by URL with filters and a cursor, removed feeds apart', async () => {
    for (const name of ['c', 'd', 'e']) await feeds.add({ url: url(name) });
    await feeds.setPaused(url('d'), true);
    await feeds.remove(url('e'));
    const all: string[] = [];
    let page = await feeds.list({ removed: false, limit: 2 });
    all.push(...page.items.map((f) => f.url));
    while (page.nextCursor) {
      const last = all.at(-1)!;
      page = await feeds.list({ removed: false, limit: 2, afterUrl: last });
      all.push(...page.items.map((f) => f.url));
    }
    expect(all).toEqual([url('a'), url('b'), url('c'), url('d')]);
    const removed = await feeds.list({ removed: true, limit: 10 });
    expect(removed.items.map((f) => f.url)).toEqual([url('e')]);
    const paused = await feeds.list({ removed: false, paused: true, limit: 10 });
    expect(paused.items.map((f) => f.url)).toEqual([url('d')]);
    const healthy = await feeds.list({ removed: false, health: 'healthy', limit: 10 });
    expect(healthy.items.map((f) => f.url)).toEqual([url('b')]);
    const one = await feeds.list({ removed: false, url: url('c'), limit: 10 });
    expect(one.items.map((f) => f.url)).toEqual([url('c')]);
  });
});
