import type { StoryUpdatedV1 } from '@newsflow/contracts';
import {
  absorbedStoryIds,
  buildMergedStoryDocument,
  buildStoryDocument,
  decideMerge,
  decideStoryWrite,
} from './story-document.builder';

const A = `story:art_${'a'.repeat(32)}`;
const B = `story:art_${'b'.repeat(32)}`;

function storyEvent(
  members: string[],
  occurredAt: string,
  overrides: Partial<StoryUpdatedV1['payload']> = {},
): StoryUpdatedV1 {
  return {
    id: `${A}@${members.at(-1)}/${members.length}`,
    type: 'news.story.updated',
    version: 1,
    occurredAt,
    source: 'deduplication',
    correlationId: 'c',
    causationId: 'k',
    key: A,
    payload: {
      storyId: A,
      change: members.length === 1 ? 'created' : 'grown',
      articleId: members.at(-1) ?? 'x',
      memberArticleIds: members,
      mergedFrom: [],
      title: 'Harbour closes',
      firstSeen: '2026-03-01T08:00:00.000Z',
      lastSeen: '2026-03-01T09:00:00.000Z',
      sources: ['a.example', 'b.example', 'a.example'],
      languages: ['en'],
      originalArticleId: members[0] ?? null,
      ...overrides,
    },
  };
}

describe('buildStoryDocument', () => {
  it('keeps the announced state with counted, de-duplicated members and the event time', () => {
    const doc = buildStoryDocument(storyEvent(['m1', 'm2', 'm2'], '2026-03-01T10:00:00Z'), null);
    expect(doc).toMatchObject({
      _id: A,
      mergedInto: null,
      memberArticleIds: ['m1', 'm2'],
      memberCount: 2,
      sources: ['a.example', 'b.example'],
      originalArticleId: 'm1',
      lastChange: 'grown',
      lastArticleId: 'm2',
    });
    expect(doc.updatedAt.toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(doc.lastSeen.toISOString()).toBe('2026-03-01T09:00:00.000Z');
  });

  it('accumulates the stories merged in across events and never lists itself', () => {
    const first = buildStoryDocument(
      storyEvent(['m1', 'm2'], '2026-03-01T10:00:00Z', { change: 'merged', mergedFrom: [B, A] }),
      null,
    );
    const later = buildStoryDocument(
      storyEvent(['m1', 'm2', 'm3'], '2026-03-01T11:00:00Z', { mergedFrom: ['story:c'] }),
      first,
    );
    expect(first.mergedFrom).toEqual([B]);
    expect(later.mergedFrom).toEqual([B, 'story:c']);
  });
});

describe('decideStoryWrite — the monotonic guard', () => {
  const stored = buildStoryDocument(storyEvent(['m1', 'm2'], '2026-03-01T10:00:00Z'), null);

  it('inserts a story it has never seen', () => {
    expect(decideStoryWrite(null, stored)).toBe('insert');
  });

  it('applies a state with more members, even if its clock is behind', () => {
    const grown = buildStoryDocument(storyEvent(['m1', 'm2', 'm3'], '2026-03-01T09:00:00Z'), null);
    expect(decideStoryWrite(stored, grown)).toBe('replace');
  });

  it('ignores an older state and an exact replay', () => {
    const older = buildStoryDocument(storyEvent(['m1'], '2026-03-01T11:00:00Z'), null);
    expect(decideStoryWrite(stored, older)).toBe('skip-stale');
    const replay = buildStoryDocument(storyEvent(['m1', 'm2'], '2026-03-01T10:00:00Z'), null);
    expect(decideStoryWrite(stored, replay)).toBe('skip-stale');
  });

  it('treats a re-produced event (same id, later clock) as a replay', () => {
    const again = buildStoryDocument(storyEvent(['m1', 'm2'], '2026-03-01T10:05:00Z'), null);
    expect(decideStoryWrite(stored, again)).toBe('skip-stale');
  });

  it('breaks a tie in size by the event time', () => {
    const other = buildStoryDocument(
      { ...storyEvent(['m1', 'm9'], '2026-03-01T10:01:00Z'), id: 'other' },
      null,
    );
    expect(decideStoryWrite(stored, other)).toBe('replace');
  });

  it('never revives a story that was merged into another', () => {
    const pointer = buildMergedStoryDocument(A, {
      ...storyEvent(['m1'], 'x'),
      occurredAt: '2026-03-01T12:00:00Z',
    });
    const grown = buildStoryDocument(storyEvent(['m1', 'm2', 'm3'], '2026-03-01T13:00:00Z'), null);
    expect(decideStoryWrite(pointer, grown)).toBe('skip-merged');
  });
});

describe('merges', () => {
  const merge = storyEvent(['m1', 'm2', 'm3'], '2026-03-01T12:00:00Z', {
    change: 'merged',
    mergedFrom: [B, B, A],
  });

  it('points each absorbed story (once, never the survivor) at the survivor', () => {
    expect(absorbedStoryIds(merge)).toEqual([B]);
    expect(buildMergedStoryDocument(B, merge)).toEqual({
      _id: B,
      mergedInto: A,
      updatedAt: new Date('2026-03-01T12:00:00Z'),
      eventId: merge.id,
    });
  });

  it('overwrites a live absorbed story, creates a pointer for an unseen one, keeps the first pointer', () => {
    const live = buildStoryDocument(storyEvent(['m2'], '2026-03-01T09:00:00Z'), null);
    expect(decideMerge(live)).toBe('replace');
    expect(decideMerge(null)).toBe('insert');
    expect(decideMerge(buildMergedStoryDocument(B, merge))).toBe('skip-already-merged');
  });
});
