import { datedCardsPage } from './__fixtures__/dated-cards-page.fixture';
import { frenchBlogPage } from './__fixtures__/french-blog-page.fixture';
import { newsArticlePage } from './__fixtures__/news-article-page.fixture';
import { extractFromHtml } from './html-extraction';

describe('extractFromHtml', () => {
  it.each([
    ['news page with JSON-LD and a related rail', newsArticlePage],
    ['French page with meta tags only', frenchBlogPage],
    ['page dated only by its article markup', datedCardsPage],
  ] as const)('extracts the %s', (_name, page) => {
    const result = extractFromHtml(page.html, page.url);
    expect({
      title: result.title,
      byline: result.byline,
      publishedAt: result.publishedAt,
      modifiedAt: result.modifiedAt,
      language: result.language,
      canonicalUrl: result.canonicalUrl,
      siteName: result.siteName,
      leadImage: result.leadImage,
      credit: result.credit,
      paragraphs: result.paragraphs,
    }).toEqual(page.expected);
  });

  it('names the method behind every field', () => {
    expect(extractFromHtml(newsArticlePage.html, newsArticlePage.url).methods).toEqual({
      body: 'readability',
      title: 'json-ld',
      byline: 'json-ld',
      publishedAt: 'json-ld',
      modifiedAt: 'json-ld',
      language: 'html-lang',
      canonicalUrl: 'link-canonical',
      siteName: 'meta',
      leadImage: 'meta',
      credit: 'dateline',
    });
    expect(extractFromHtml(frenchBlogPage.html, frenchBlogPage.url).methods).toMatchObject({
      title: 'readability',
      byline: 'meta',
      publishedAt: 'meta',
      language: 'franc',
      canonicalUrl: 'meta',
      credit: 'credit-line',
    });
    expect(extractFromHtml(datedCardsPage.html, datedCardsPage.url).methods.publishedAt).toBe(
      'article-time',
    );
  });

  it('records why the advert, the read-more link and the link list were removed', () => {
    const news = extractFromHtml(newsArticlePage.html, newsArticlePage.url);
    expect(news.removed).toEqual([
      { line: 'Advertisement', reason: 'advertisement' },
      { line: "Read more: How Greece's ferry network works", reason: 'related-link' },
      { line: 'Sign up for our Europe Today newsletter', reason: 'subscription-prompt' },
    ]);
    const french = extractFromHtml(frenchBlogPage.html, frenchBlogPage.url);
    expect(french.removed.filter((line) => line.reason === 'link-list')).toHaveLength(3);
  });

  it('never dates an article from a related-story list', () => {
    const html = newsArticlePage.html
      .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '')
      .replace(/<meta property="article:published_time"[^>]*>/, '')
      .replace(/<time datetime="2024-05-20T06:45:00\+03:00">20 May 2024<\/time>/, '');
    expect(extractFromHtml(html, newsArticlePage.url).publishedAt).toBeNull();
  });

  it('leaves relative URLs unresolved without a page URL', () => {
    const result = extractFromHtml(newsArticlePage.html, null);
    expect(result.canonicalUrl).toBeNull();
    expect(result.leadImage).toBe('https://cdn.harbourtimes.example/img/ferry.jpg');
  });

  it('reads a page that is bare text without block elements', () => {
    const html =
      '<html><body>The council approved the plan on Monday after a long debate.</body></html>';
    expect(extractFromHtml(html, null).paragraphs).toEqual([
      'The council approved the plan on Monday after a long debate.',
    ]);
  });

  it('accepts an HTML fragment without a page shell', () => {
    const html = '<p>The council approved the plan on Monday after a long debate.</p>';
    expect(extractFromHtml(html, null).paragraphs).toHaveLength(1);
  });

  it('returns an empty body for an empty page', () => {
    const result = extractFromHtml('', null);
    expect(result.paragraphs).toEqual([]);
    expect(result.title).toBeNull();
    expect(result.language).toBeNull();
  });
});
