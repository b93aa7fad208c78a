import type { LiveStoryDocument, StoryDocument } from '@newsflow/contracts';
import type { StoryMemberArticle } from '../domain/story-view';
import type { StoryReadStore } from '../ports/story-read.store';
import { GetStoryUseCase } from './get-story.use-case';

const sid = (c: string) => `story:art_${c.repeat(32)}`;

class InMemoryStories implements StoryReadStore {
  constructor(private readonly docs: StoryDocument[]) {}
  search(): Promise<LiveStoryDocument[]> {
    return Promise.resolve([]);
  }
  findById(id: string): Promise<StoryDocument | null> {
    return Promise.resolve(this.docs.find((doc) => doc._id === id) ?? null);
  }
  articlesMentioning(): Promise<string[]> {
    return Promise.resolve([]);
  }
  memberArticles(): Promise<StoryMemberArticle[]> {
    return Promise.resolve([]);
  }
}

const at = new Date('2026-03-01T10:00:00Z');
const pointer = (from: string, into: string): StoryDocument => ({
  _id: from,
  mergedInto: into,
  updatedAt: at,
  eventId: 'e',
});
const live: LiveStoryDocument = {
  _id: sid('a'),
  mergedInto: null,
  title: 't',
  firstSeen: at,
  lastSeen: at,
  memberArticleIds: ['m1'],
  memberCount: 1,
  sources: ['s'],
  languages: [],
  originalArticleId: null,
  mergedFrom: [sid('b')],
  lastChange: 'merged',
  lastArticleId: 'm1',
  updatedAt: at,
  eventId: 'e',
};

describe('GetStoryUseCase', () => {
  const useCase = new GetStoryUseCase(
    new InMemoryStories([
      live,
      pointer(sid('b'), sid('a')),
      pointer(sid('c'), sid('b')),
      pointer(sid('d'), sid('e')),
      pointer(sid('e'), sid('d')),
      pointer(sid('f'), sid('9')),
    ]),
  );

  it('answers a live story as itself', async () => {
    const result = await useCase.execute(sid('a'));
    expect(result).toMatchObject({ found: true, story: { id: sid('a'), redirectedFrom: null } });
  });

  it('follows a chain of merges to the surviving story and says where it came from', async () => {
    const result = await useCase.execute(sid('c'));
    expect(result).toMatchObject({
      found: true,
      story: { id: sid('a'), redirectedFrom: sid('c') },
    });
  });

  it('tells an unknown id from a merge whose survivor is not stored (or loops)', async () => {
    expect(await useCase.execute(sid('0'))).toEqual({ found: false, reason: 'unknown' });
    expect(await useCase.execute(sid('f'))).toEqual({ found: false, reason: 'dangling-merge' });
    expect(await useCase.execute(sid('d'))).toEqual({ found: false, reason: 'dangling-merge' });
  });
});
