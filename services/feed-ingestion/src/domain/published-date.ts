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
