import { rankTrends, trendQuerySchema, windowMs } from './entity-trends';

describe('entity trends', () => {
  it('reads windows', () => {
    expect(windowMs('24h')).toBe(86_400_000);
    expect(windowMs('90m')).toBe(5_400_000);
    expect(trendQuerySchema.safeParse({ window: '1y' }).success).toBe(false);
    expect(trendQuerySchema.parse({})).toEqual({ window: '24h', limit: 20 });
  });

  it('ranks by articles in the window and compares with the window before', () => {
    const trends = rankTrends(
      [
        { id: 'w:1', name: 'United Nations', type: 'organisation', articles: 4 },
        { id: 'w:1', name: 'UN', type: 'organisation', articles: 1 },
        { id: 'w:2', name: 'Chad', type: 'place', articles: 3 },
        { id: 'w:3', name: 'Geneva', type: 'place', articles: 1 },
      ],
      [
        { id: 'w:1', name: 'United Nations', type: 'organisation', articles: 2 },
        { id: 'w:3', name: 'Geneva', type: 'place', articles: 4 },
      ],
      2,
    );
    expect(trends).toEqual([
      {
        id: 'w:1',
        name: 'United Nations',
        type: 'organisation',
        articles: 5,
        previousArticles: 2,
        change: 2.5,
      },
      { id: 'w:2', name: 'Chad', type: 'place', articles: 3, previousArticles: 0, change: null },
    ]);
  });
});
