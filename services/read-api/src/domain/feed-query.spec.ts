import {
  addFeedRequestSchema,
  decodeFeedCursor,
  encodeFeedCursor,
  feedListQuerySchema,
  toFeedListQuery,
} from './feed-query';

describe('feed list query', () => {
  it('reads filters and a cursor into a store query', () => {
    const cursor = encodeFeedCursor('https://example.org/b.xml');
    const parsed = feedListQuerySchema.parse({
      health: 'broken',
      paused: 'false',
      limit: '2',
      cursor,
    });
    expect(toFeedListQuery(parsed)).toEqual({
      ok: true,
      query: {
        health: 'broken',
        paused: false,
        removed: false,
        limit: 2,
        afterUrl: 'https://example.org/b.xml',
      },
    });
  });

  it('refuses unknown values, operators and forged cursors', () => {
    expect(feedListQuerySchema.safeParse({ health: { $ne: 'x' } }).success).toBe(false);
    expect(feedListQuerySchema.safeParse({ health: 'sick' }).success).toBe(false);
    expect(feedListQuerySchema.safeParse({ paused: 'yes' }).success).toBe(false);
    expect(feedListQuerySchema.safeParse({ limit: '0' }).success).toBe(false);
    expect(feedListQuerySchema.safeParse({ colour: 'red' }).success).toBe(false);
    expect(toFeedListQuery(feedListQuerySchema.parse({ cursor: 'abc' }))).toEqual({
      ok: false,
      problem: 'cursor: is not a cursor this API returned',
    });
    expect(decodeFeedCursor(Buffer.from('["f",{"$gt":""}]').toString('base64url'))).toBeNull();
  });
});

describe('add feed request', () => {
  it('canonicalises the URL and keeps the settings', () => {
    expect(
      addFeedRequestSchema.parse({
        url: 'https://Example.org/rss#x',
        title: ' World news ',
        kind: 'sitemap',
        minIntervalSeconds: 120,
        maxIntervalSeconds: 3600,
      }),
    ).toEqual({
      url: 'https://example.org/rss',
      title: 'World news',
      kind: 'sitemap',
      minIntervalSeconds: 120,
      maxIntervalSeconds: 3600,
    });
  });

  it('explains each mistake', () => {
    const result = addFeedRequestSchema.safeParse({
      url: 'https://u:p@example.org/rss',
      kind: 'podcast',
      minIntervalSeconds: 10,
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    expect(messages?.join('\n')).toMatch(/url: feed URL must not carry a user name or password/);
    expect(messages?.join('\n')).toMatch(/kind:/);
    expect(messages?.join('\n')).toMatch(/minIntervalSeconds:/);
    expect(
      addFeedRequestSchema.safeParse({
        url: 'https://example.org/rss',
        minIntervalSeconds: 7200,
        maxIntervalSeconds: 3600,
      }).error?.issues[0]?.message,
    ).toMatch(/not be above maxIntervalSeconds/);
  });
});
