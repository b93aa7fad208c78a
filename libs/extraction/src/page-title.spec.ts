import { parseHtmlDocument } from './html-dom';
import { chooseTitle, findVisibleHeadline, titleKey } from './page-title';

describe('findVisibleHeadline', () => {
  it('takes the article h1, skipping navigation and a logo set as a heading', () => {
    const document = parseHtmlDocument(`<body>
      <header><h1 class="site-logo">Daily Planet</h1></header>
      <nav><h1>Menu</h1></nav>
      <main><article><h1> Talks resume in Geneva </h1></article></main></body>`);
    expect(findVisibleHeadline(document, 'Daily Planet')).toBe('Talks resume in Geneva');
  });

  it('skips an h1 that is only the site name', () => {
    const document = parseHtmlDocument('<body><h1>Daily Planet</h1><h1>Talks resume</h1></body>');
    expect(findVisibleHeadline(document, 'Daily Planet')).toBe('Talks resume');
    expect(findVisibleHeadline(parseHtmlDocument('<body><p>x</p></body>'), null)).toBeNull();
  });
});

describe('chooseTitle', () => {
  const jsonLd = (value: string) => ({ value, method: 'json-ld' as const });
  const meta = (value: string) => ({ value, method: 'meta' as const });

  it('keeps a declared title that says what the headline says, with its method', () => {
    expect(chooseTitle([jsonLd('Talks Resume In Geneva')], 'Talks resume in Geneva', null)).toEqual(
      jsonLd('Talks Resume In Geneva'),
    );
  });

  it('prefers the headline over a declared title that only adds a suffix', () => {
    expect(
      chooseTitle(
        [meta('Talks resume in Geneva | World | Daily Planet')],
        'Talks resume in Geneva',
        null,
      ),
    ).toEqual({ value: 'Talks resume in Geneva', method: 'html-headline' });
  });

  it('prefers a headline that reworks the declared title, not one about something else', () => {
    expect(
      chooseTitle(
        [jsonLd('Geneva talks: what to expect in 2025')],
        'What to expect from the Geneva talks',
        null,
      ),
    ).toEqual({ value: 'What to expect from the Geneva talks', method: 'html-headline' });
    expect(chooseTitle([jsonLd('Geneva talks: what to expect')], 'Blog', null)).toEqual(
      jsonLd('Geneva talks: what to expect'),
    );
  });

  it('strips the site name from a declared title when no headline is there to check', () => {
    expect(chooseTitle([meta('Talks resume – Daily Planet')], null, 'Daily Planet')).toEqual(
      meta('Talks resume'),
    );
    expect(chooseTitle([null], 'Talks resume', null)).toBeNull();
  });
});

describe('titleKey', () => {
  it('ignores case, quote style, dashes and spacing', () => {
    expect(titleKey('We’ve  Compiled – “The” List')).toBe(titleKey('we\'ve compiled - "the" list'));
  });
});
