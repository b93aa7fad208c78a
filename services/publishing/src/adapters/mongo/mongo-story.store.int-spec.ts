import { randomUUID } from 'node:crypto';
import type { StoryDocument, StoryUpdatedV1 } from '@newsflow/contracts';
import { openMongoConnection } from '@newsflow/platform-mongo';
import type { Connection } from 'mongoose';
import { StoreStoryUpdateUseCase } from '../../use-cases/store-story-update.use-case';
import { MongoStoryStore } from './mongo-story.store';

const base = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/newsflow';
const A = `story:art_${'a'.repeat(32)}`;
const B = `story:art_${'b'.repeat(32)}`;
const C = `story:art_${'c'.repeat(32)}`;

function storyEvent(
  storyId: string,
  members: string[],
  minute: number,
  mergedFrom: string[] = [],
): StoryUpdatedV1 {
  return {
    id: `${storyId}@${members.at(-1)}/${members.length}`,
    type: 'news.story.updated',
    version: 1,
    occurredAt: new Date(Date.UTC(2026, 2, 1, 10, minute)).toISOString(),
    source: 'deduplication',
    correlationId: 'c',
    causationId: 'k',
    key: storyId,
    payload: {
      storyId,
      change: mergedFrom.length ? 'merged' : members.length === 1 ? 'created' : 'grown',
      articleId: members.at(-1) ?? 'x',
      memberArticleIds: members,
      mergedFrom,
      title: `story ${storyId.slice(-4)}`,
      firstSeen: '2026-03-01T08:00:00.000Z',
      lastSeen: new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString(),
      sources: members.map((m) => `${m}.example`),
      languages: ['en'],
      originalArticleId: members[0] ?? null,
    },
  };
}

describe('MongoStoryStore with StoreStoryUpdateUseCase', () => {
  let connection: Connection;
  let store: MongoStoryStore;
  let useCase: StoreStoryUpdateUseCase;

  beforeAll(async () => {
    const uri = base.replace(/\/[^/?]*(\?|$)/, `/it_stories_${randomUUID().slice(0, 8)}$1`);
    connection = await openMongoConnection(uri, 'int-test');
    store = new MongoStoryStore(connection);
    await store.onModuleInit();
    useCase = new StoreStoryUpdateUseCase(store);
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  const stored = () => connection.db!.collection<StoryDocument>('stories');

  it('creates the indexes the GET /v1/stories queries rely on', async () => {
    const keys = (await stored().indexes()).map((index) => JSON.stringify(index.key));
    expect(keys).toEqual(
      expect.arrayContaining([
        JSON.stringify({ mergedInto: 1, updatedAt: -1, _id: -1 }), // default order, minMembers
        JSON.stringify({ sources: 1, updatedAt: -1 }), // source
        JSON.stringify({ languages: 1, updatedAt: -1 }), // language
        JSON.stringify({ lastSeen: -1 }), // since / until
        JSON.stringify({ memberArticleIds: 1 }), // entity, through the articles mentioning it
      ]),
    );
  });

  it('keeps the newest state: replays and older events change nothing', async () => {
    expect(await useCase.execute(storyEvent(A, ['m1'], 0))).toBe('insert');
    expect(await useCase.execute(storyEvent(A, ['m1', 'm2', 'm3'], 2))).toBe('replace');
    expect(await useCase.execute(storyEvent(A, ['m1', 'm2'], 1))).toBe('skip-stale');
    expect(await useCase.execute(storyEvent(A, ['m1', 'm2', 'm3'], 2))).toBe('skip-stale');
    const doc = await stored().findOne({ _id: A });
    expect(doc).toMatchObject({
      mergedInto: null,
      memberArticleIds: ['m1', 'm2', 'm3'],
      memberCount: 3,
      sources: ['m1.example', 'm2.example', 'm3.example'],
    });
    expect(await stored().countDocuments({ mergedInto: null })).toBe(1);
  });

  it('refuses a stale replace in the write itself, not only in the decision', async () => {
    const current = (await store.find(A))!;
    expect(current.mergedInto).toBeNull();
    const older = { ...(current as Extract<StoryDocument, { mergedInto: null }>) };
    expect(await store.replaceIfNewer({ ...older, memberCount: 2, eventId: 'late' })).toBe(false);
    expect(await store.insert({ ...older, eventId: 'dup' })).toBe(false);
    expect((await store.find(A))?.eventId).toBe(current.eventId);
  });

  it('points merged stories at the survivor, whichever event arrives first, and never revives them', async () => {
    // C's merge into B arrives before C's own creation (another partition lags).
    await useCase.execute(storyEvent(B, ['n1', 'n2', 'n3'], 5, [C]));
    expect(await useCase.execute(storyEvent(C, ['n3'], 1))).toBe('skip-merged');
    // Then A absorbs B: B's pointer replaces its live document.
    await useCase.execute(storyEvent(A, ['m1', 'm2', 'm3', 'n1', 'n2', 'n3'], 6, [B]));
    await useCase.execute(storyEvent(A, ['m1', 'm2', 'm3', 'n1', 'n2', 'n3'], 6, [B]));
    expect(await store.find(C)).toMatchObject({ mergedInto: B });
    expect(await store.find(B)).toMatchObject({ mergedInto: A });
    expect(await store.find(A)).toMatchObject({ memberCount: 6, mergedFrom: [B] });
    expect(await useCase.execute(storyEvent(B, ['n1', 'n2', 'n3', 'n4'], 7))).toBe('skip-merged');
    const live = await stored().find({ mergedInto: null }).toArray();
    expect(live.map((doc) => doc._id)).toEqual([A]);
  });

  it('lets exactly one of two racing creations win and keeps the larger state', async () => {
    const id = `story:art_${'d'.repeat(32)}`;
    const outcomes = await Promise.all([
      useCase.execute(storyEvent(id, ['p1'], 0)),
      useCase.execute(storyEvent(id, ['p1', 'p2'], 1)),
    ]);
    expect(outcomes).toContain('insert');
    expect(await stored().countDocuments({ _id: id })).toBe(1);
    expect((await store.find(id)) as { memberCount: number }).toMatchObject({ memberCount: 2 });
  });
});
