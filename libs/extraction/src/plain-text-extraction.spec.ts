import { hardWrappedPage } from './__fixtures__/hard-wrapped-page.fixture';
import { newsletterPromptsPage } from './__fixtures__/newsletter-prompts-page.fixture';
import { relatedListPage } from './__fixtures__/related-list-page.fixture';
import { repeatedLinesPage } from './__fixtures__/repeated-lines-page.fixture';
import { taggedPhotoPage } from './__fixtures__/tagged-photo-page.fixture';
import { teaserListPage } from './__fixtures__/teaser-list-page.fixture';
import { wireFooterPage } from './__fixtures__/wire-footer-page.fixture';
import { extractFromPlainText } from './plain-text-extraction';

const pages = [
  wireFooterPage,
  relatedListPage,
  newsletterPromptsPage,
  repeatedLinesPage,
  teaserListPage,
  hardWrappedPage,
  taggedPhotoPage,
];

describe('extractFromPlainText', () => {
  it.each(pages.map((page) => [page.name, page] as const))('extracts the %s', (_name, page) => {
    const result = extractFromPlainText({ text: page.text, title: page.title ?? null });
    expect({
      title: result.title,
      byline: result.byline,
      paragraphs: result.paragraphs,
      credit: result.credit,
    }).toEqual(page.expected);
  });

  it.each(pages.map((page) => [page.name, page] as const))(
    'accounts for every line of the %s',
    (_name, page) => {
      const result = extractFromPlainText({ text: page.text, title: page.title ?? null });
      const lines = page.text.split('\n').filter((line) => line.trim().length > 0);
      const accounted = result.paragraphs.length + result.removed.length;
      // Hard-wrapped text joins lines, so it can only shrink.
      expect(accounted).toBeLessThanOrEqual(lines.length);
      if (page !== hardWrappedPage) {
        expect(accounted).toBe(lines.length);
      }
    },
  );

  it('says why the footer, dated headlines and comment prompts were removed', () => {
    const { removed } = extractFromPlainText({ text: wireFooterPage.text });
    const reasons = new Set(removed.map((line) => line.reason));
    expect(reasons).toEqual(
      new Set([
        'credit-line',
        'timestamp',
        'timestamped-headline',
        'headline-list',
        'site-credits',
        'copyright',
        'comment-prompt',
      ]),
    );
  });

  it('reports the method of every field', () => {
    expect(extractFromPlainText({ text: relatedListPage.text }).methods).toEqual({
      body: 'plain-text-lines',
      title: 'plain-text-title-line',
      byline: 'byline-line',
      credit: 'dateline',
    });
    expect(
      extractFromPlainText({ text: teaserListPage.text, title: 'Given' }).methods,
    ).toMatchObject({
      title: 'given',
      credit: 'credit-line',
    });
    // "— AP" stands on its own line, so it is a credit line rather than a sign-off.
    expect(extractFromPlainText({ text: newsletterPromptsPage.text }).methods.credit).toBe(
      'credit-line',
    );
  });

  it('prefers a given title and still removes the line repeating it', () => {
    const result = extractFromPlainText({
      text: relatedListPage.text,
      title: 'Kenya to double ranger patrols as elephant poaching rises',
    });
    expect(result.paragraphs).toEqual(relatedListPage.expected.paragraphs);
    expect(result.removed[0]).toEqual({
      line: 'Kenya to double ranger patrols as elephant poaching rises',
      reason: 'title',
    });
  });

  it('treats a blank given title as absent', () => {
    expect(extractFromPlainText({ text: relatedListPage.text, title: '  ' }).title).toBe(
      relatedListPage.expected.title,
    );
  });

  it('returns no paragraphs for an empty page', () => {
    expect(extractFromPlainText({ text: '' })).toMatchObject({
      title: null,
      paragraphs: [],
      credit: null,
    });
  });
});
