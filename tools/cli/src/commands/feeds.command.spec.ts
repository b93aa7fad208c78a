import type { ApiCall, CliAction } from './command-group';
import { feedIdFromReference } from './feed-reference';
import { feedsCommand, feedTable, importSummary } from './feeds.command';

function call(action: CliAction): ApiCall {
  if (action.kind !== 'api') throw new Error(`expected an API call, got ${action.kind}`);
  return action.call;
}

describe('feeds commands', () => {
  it('adds a feed with its settings', () => {
    expect(
      call(
        feedsCommand.parse([
          'add',
          'https://example.org/rss',
          '--title',
          'World',
          '--kind',
          'sitemap',
          '--min-interval',
          '120',
        ]),
      ),
    ).toMatchObject({
      method: 'POST',
      path: '/v1/feeds',
      json: {
        url: 'https://example.org/rss',
        title: 'World',
        kind: 'sitemap',
        minIntervalSeconds: 120,
      },
    });
    expect(() => feedsCommand.parse(['add'])).toThrow('missing <url>');
    expect(() => feedsCommand.parse(['add', 'https://x.example', '--kind', 'podcast'])).toThrow(
      '--kind',
    );
    expect(() => feedsCommand.parse(['add', 'https://x.example', '--max-interval', '1.5'])).toThrow(
      '--max-interval',
    );
  });

  it('lists every page with filters', () => {
    expect(
      call(feedsCommand.parse(['list', '--health', 'broken', '--paused', 'false'])),
    ).toMatchObject({
      method: 'GET',
      path: '/v1/feeds?health=broken&paused=false&limit=500',
      allPages: true,
    });
    expect(call(feedsCommand.parse(['list', '--removed'])).path).toBe(
      '/v1/feeds?removed=true&limit=500',
    );
    expect(() => feedsCommand.parse(['list', '--paused', 'yes'])).toThrow('--paused');
  });

  it('acts on a feed given by id or by URL', () => {
    const id = feedIdFromReference('https://Example.org/rss#frag');
    expect(id).toBe(`feed_${Buffer.from('https://example.org/rss').toString('base64url')}`);
    expect(call(feedsCommand.parse(['pause', 'https://example.org/rss']))).toMatchObject({
      method: 'POST',
      path: `/v1/feeds/${id}/pause`,
    });
    expect(call(feedsCommand.parse(['resume', id])).path).toBe(`/v1/feeds/${id}/resume`);
    expect(call(feedsCommand.parse(['remove', id])).method).toBe('DELETE');
    expect(call(feedsCommand.parse(['show', id]))).toMatchObject({
      method: 'GET',
      path: `/v1/feeds/${id}`,
    });
    expect(() => feedsCommand.parse(['pause', 'ftp://example.org/rss'])).toThrow('http or https');
    expect(() => feedsCommand.parse(['pause', '../../admin'])).toThrow('neither a feed id');
    expect(() => feedsCommand.parse(['pause'])).toThrow('missing <id|url>');
  });

  it('uploads an OPML file and summarises the import', () => {
    expect(call(feedsCommand.parse(['import', 'subs.opml']))).toMatchObject({
      method: 'POST',
      path: '/v1/feeds/import',
      upload: { file: 'subs.opml', contentType: 'text/x-opml' },
    });
    expect(
      importSummary({
        added: 2,
        alreadyPresent: 1,
        invalid: 1,
        problems: [{ entry: 'Old', reason: 'xmlUrl must be http or https, not ftp:' }],
      }),
    ).toBe(
      'added 2, already present 1, invalid 1\n  invalid: Old: xmlUrl must be http or https, not ftp:',
    );
  });

  it('prints feeds as a table', () => {
    const table = feedTable([
      {
        url: 'https://example.org/rss',
        title: 'World',
        status: 'active',
        health: 'degraded',
        itemsSeen: 12,
        nextPollAt: '2026-03-01T10:00:00.000Z',
        nextPollReason: 'back-off after 1 failure in a row',
        lastError: { message: 'HTTP 503' },
      },
    ]);
    expect(table.split('\n')[0]).toMatch(/^STATUS\s+HEALTH\s+ITEMS\s+NEXT POLL\s+WHY\s+URL$/);
    expect(table).toContain('back-off after 1 failure in a row (HTTP 503)');
    expect(feedTable([])).toBe('no feeds');
  });
});
