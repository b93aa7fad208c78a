import { assembleArticle, EmptyArticleError, type ExtractedFields } from './article-assembly';
import { templateSourceOf } from './template-source';

const BODY = [
  'The harbour board approved the dredging contract on Thursday after a two-hour debate, clearing the way for larger ferries to dock at the inner quay from next summer.',
  'Work is due to start in June and will close the slipway for six weeks, the board said.',
];

function fields(overrides: Partial<ExtractedFields> = {}): ExtractedFields {
  return {
    title: 'Harbour dredging approved',
    byline: 'By Tamsin Nance',
    paragraphs: BODY,
    credit: null,
    publishedAt: '2026-11-20T09:00:00.000Z',
    modifiedAt: '2026-11-20T11:30:00.000Z',
    language: 'en',
    canonicalUrl: 'https://gazette.example/news/dredging',
    siteName: 'The Harbour Gazette',
    leadImageUrl: 'https://img.gazette.example/dredger.jpg',
    methods: {
      body: 'readability',
      title: 'json-ld',
      byline: 'json-ld',
      credit: null,
      publishedAt: 'json-ld',
      modifiedAt: 'meta',
      language: 'html-lang',
      canonicalUrl: 'link-canonical',
      siteName: 'meta',
      leadImageUrl: 'meta',
    },
    ...overrides,
  };
}

const PAGE = {
  kind: 'page' as const,
  url: 'https://gazette.example/news/dredging?utm_source=rss',
  source: null,
  feedUrl: 'https://gazette.example/rss',
  title: null,
  publishedAt: null,
};

describe('assembleArticle', () => {
  it('records how every metadata field was found', () => {
    const article = assembleArticle(fields(), PAGE, new Date('2026-11-20T12:00:00Z'));
    expect(article.modifiedAt).toBe('2026-11-20T11:30:00.000Z');
    expect(article.leadImageUrl).toBe('https://img.gazette.example/dredger.jpg');
    expect(article.sourceName).toBe('The Harbour Gazette');
    const methods = Object.fromEntries(
      Object.entries(article.provenance).map(([field, found]) => [field, found?.method ?? null]),
    );
    expect(methods).toEqual({
      body: 'readability',
      title: 'json-ld',
      publishedAt: 'json-ld',
      byline: 'json-ld',
      modifiedAt: 'meta',
      language: 'html-lang',
      canonicalUrl: 'link-canonical',
      sourceName: 'meta',
      leadImageUrl: 'meta',
    });
  });

  it("trusts a page's canonical link only on its own site", () => {
    const foreign = assembleArticle(
      fields({ canonicalUrl: 'https://other.example/their-story' }),
      PAGE,
      new Date(),
    );
    expect(foreign.canonicalUrl).toBe('https://gazette.example/news/dredging');
    expect(foreign.provenance.canonicalUrl?.method).toBe('given');
  });

  it('takes the canonical page of a mobile or AMP copy on the same site', () => {
    const mobile = assembleArticle(
      fields({ canonicalUrl: 'https://www.gazette.example/news/dredging' }),
      { ...PAGE, url: 'https://m.gazette.example/news/dredging' },
      new Date(),
    );
    const amp = assembleArticle(
      fields({ canonicalUrl: 'https://www.gazette.example/news/dredging' }),
      { ...PAGE, url: 'https://amp.gazette.example/news/dredging/amp' },
      new Date(),
    );
    expect(mobile.canonicalUrl).toBe('https://www.gazette.example/news/dredging');
    expect(mobile.articleId).toBe(amp.articleId);
    expect(mobile.sourceId).toBe('gazette.example');
    expect(mobile.provenance.canonicalUrl?.method).toBe('link-canonical');
  });

  it('drops a lead image that is not an http(s) URL', () => {
    const article = assembleArticle(
      fields({ leadImageUrl: 'javascript:alert(1)' }),
      PAGE,
      new Date(),
    );
    expect(article.leadImageUrl).toBeNull();
    expect(article.provenance.leadImageUrl).toBeNull();
  });

  it('says the language was detected when the page declared none', () => {
    const article = assembleArticle(fields({ language: null }), PAGE, new Date());
    expect(article.language).toBe('en');
    expect(article.provenance.language?.method).toBe('franc');
  });

  it('refuses a page whose body is all boilerplate', () => {
    expect(() => assembleArticle(fields({ paragraphs: [] }), PAGE, new Date())).toThrow(
      EmptyArticleError,
    );
  });
});

describe('templateSourceOf', () => {
  it('takes the named source, else the page site without www', () => {
    expect(templateSourceOf('wire:afp', 'https://www.afp.com/x')).toBe('wire:afp');
    expect(templateSourceOf(null, 'https://www.gazette.example/news/1')).toBe('gazette.example');
    expect(templateSourceOf(null, null)).toBeNull();
    expect(templateSourceOf(null, 'not a url')).toBeNull();
  });
});
