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

  const paragraph = (topic: string): string =>
    `Officials said on Monday that the ${topic} would be reviewed, by an independent panel, before the end of the year, and that the findings would be published.`;

  it('reads the densest block when Readability finds nothing, as on server-rendered pages', () => {
    const html = `<html><body><div hidden id="S:0"><main><h1>Flood plan under review</h1>
      <p>${paragraph('flood plan')}</p><p>${paragraph('budget')}</p><p>${paragraph('contract')}</p>
      </main></div></body></html>`;
    const result = extractFromHtml(html, null);
    expect(result.methods.body).toBe('block-density');
    expect(result.paragraphs).toEqual([
      paragraph('flood plan'),
      paragraph('budget'),
      paragraph('contract'),
    ]);
  });

  it('keeps data tables, and drops captions and teasers inside the article', () => {
    const html = `<html><body><article><h1>Standings after the final race</h1>
      <p>${paragraph('result')}</p>
      <div class="image"><p>Drivers on the podium in Phoenix (Image: Getty)</p></div>
      <table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table>
      <p><a href="/other">Another story about the championship and its rivals</a></p>
      <p>${paragraph('appeal')}</p></article></body></html>`;
    expect(extractFromHtml(html, null).paragraphs).toEqual([
      paragraph('result'),
      'Pos. Driver Points',
      '1 Kyle Busch 5040',
      paragraph('appeal'),
    ]);
  });

  it('reads the visible headline, byline and date line, and the day in the publisher’s zone', () => {
    const html = `<html lang="en"><head>
      <meta property="og:title" content="Flood plan under review | Northgate Post">
      <meta property="article:published_time" content="2025-12-19T09:04:00+13:00">
      </head><body><article><h1>Flood plan under review</h1>
      <div class="byline">Written By <a href="/author/jane-doe">Jane Doe</a></div>
      <p>${paragraph('flood plan')}</p><p>${paragraph('budget')}</p></article></body></html>`;
    const result = extractFromHtml(html, null);
    expect(result.title).toBe('Flood plan under review');
    expect(result.methods.title).toBe('html-headline');
    expect(result.byline).toBe('Jane Doe');
    expect(result.methods.byline).toBe('byline-markup');
    expect(result.publishedAt).toBe('2025-12-18T20:04:00.000Z');
    expect(result.publishedDate).toBe('2025-12-19');
  });
});
