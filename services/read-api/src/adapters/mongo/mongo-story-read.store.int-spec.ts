import { randomUUID } from 'node:crypto';
import type { LiveStoryDocument, StoryDocument } from '@newsflow/contracts';
import { openMongoConnection } from '@newsflow/platform-mongo';
import type { Connection } from 'mongoose';
import { storyQuerySchema } from '../../domain/story-query';
import { GetStoryUseCase } from '../../use-cases/get-story.use-case';
import { SearchStoriesUseCase } from '../../use-cases/search-stories.use-case';
import { MongoStoryReadStore } from './mongo-story-read.store';

const base = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/newsflow';
const art = (n: number) => `art_${String(n).padStart(32, '0')}`;
const sid = (n: number) => `story:${art(n)}`;

function aStory(
  n: number,
  members: number[],
  minute: number,
  extra: Partial<LiveStoryDocument> = {},
) {
  const doc: LiveStoryDocument = {
    _id: sid(n),
    mergedInto: null,
    title: `story ${n}`,
    firstSeen: new Date(Date.UTC(2026, 2, 1, 8)),
    lastSeen: new Date(Date.UTC(2026, 2, 1, 9, minute)),
    memberArticleIds: members.map(art),
    memberCount: members.length,
    sources: ['wire.example'],
    languages: ['en'],
    originalArticleId: art(members[0] ?? 0),
    mergedFrom: [],
    lastChange: 'grown',
    lastArticleId: art(members.at(-1) ?? 0),
    updatedAt: new Date(Date.UTC(2026, 2, 1, 10, minute)),
    eventId: `e${n}`,
    ...extra,
  };
  return doc;
}

describe('MongoStoryReadStore with the story use cases', () => {
  let connection: Connection;
  let search: SearchStoriesUseCase;
  let get: GetStoryUseCase;

  beforeAll(async () => {
    const uri = base.replace(/\/[^/?]*(\?|$)/, `/it_story_read_${randomUUID().slice(0, 8)}$1`);
    connection = await openMongoConnection(uri, 'int-test');
    const db = connection.db!;
    await db.collection<StoryDocument>('stories').insertMany([
      aStory(1, [1, 2, 3], 1, { sources: ['wire.example', 'paper.example'] }),
      aStory(4, [4], 2, { languages: ['fr'] }),
      aStory(5, [5, 6], 3),
      aStory(7, [7, 8], 4, { mergedFrom: [sid(9)] }),
      {
        _id: sid(9),
        mergedInto: sid(7),
        updatedAt: new Date(Date.UTC(2026, 2, 1, 10, 4)),
        eventId: 'm',
      },
    ]);
    await db.collection('articles').insertMany([
      {
        _id: art(2),
        entityIds: ['wikidata:Q90'],
        entityKeys: ['paris'],
        sortAt: new Date(Date.UTC(2026, 2, 1, 8, 30)),
        title: 'copy two',
        sourceId: 'paper.example',
        sourceName: 'Paper',
        url: null,
        publishedAt: new Date(Date.UTC(2026, 2, 1, 8, 30)),
        ingestedAt: new Date(Date.UTC(2026, 2, 1, 8, 31)),
        language: 'en',
        credit: null,
        dedup: {
          verdict: 'near-duplicate',
          duplicateOf: art(1),
          similarity: 0.8,
          wire: { agency: 'AFP', originalArticleId: art(1), changes: null },
        },
      },
      {
        _id: art(8),
        entityIds: ['wikidata:Q90'],
        entityKeys: ['paris'],
        sortAt: new Date(Date.UTC(2026, 2, 1, 9, 4)),
        title: 'eight',
        sourceId: 'x.example',
        sourceName: null,
        url: null,
        publishedAt: null,
        ingestedAt: new Date(Date.UTC(2026, 2, 1, 9, 4)),
        language: 'en',
        credit: null,
        dedup: { verdict: 'unique' },
      },
    ] as never[]);
    const store = new MongoStoryReadStore(connection);
    search = new SearchStoriesUseCase(store);
    get = new GetStoryUseCase(store);
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  const ids = async (raw: Record<string, unknown>) =>
    (await search.execute(storyQuerySchema.parse(raw))).items.map((item) => item.id);

  it('lists live stories newest-updated first, filtered by source, language, size and lastSeen', async () => {
    expect(await ids({})).toEqual([sid(7), sid(5), sid(4), sid(1)]);
    expect(await ids({ source: 'paper.example' })).toEqual([sid(1)]);
    expect(await ids({ language: 'fr' })).toEqual([sid(4)]);
    expect(await ids({ minMembers: '2' })).toEqual([sid(7), sid(5), sid(1)]);
    expect(await ids({ since: '2026-03-01T09:02:00Z', until: '2026-03-01T09:03:00Z' })).toEqual([
      sid(5),
      sid(4),
    ]);
  });

  it('finds stories through the articles that mention an entity, by id or name', async () => {
    expect(await ids({ entity: 'wikidata:Q90' })).toEqual([sid(7), sid(1)]);
    expect(await ids({ entity: 'Paris', until: '2026-03-01T09:01:30Z' })).toEqual([sid(1)]);
    expect(await ids({ entity: 'wikidata:Q1' })).toEqual([]);
  });

  it('pages with a cursor and selected fields, without repeats', async () => {
    const first = await search.execute(
      storyQuerySchema.parse({ limit: '3', fields: 'memberCount' }),
    );
    expect(first.items).toEqual([
      { id: sid(7), memberCount: 2 },
      { id: sid(5), memberCount: 2 },
      { id: sid(4), memberCount: 1 },
    ]);
    const second = await search.execute(
      storyQuerySchema.parse({ limit: '3', cursor: first.nextCursor }),
    );
    expect(second.items.map((item) => item.id)).toEqual([sid(1)]);
    expect(second.nextCursor).toBeNull();
  });

  it('answers a story with stored members and the original, and a merged id with its survivor', async () => {
    const found = await get.execute(sid(1));
    if (!found.found) throw new Error('story 1 not found');
    expect(found.story.members.map((m) => [m.id, m.stored])).toEqual([
      [art(1), false],
      [art(2), true],
      [art(3), false],
    ]);
    expect(found.story.members[1]).toMatchObject({ agency: 'AFP', verdict: 'near-duplicate' });
    expect(found.story.timeline[0]).toMatchObject({
      articleId: art(2),
      at: '2026-03-01T08:30:00.000Z',
    });
    const merged = await get.execute(sid(9));
    expect(merged).toMatchObject({ found: true, story: { id: sid(7), redirectedFrom: sid(9) } });
    expect(await get.execute(sid(10))).toEqual({ found: false, reason: 'unknown' });
  });
});
