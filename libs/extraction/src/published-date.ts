import { parsePrintedDay } from './calendar-day';
import type { DomDocument, DomElement } from './html-dom';
import { textOf } from './html-dom';

const ISO_DATE =
  /^(\d{4}-\d{2}-\d{2})(?:[T\s](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?$/iu;
// RFC 2822 as used by feeds and HTTP: only with an explicit zone, so the result never depends
// on the zone of the machine doing the parsing.
const RFC_2822 =
  /^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[A-Z]{2,4}|[+-]\d{4})$/u;
const EARLIEST_YEAR = 1990;
const LATEST_YEAR = 2100;

/**
 * An ISO-8601 UTC timestamp for a date as pages declare it, or null when the value is not a
 * date we can read without guessing. A date without a zone is taken as UTC.
 */
export function normaliseDate(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  const iso = ISO_DATE.exec(text);
  let millis = Number.NaN;
  if (iso !== null) {
    const [, day, time, zone] = iso;
    const offset = zone === undefined || /^(?:Z|UTC|GMT)$/iu.test(zone) ? 'Z' : withColon(zone);
    millis = Date.parse(`${day ?? ''}T${time ?? '00:00'}${offset}`);
  } else if (RFC_2822.test(text)) {
    millis = Date.parse(text);
  }
  if (Number.isNaN(millis)) {
    return null;
  }
  const date = new Date(millis);
  const year = date.getUTCFullYear();
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR ? date.toISOString() : null;
}

function withColon(offset: string): string {
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

// Containers of other stories: a date inside them belongs to another article.
const OTHER_STORIES_TAG = /^(?:ASIDE|NAV|FOOTER)$/u;
const OTHER_STORIES_NAME =
  /(?:^|[\s_-])(?:related|recommend\w*|sidebar|teasers?|promo\w*|trending|widget|rail|most-(?:read|popular|viewed)|more-(?:stories|news|articles)|read-more|also-read)(?=$|[\s_-])/iu;
// Comments carry their own dates, which are not the article's.
const COMMENTS_NAME = /(?:^|[\s_-])comments?(?:-\w+)?(?=$|[\s_-])/iu;

/** Whether an element sits in a related-stories list, sidebar or footer. */
export function isInOtherStories(element: DomElement): boolean {
  for (let node: DomElement | null = element; node !== null; node = node.parentElement) {
    const name = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (OTHER_STORIES_TAG.test(node.tagName.toUpperCase()) || OTHER_STORIES_NAME.test(name)) {
      return true;
    }
  }
  return false;
}

/**
 * The publication time printed in the article itself: an element marked `datePublished`, or
 * the first <time datetime> of the main <article>. Never from related lists or other
 * <article> cards, and nothing at all when the page has no article element.
 */
export function findArticleTime(document: DomDocument): string | null {
  for (const marked of document.querySelectorAll('[itemprop~="datePublished"]')) {
    const value = normaliseDate(marked.getAttribute('datetime') ?? marked.getAttribute('content'));
    if (value !== null && !isInOtherStories(marked)) {
      return value;
    }
  }
  const article = mainArticle(document);
  if (article === null) {
    return null;
  }
  for (const time of article.querySelectorAll('time[datetime]')) {
    if (closestArticle(time) === article && !isInOtherStories(time)) {
      const value = normaliseDate(time.getAttribute('datetime'));
      if (value !== null) {
        return value;
      }
    }
  }
  return null;
}

function mainArticle(document: DomDocument): DomElement | null {
  const candidates = [...document.querySelectorAll('article')].filter(
    (article) => closestArticle(article.parentElement) === null && !isInOtherStories(article),
  );
  const withHeadline = candidates.find((article) => article.querySelector('h1') !== null);
  if (withHeadline !== undefined) {
    return withHeadline;
  }
  return candidates.reduce<DomElement | null>(
    (longest, article) =>
      longest === null || textOf(article).length > textOf(longest).length ? article : longest,
    null,
  );
}

function closestArticle(element: DomElement | null): DomElement | null {
  for (let node = element; node !== null; node = node.parentElement) {
    if (node.tagName.toUpperCase() === 'ARTICLE') {
      return node;
    }
  }
  return null;
}

// A date line: a <time> element, or an element named for dates, bylines or post details.
const DATE_LINE_SELECTOR = [
  'h1',
  'time',
  '[class*="date" i]',
  '[id*="date" i]',
  '[class*="publish" i]',
  '[class*="posted" i]',
  '[class*="updated" i]',
  '[class*="byline" i]',
  '[class*="meta" i]',
  '[class*="time" i]',
].join(', ');
const MAX_DATE_LINE_CHARS = 100;
const CHROME_TAG = /^(?:NAV|FOOTER|ASIDE)$/u;

/**
 * The day printed in the article's date line ("Published on July 18, 2025", "Updated 23 Oct
 * 2025"), as YYYY-MM-DD: the first short date-like element after the page's headline, else the
 * last one before it. Never from navigation, footers, comments or lists of other stories.
 */
export function findPrintedDate(document: DomDocument, monthFirst: boolean): string | null {
  let beforeHeadline: string | null = null;
  let headlineSeen = false;
  for (const element of document.querySelectorAll(DATE_LINE_SELECTOR)) {
    if (isOutsideArticle(element)) {
      continue;
    }
    if (element.tagName.toUpperCase() === 'H1') {
      headlineSeen = true;
      continue;
    }
    const text = textOf(element);
    const day = text.length <= MAX_DATE_LINE_CHARS ? parsePrintedDay(text, monthFirst) : null;
    if (day !== null) {
      if (headlineSeen) {
        return day;
      }
      beforeHeadline = day;
    }
  }
  return beforeHeadline;
}

function isOutsideArticle(element: DomElement): boolean {
  for (let node: DomElement | null = element; node !== null; node = node.parentElement) {
    const name = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (CHROME_TAG.test(node.tagName.toUpperCase()) || COMMENTS_NAME.test(name)) {
      return true;
    }
  }
  return isInOtherStories(element);
}
