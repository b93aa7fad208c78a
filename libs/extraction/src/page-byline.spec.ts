import { parseHtmlDocument } from './html-dom';
import { cleanByline, findVisibleByline, isPlausibleName, joinNames } from './page-byline';

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Written By: Jane Doe | March 3, 2025', 'Jane Doe'],
    ['ByJane Doe', 'Jane Doe'],
    ['By Dr. Jane Doe - Mar 27, 2024', 'Dr. Jane Doe'],
    ['Jane DoePublished on July 18, 2025', 'Jane Doe'],
    ['  Jane\n   Doe  ', 'Jane Doe'],
  ])('reads %j as %j', (text, names) => {
    expect(cleanByline(text)).toBe(names);
  });

  it.each(['By', 'Author', 'About the Author', 'https://example.com/jane', 'July 18, 2025', ''])(
    'finds no names in %j',
    (text) => {
      expect(cleanByline(text)).toBeNull();
    },
  );
});

describe('isPlausibleName', () => {
  it('accepts names and organisations but not login handles', () => {
    expect(isPlausibleName('Jane Doe')).toBe(true);
    expect(isPlausibleName('Reuters')).toBe(true);
    expect(isPlausibleName('jane-doe42')).toBe(false);
    expect(isPlausibleName('undefined')).toBe(false);
    expect(isPlausibleName('NB')).toBe(false);
  });
});

describe('joinNames', () => {
  it('joins names as a byline prints them', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B, and C');
    expect(joinNames([])).toBe('');
  });
});

describe('findVisibleByline', () => {
  it('reads the byline box, separating names from a date glued to them', () => {
    const document = parseHtmlDocument(`<body>
      <nav><a href="/author/editor">Editor picks</a></nav>
      <article><h1>Story</h1>
        <div class="post-byline">By <a href="/author/jane">Jane Doe</a><span>July 18, 2025</span></div>
        <section class="comments"><span class="comment-author">Troll</span></section>
      </article></body>`);
    expect(findVisibleByline(document)).toBe('Jane Doe');
  });

  it('finds nothing on a page without a byline', () => {
    expect(findVisibleByline(parseHtmlDocument('<body><p>Text.</p></body>'))).toBeNull();
  });
});
