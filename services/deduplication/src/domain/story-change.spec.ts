import type { CopyChanges } from '@newsflow/similarity';
import { newStoryId, planStory, storyUpdatedPayload, summariseCopyChanges } from './story-change';

describe('planStory', () => {
  it('creates a story named after the article', () => {
    expect(planStory({ action: 'create', storyIds: [], score: 0 }, 'a')).toEqual({
      targetId: newStoryId('a'),
      absorbedIds: [],
      change: 'created',
    });
  });

  it('grows the chosen story and folds the others of a merge into it', () => {
    expect(planStory({ action: 'join', storyIds: ['s1'], score: 1 }, 'a').change).toBe('grown');
    expect(planStory({ action: 'merge', storyIds: ['s1', 's2', 's3'], score: 1 }, 'a')).toEqual({
      targetId: 's1',
      absorbedIds: ['s2', 's3'],
      change: 'merged',
    });
  });

  it('keeps the story a racing instance already placed the article in', () => {
    expect(planStory({ action: 'create', storyIds: [], score: 0 }, 'a', 's9')).toEqual({
      targetId: 's9',
      absorbedIds: [],
      change: 'grown',
    });
    expect(planStory({ action: 'join', storyIds: ['s1'], score: 1 }, 'a', 's9')).toEqual({
      targetId: 's9',
      absorbedIds: ['s1'],
      change: 'merged',
    });
  });
});

describe('story payloads', () => {
  it('drops paragraph indexes from copy changes', () => {
    const changes: CopyChanges = {
      headlineChanged: true,
      paragraphsAdded: 1,
      paragraphsRemoved: 2,
      paragraphsEdited: 0,
      truncated: true,
      reordered: false,
      addedIndexes: [4],
      removedIndexes: [5, 6],
    };
    expect(summariseCopyChanges(changes)).toEqual({
      headlineChanged: true,
      paragraphsAdded: 1,
      paragraphsRemoved: 2,
      paragraphsEdited: 0,
      truncated: true,
      reordered: false,
    });
  });

  it('renders times as ISO-8601', () => {
    const payload = storyUpdatedPayload(
      {
        storyId: 's1',
        title: null,
        firstSeen: 0,
        lastSeen: 86_400_000,
        members: ['a'],
        sources: ['x.example'],
        languages: [],
        originalArticleId: 'a',
      },
      'created',
      'a',
      [],
    );
    expect([payload.firstSeen, payload.lastSeen]).toEqual([
      '1970-01-01T00:00:00.000Z',
      '1970-01-02T00:00:00.000Z',
    ]);
  });
});
