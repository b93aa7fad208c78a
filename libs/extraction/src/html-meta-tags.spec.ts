import { parseHtmlDocument } from './html-dom';
import { firstMeta, readMetaTags } from './html-meta-tags';

describe('readMetaTags', () => {
  const document = parseHtmlDocument(`<head>
    <meta property="og:title" content=" First ">
    <meta property="OG:TITLE" content="Second">
    <meta name="Author" content="Jane Doe">
    <meta itemprop="datePublished" content="2024-01-01">
    <meta http-equiv="Content-Language" content="fr">
    <meta name="empty" content="  ">
  </head>`);
  const tags = readMetaTags(document);

  it('keys by lower-cased property, name, itemprop or http-equiv; the first wins', () => {
    expect(Object.fromEntries(tags)).toEqual({
      'og:title': 'First',
      author: 'Jane Doe',
      datepublished: '2024-01-01',
      'content-language': 'fr',
    });
  });

  it('returns the first declared of several keys', () => {
    expect(firstMeta(tags, ['twitter:title', 'og:title'])).toBe('First');
    expect(firstMeta(tags, ['missing'])).toBeNull();
  });
});
