import type { FeedItem } from '@newsflow/feeds';
import {
  compareItems,
  fieldMatches,
  plainText,
  sameInstant,
  sameLink,
} from './eval-feeds-comparison';

function item(fields: Partial<FeedItem>): FeedItem {
  return {
    guid: null,
    url: null,
    title: null,
    publishedAt: null,
    author: null,
    summary: null,
    contentHtml: null,
    contentText: null,
    ...fields,
  };
}

describe('plainText', () => {
  it('strips tags, decodes entities and collapses whitespace', () => {
    expect(plainText('  <b>Fish</b> &amp;\n Chips&#x21; ')).toBe('Fish & Chips!');
  });

  it('treats escaped markup like markup', () => {
    expect(plainText('&lt;p&gt;Entry Title&lt;/p&gt;')).toBe('Entry Title');
  });

  it('separates words at block tags but not at inline ones', () => {
    expect(plainText('<p>one</p><p>two <em>three</em>.</p>')).toBe('one two three.');
  });
});

describe('sameInstant', () => {
  it('compares instants across formats and offsets', () => {
    expect(sameInstant('Thu, 01 Jan 2004 19:48:21 GMT', '2004-01-01T19:48:21.000Z')).toBe(true);
    expect(sameInstant('2004-01-01T20:48:21+01:00', '2004-01-01T19:48:21Z')).toBe(true);
    expect(sameInstant('2004-01-01T19:48:22Z', '2004-01-01T19:48:21Z')).toBe(false);
    expect(sameInstant('2004-01-01T19:48:21Z', null)).toBe(false);
  });
});

describe('sameLink', () => {
  it('compares parsed URLs and resolves a relative expectation against ours', () => {
    expect(sameLink('http://example.org', 'http://example.org/')).toBe(true);
    expect(sameLink('posts/1', 'https://feeds.example/posts/1')).toBe(true);
    expect(sameLink('http://example.org/a', 'http://example.org/b')).toBe(false);
    expect(sameLink('http://example.org', null)).toBe(false);
  });
});

describe('fieldMatches', () => {
  it('accepts content found in any of our body fields', () => {
    const ours = item({ summary: 'Teaser', contentHtml: '<p>Full body</p>' });
    expect(fieldMatches('content', '<div>Teaser</div>', ours)).toBe(true);
    expect(fieldMatches('content', 'Full  body', ours)).toBe(true);
    expect(fieldMatches('content', 'Other', ours)).toBe(false);
  });

  it('compares titles as plain text', () => {
    expect(fieldMatches('title', 'A &amp; B', item({ title: 'A & B' }))).toBe(true);
    expect(fieldMatches('title', 'A', item({}))).toBe(false);
  });
});

describe('compareItems', () => {
  it('scores only the fields the expectation provides', () => {
    const result = compareItems(
      [{ title: 'A' }, { guid: 'g2' }],
      [item({ title: 'A', guid: 'other' }), item({ guid: 'g2' })],
    );
    expect(result.firstMismatch).toBeNull();
    expect(result.fields.title).toEqual({ compared: 1, matched: 1 });
    expect(result.fields.guid).toEqual({ compared: 1, matched: 1 });
    expect(result.fields.link).toEqual({ compared: 0, matched: 0 });
  });

  it('reports a count difference first and fails fields of missing items', () => {
    const result = compareItems([{ title: 'A' }, { title: 'B' }], [item({ title: 'A' })]);
    expect(result.firstMismatch).toEqual({
      item: null,
      field: 'count',
      expected: '2',
      actual: '1',
    });
    expect(result.fields.title).toEqual({ compared: 2, matched: 1 });
  });

  it('names the first differing field', () => {
    const result = compareItems([{ title: 'A', link: 'http://x.org/1' }], [item({ title: 'B' })]);
    expect(result.firstMismatch).toEqual({
      item: 0,
      field: 'link',
      expected: 'http://x.org/1',
      actual: null,
    });
  });
});
