import type { Found } from './found-value';
import { nonEmpty, textOf, type DomDocument, type DomElement } from './html-dom';

// Separators between a headline and what sites append to it: " | Site", " - Section".
const SUFFIX_SEPARATOR = /\s+[|–—•·:-]\s+|\s+[|•·]|[|•·]\s+/u;
const MAX_HEADLINE_CHARS = 300;
// A headline sharing at least this share of its words with the declared title tells the same story.
const MIN_SHARED_WORDS = 0.2;
const CHROME_TAG = /^(?:NAV|FOOTER|ASIDE|FORM|BUTTON)$/u;
const LOGO_NAME =
  /(?:^|[\s_-])(?:logo|site-?(?:title|name|branding)|brand(?:ing)?|masthead)(?=$|[\s_-])/iu;

/**
 * The page's headline as readers see it: the first <h1> of the main <article>, else of the
 * page, skipping headings in navigation or footers and the site's name set as a logo.
 */
export function findVisibleHeadline(document: DomDocument, siteName: string | null): string | null {
  const siteKey = siteName === null ? null : titleKey(siteName);
  const usable = (heading: DomElement): string | null => {
    const text = nonEmpty(textOf(heading));
    if (text === null || text.length > MAX_HEADLINE_CHARS || insideChrome(heading)) {
      return null;
    }
    return titleKey(text) === siteKey ? null : text;
  };
  for (const selector of ['article h1', 'main h1', 'h1']) {
    for (const heading of document.querySelectorAll(selector)) {
      const text = usable(heading);
      if (text !== null) {
        return text;
      }
    }
  }
  return null;
}

/**
 * Picks the title among what the page declares (JSON-LD, Open Graph, <title>, Readability's
 * guess), checked against the visible headline: a declared title that says the same wins with
 * its own method; one that only adds a suffix ("Headline | Site") gives way to the headline;
 * otherwise the first declared title is taken without a site suffix. Null when nothing is
 * declared: the caller decides whether the bare headline will do.
 */
export function chooseTitle(
  declared: readonly (Found<string> | null)[],
  headline: string | null,
  siteName: string | null,
): Found<string> | null {
  const candidates = declared.filter((candidate): candidate is Found<string> => candidate !== null);
  const first = candidates[0];
  if (first === undefined) {
    return null;
  }
  if (headline !== null) {
    const key = titleKey(headline);
    const same = candidates.find((candidate) => titleKey(candidate.value) === key);
    if (same !== undefined) {
      return same;
    }
    if (candidates.some((candidate) => startsWithHeadline(candidate.value, key))) {
      return { value: headline, method: 'html-headline' };
    }
    // A headline that reworks the declared (search-engine) title is what readers see; one about
    // something else ("Blog", a section name) is not the article's title, and neither is a
    // headline that merely wraps the declared title in a date or byline.
    const firstKey = titleKey(first.value);
    if (!key.includes(firstKey) && wordOverlap(key, firstKey) >= MIN_SHARED_WORDS) {
      return { value: headline, method: 'html-headline' };
    }
  }
  return { ...first, value: withoutSiteSuffix(first.value, siteName) };
}

/** A title compared the way readers would: case, quote style, dashes and spacing ignored. */
export function titleKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/gu, "'")
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/[‐‑‒–—―]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

// Jaccard similarity of the two texts' word sets.
function wordOverlap(a: string, b: string): number {
  const words = (text: string): Set<string> => new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
  const left = words(a);
  const right = words(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

function startsWithHeadline(title: string, headlineKey: string): boolean {
  const key = titleKey(title);
  if (!key.startsWith(headlineKey) || key.length === headlineKey.length) {
    return false;
  }
  return SUFFIX_SEPARATOR.test(key.slice(headlineKey.length, headlineKey.length + 4));
}

// "Talks resume in Geneva | Daily Planet" → "Talks resume in Geneva", when the tail is the site.
function withoutSiteSuffix(title: string, siteName: string | null): string {
  if (siteName === null) {
    return title;
  }
  const siteKey = titleKey(siteName);
  const parts = title.split(SUFFIX_SEPARATOR);
  const last = parts.at(-1);
  if (parts.length > 1 && last !== undefined && titleKey(last) === siteKey) {
    return title.slice(0, title.length - last.length).replace(/[\s|–—•·:-]+$/u, '');
  }
  return title;
}

function insideChrome(element: DomElement): boolean {
  for (let node: DomElement | null = element; node !== null; node = node.parentElement) {
    const name = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (CHROME_TAG.test(node.tagName.toUpperCase()) || LOGO_NAME.test(name)) {
      return true;
    }
  }
  return false;
}
