import { parseHtmlDocument } from './html-dom';
import {
  findArticleTime,
  findPrintedDate,
  isInOtherStories,
  normaliseDate,
} from './published-date';

describe('normaliseDate', () => {
  it.each([
    ['2024-05-03T10:32:00+02:00', '2024-05-03T08:32:00.000Z'],
    ['2024-05-03T10:32:00+0200', '2024-05-03T08:32:00.000Z'],
    ['2024-05-03 10:32', '2024-05-03T10:32:00.000Z'],
    ['2024-05-03', '2024-05-03T00:00:00.000Z'],
    ['2024-05-03T10:32:00.123Z', '2024-05-03T10:32:00.123Z'],
    ['Fri, 31 Aug 2018 12:28:00 GMT', '2018-08-31T12:28:00.000Z'],
    ['31 Aug 2018 12:28 +0100', '2018-08-31T11:28:00.000Z'],
  ])('reads %j as %s', (value, iso) => {
    expect(normaliseDate(value)).toBe(iso);
  });

  it.each([
    'August 31, 2018',
    '31/08/2018',
    '1970-01-01',
    '2024-13-40',
    'yesterday',
    '',
    null,
    undefined,
  ])('refuses to guess %j', (value) => {
    expect(normaliseDate(value)).toBeNull();
  });
});

describe('findArticleTime', () => {
  it('reads the first time of the main article, not of story cards before it', () => {
    const document = parseHtmlDocument(`<body>
      <article class="card"><time datetime="2020-01-01T00:00:00Z">old</time></article>
      <article><h1>Headline</h1><aside><time datetime="2021-01-01T00:00:00Z">aside</time></aside>
        <time datetime="2024-04-02T09:15:00+02:00">today</time>
        <article><time datetime="2019-01-01T00:00:00Z">nested</time></article></article></body>`);
    expect(findArticleTime(document)).toBe('2024-04-02T07:15:00.000Z');
  });

  it('prefers an element marked datePublished', () => {
    const document = parseHtmlDocument(
      '<body><span itemprop="datePublished" content="2024-02-01"></span><article><time datetime="2024-03-01">x</time></article></body>',
    );
    expect(findArticleTime(document)).toBe('2024-02-01T00:00:00.000Z');
  });

  it('ignores datePublished marks inside related lists', () => {
    const document = parseHtmlDocument(
      '<body><div class="related-stories"><time itemprop="datePublished" datetime="2020-01-01">x</time></div></body>',
    );
    expect(findArticleTime(document)).toBeNull();
  });

  it('reads nothing from a page without an article element', () => {
    const document = parseHtmlDocument(
      '<body><div><time datetime="2024-03-01">x</time></div></body>',
    );
    expect(findArticleTime(document)).toBeNull();
  });

  it('picks the longest article when none holds the headline', () => {
    const document = parseHtmlDocument(`<body>
      <article><time datetime="2020-01-01">short</time></article>
      <article><p>Much longer article text that is clearly the main story on the page.</p><time datetime="2024-01-05">x</time></article></body>`);
    expect(findArticleTime(document)).toBe('2024-01-05T00:00:00.000Z');
  });
});

describe('isInOtherStories', () => {
  it('recognises related containers by tag or class, not by loose substrings', () => {
    const document = parseHtmlDocument(`<body>
      <aside><p id="a">x</p></aside>
      <div class="most-read"><p id="b">x</p></div>
      <div class="article-body"><p id="c">x</p></div>
      <div class="correlated"><p id="d">x</p></div></body>`);
    const byId = (id: string) => document.querySelector(`#${id}`)!;
    expect(isInOtherStories(byId('a'))).toBe(true);
    expect(isInOtherStories(byId('b'))).toBe(true);
    expect(isInOtherStories(byId('c'))).toBe(false);
    expect(isInOtherStories(byId('d'))).toBe(false);
  });
});

describe('findPrintedDate', () => {
  it('reads the date line after the headline, not the masthead date or comments', () => {
    const document = parseHtmlDocument(`<body>
      <div class="top-bar-date">Friday, December 19, 2025</div>
      <h1>Council approves flood scheme</h1>
      <div class="post-meta">By Jane Doe · Published on July 18, 2025</div>
      <section class="comments"><span class="comment-date">July 20, 2025</span></section></body>`);
    expect(findPrintedDate(document, true)).toBe('2025-07-18');
  });

  it('falls back on a date line above the headline and ignores related lists and footers', () => {
    const document = parseHtmlDocument(`<body>
      <span class="date">12.12.2025</span><h1>Taxes explained</h1>
      <aside><span class="date">01.01.2020</span></aside>
      <footer><span class="date">02.02.2021</span></footer></body>`);
    expect(findPrintedDate(document, false)).toBe('2025-12-12');
    expect(findPrintedDate(parseHtmlDocument('<body><h1>x</h1></body>'), true)).toBeNull();
  });
});
