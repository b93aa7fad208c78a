import type { FeedDocument } from '@newsflow/contracts';
import { feedIdOf } from './feed-url';
import { feedViewSchema, toFeedView } from './feed-view';

const now = new Date('2026-03-01T10:00:00Z');
const doc: FeedDocument = {
  _id: 'https://example.org/feed.xml',
  health: 'degraded',
  paused: false,
  consecutiveFailures: 2,
  itemsSeen: 41,
  lastPolledAt: now,
  lastStatus: 503,
  lastError: { kind: 'http-status', message: 'HTTP 503', at: now },
  nextPollAt: new Date('2026-03-01T10:10:00Z'),
  nextPollReason: 'back-off after 2 failures in a row',
  createdAt: new Date('2026-02-01T00:00:00Z'),
};

describe('toFeedView', () => {
  it('shows what a page URL turned out to advertise', () => {
    const page = { ...doc, format: 'rss', discoveredUrl: 'https://example.org/news.xml' };
    expect(toFeedView(page)).toMatchObject({
      format: 'rss',
      discoveredUrl: 'https://example.org/news.xml',
    });
  });

  it('shows health, last status and error, items seen and the next poll with its reason', () => {
    const view = toFeedView(doc);
    expect(view).toEqual({
      id: feedIdOf(doc._id),
      url: doc._id,
      title: null,
      kind: 'feed',
      health: 'degraded',
      status: 'active',
      lastPolledAt: '2026-03-01T10:00:00.000Z',
      lastStatus: 503,
      lastError: { kind: 'http-status', message: 'HTTP 503', at: '2026-03-01T10:00:00.000Z' },
      consecutiveFailures: 2,
      itemsSeen: 41,
      nextPollAt: '2026-03-01T10:10:00.000Z',
      nextPollReason: 'back-off after 2 failures in a row',
      format: null,
      discoveredUrl: null,
      minIntervalSeconds: null,
      maxIntervalSeconds: null,
      createdAt: '2026-02-01T00:00:00.000Z',
      pausedAt: null,
      removedAt: null,
    });
    expect(feedViewSchema.parse(view)).toEqual(view);
  });

  it('shows no next poll for a paused or removed feed, and says why', () => {
    const paused = toFeedView({ ...doc, paused: true, pausedAt: now });
    expect(paused).toMatchObject({
      status: 'paused',
      nextPollAt: null,
      nextPollReason: 'paused by an operator',
      pausedAt: now.toISOString(),
    });
    const removed = toFeedView({ ...doc, paused: true, removedAt: now });
    expect(removed).toMatchObject({
      status: 'removed',
      nextPollAt: null,
      nextPollReason: 'removed',
    });
  });

  it('maps a never-polled feed registered from FEED_URLS (no optional fields)', () => {
    const view = toFeedView({
      _id: 'http://127.0.0.1:8080/feed.xml',
      health: 'new',
      paused: false,
      consecutiveFailures: 0,
      itemsSeen: 0,
      nextPollAt: now,
      nextPollReason: 'new feed',
      createdAt: now,
    });
    expect(view).toMatchObject({
      health: 'new',
      lastPolledAt: null,
      lastStatus: null,
      lastError: null,
      nextPollReason: 'new feed',
      kind: 'feed',
    });
  });
});
