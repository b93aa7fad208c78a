import { parseHtmlDocument } from './html-dom';
import { readJsonLdArticle } from './json-ld-article';

const page = (...blocks: string[]) =>
  parseHtmlDocument(
    `<html><head>${blocks.map((block) => `<script type="application/ld+json">${block}</script>`).join('')}</head><body></body></html>`,
  );

describe('readJsonLdArticle', () => {
  it('reads a NewsArticle with nested author, publisher and image objects', () => {
    const document = page(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: ' Ferry strike ',
        datePublished: '2024-05-20T06:45:00+03:00',
        dateModified: '2024-05-20T09:10:00+03:00',
        author: [{ '@type': 'Person', name: 'Eleni Marku' }, 'Nikos Pappas'],
        publisher: { '@type': 'Organization', name: 'The Harbour Times' },
        image: [{ '@type': 'ImageObject', url: 'https://cdn.example/a.jpg' }],
        mainEntityOfPage: { '@id': 'https://example.com/a' },
        inLanguage: 'en-GB',
      }),
    );
    expect(readJsonLdArticle(document)).toEqual({
      headline: 'Ferry strike',
      datePublished: '2024-05-20T06:45:00+03:00',
      dateModified: '2024-05-20T09:10:00+03:00',
      authors: ['Eleni Marku', 'Nikos Pappas'],
      personAuthors: ['Eleni Marku', 'Nikos Pappas'],
      publisherName: 'The Harbour Times',
      image: 'https://cdn.example/a.jpg',
      url: 'https://example.com/a',
      inLanguage: 'en-GB',
    });
  });

  it('finds the article in a @graph and ignores articles listed in an ItemList', () => {
    const document = page(
      JSON.stringify({
        '@graph': [
          { '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle', headline: 'Other' }] },
          { '@type': ['WebPage'], name: 'Page' },
          { '@type': ['Article', 'Thing'], headline: 'Main' },
        ],
      }),
    );
    expect(readJsonLdArticle(document)?.headline).toBe('Main');
  });

  it('skips malformed blocks and keeps reading', () => {
    const document = page('{ not json', JSON.stringify([{ '@type': 'BlogPosting', name: 'Post' }]));
    expect(readJsonLdArticle(document)?.headline).toBe('Post');
  });

  it('returns null without an article node', () => {
    expect(
      readJsonLdArticle(page(JSON.stringify({ '@type': 'Organization', name: 'X' }))),
    ).toBeNull();
    expect(readJsonLdArticle(page())).toBeNull();
  });

  it('leaves missing fields null or empty', () => {
    expect(readJsonLdArticle(page(JSON.stringify({ '@type': 'NewsArticle', author: 42 })))).toEqual(
      {
        headline: null,
        datePublished: null,
        dateModified: null,
        authors: [],
        personAuthors: [],
        publisherName: null,
        image: null,
        url: null,
        inLanguage: null,
      },
    );
  });
});
