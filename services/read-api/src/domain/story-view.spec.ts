import type { LiveStoryDocument } from '@newsflow/contracts';
import {
  buildTimeline,
  detailMemberIds,
  MAX_DETAIL_MEMBERS,
  selectStoryFields,
  toStoryDetailView,
  toStorySummaryView,
  type StoryMemberArticle,
} from './story-view';

const id = (n: number) => `art_${String(n).padStart(32, '0')}`;

function aStory(members: string[], originalArticleId: string | null = members[0] ?? null) {
  const doc: LiveStoryDocument = {
    _id: `story:${members[0]}`,
    mergedInto: null,
    title: 'Harbour closes',
    firstSeen: new Date('2026-03-01T08:00:00Z'),
    lastSeen: new Date('2026-03-01T09:30:00Z'),
    memberArticleIds: members,
    memberCount: members.length,
    sources: ['wire.example', 'paper.example'],
    languages: ['en'],
    originalArticleId,
    mergedFrom: [],
    lastChange: 'grown',
    lastArticleId: members.at(-1) ?? '',
    updatedAt: new Date('2026-03-01T09:31:00Z'),
    eventId: 'e1',
  };
  return doc;
}

function anArticle(n: number, publishedAt: string | null, ingestedAt: string): StoryMemberArticle {
  return {
    _id: id(n),
    title: `copy ${n}`,
    sourceId: `s${n}.example`,
    sourceName: null,
    url: null,
    publishedAt: publishedAt ? new Date(publishedAt) : null,
    ingestedAt: new Date(ingestedAt),
    language: 'en',
    credit: n === 1 ? { agency: 'AFP', line: 'AFP', provenance: 'byline' } : null,
    dedup: {
      verdict: n === 1 ? 'unique' : 'near-duplicate',
      version: 1,
      canonicalUrl: null,
      contentHash: 'h',
      storyId: null,
      decidedAt: ingestedAt,
      duplicateOf: n === 1 ? null : id(1),
      similarity: n === 1 ? null : 0.9,
      wire: n === 1 ? null : { agency: 'AFP', originalArticleId: id(1), changes: null },
    },
  } as StoryMemberArticle;
}

describe('story views', () => {
  it('orders the timeline by publication, else first-seen time, ties by id, unknown last', () => {
    const story = aStory([id(3), id(1), id(4), id(2)], id(1));
    const articles = new Map([
      [id(1), anArticle(1, '2026-03-01T08:00:00Z', '2026-03-01T08:05:00Z')],
      [id(2), anArticle(2, null, '2026-03-01T08:30:00Z')],
      [id(3), anArticle(3, '2026-03-01T08:30:00Z', '2026-03-01T09:00:00Z')],
    ]);
    const view = toStoryDetailView(story, articles, null);
    expect(view.members.map((m) => m.id)).toEqual([id(3), id(1), id(4), id(2)]);
    expect(view.timeline.map((t) => [t.articleId, t.at, t.isOriginal])).toEqual([
      [id(1), '2026-03-01T08:00:00.000Z', true],
      [id(2), '2026-03-01T08:30:00.000Z', false],
      [id(3), '2026-03-01T08:30:00.000Z', false],
      [id(4), null, false],
    ]);
    expect(view.original).toMatchObject({ id: id(1), agency: 'AFP', verdict: 'unique' });
    expect(view.members[2]).toMatchObject({ id: id(4), stored: false, title: null });
    expect(view.members[0]).toMatchObject({
      agency: 'AFP',
      verdict: 'near-duplicate',
      duplicateOf: id(1),
      similarity: 0.9,
      source: { id: 's3.example', name: null },
    });
    expect(view.redirectedFrom).toBeNull();
    expect(buildTimeline([], null)).toEqual([]);
  });

  it('lists only the latest members of a huge story, always with its original', () => {
    const members = Array.from({ length: MAX_DETAIL_MEMBERS + 5 }, (_, i) => id(i + 1));
    const story = aStory(members, id(1));
    const ids = detailMemberIds(story);
    expect(ids).toHaveLength(MAX_DETAIL_MEMBERS + 1);
    expect(ids.at(-1)).toBe(id(1));
    const view = toStoryDetailView(story, new Map(), `story:${id(99)}`);
    expect(view.membersTruncated).toBe(true);
    expect(view.members[0]?.id).toBe(id(6));
    expect(view.redirectedFrom).toBe(`story:${id(99)}`);
  });

  it('selects fields like the article list, id always', () => {
    const view = toStorySummaryView(aStory([id(1), id(2)]));
    expect(view).toMatchObject({ memberCount: 2, updatedAt: '2026-03-01T09:31:00.000Z' });
    expect(selectStoryFields(view, ['memberCount'])).toEqual({ id: view.id, memberCount: 2 });
    expect(selectStoryFields(view, undefined)).toBe(view);
  });
});
