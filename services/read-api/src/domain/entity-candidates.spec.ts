import { summariseCandidates, usualName, type CandidateSightingRow } from './entity-candidates';

const row = (articleId: string, name: string, day: number): CandidateSightingRow => ({
  key: 'local:person:maria-ionescu',
  type: 'person',
  name,
  articleId,
  mentions: day,
  seenAt: new Date(Date.UTC(2026, 0, day)),
});

describe('summariseCandidates', () => {
  it('gives counts with first and last seen, the usual name and the newest examples', () => {
    const rows = [
      row('art_1', 'Maria Ionescu', 3),
      row('art_2', 'Maria Ionescu', 1),
      row('art_3', 'Ionescu', 2),
    ];
    const [candidate] = summariseCandidates(
      [{ key: 'local:person:maria-ionescu', articles: 3 }],
      rows,
    );
    expect(candidate).toEqual({
      key: 'local:person:maria-ionescu',
      type: 'person',
      name: 'Maria Ionescu',
      names: ['Ionescu'],
      articles: 3,
      mentions: 6,
      firstSeen: '2026-01-01T00:00:00.000Z',
      lastSeen: '2026-01-03T00:00:00.000Z',
      exampleArticleIds: ['art_1', 'art_3', 'art_2'],
    });
    expect(usualName(rows)).toBe('Maria Ionescu');
    expect(usualName([])).toBeUndefined();
  });

  it('skips counts whose sightings are gone', () => {
    expect(summariseCandidates([{ key: 'local:person:x-y', articles: 1 }], [])).toEqual([]);
  });
});
