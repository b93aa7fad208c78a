import { textOf, type DomDocument, type DomElement } from './html-dom';

// Readability's own hints: names of page furniture, and names that rescue an element anyway.
const UNLIKELY_NAME =
  /-ad-|\bad-|advert|banner|breadcrumb|combx|comment|community|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|modal|newsletter|nav|pager|popup|promo|related|remark|replies|rss|share|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|supplemental|tags?-|toolbar|widget/iu;
const MAYBE_CONTENT_NAME =
  /and|article|body|column|content|main|post|entry|story|text|prose|shadow/iu;
const FURNITURE_TAG =
  /^(?:NAV|ASIDE|FOOTER|HEADER|FORM|BUTTON|SELECT|SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|IFRAME|DIALOG)$/u;
const CONTENT_BLOCKS = 'p, pre, blockquote, td, li, h2, h3, dd';
const MIN_BLOCK_CHARS = 25;
// How much of a block's score reaches each ancestor: parent, grandparent, then a third.
const ANCESTOR_SHARE = [1, 0.5, 1 / 3, 1 / 4, 1 / 5];

/** Whether the element is page furniture or hidden, judged by its tag, names and attributes. */
export function isFurniture(element: DomElement): boolean {
  const tag = element.tagName.toUpperCase();
  if (FURNITURE_TAG.test(tag)) {
    return true;
  }
  // The `hidden` attribute is not a sign of furniture: pages streamed by server-side React
  // park their whole content in a hidden element until a script moves it into place.
  if (
    element.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(element.getAttribute('style') ?? '')
  ) {
    return true;
  }
  const name = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  const role = element.getAttribute('role') ?? '';
  return (
    /^(?:navigation|banner|contentinfo|complementary|dialog|menu|menubar)$/iu.test(role) ||
    (UNLIKELY_NAME.test(name) &&
      !MAYBE_CONTENT_NAME.test(name) &&
      tag !== 'BODY' &&
      tag !== 'ARTICLE')
  );
}

/**
 * The element holding the page's densest run of prose, found the way Readability scores
 * candidates (each paragraph credits its ancestors by length and commas, link text counts
 * against it) but reading the page as it is, without rewriting it. Used when Readability finds
 * nothing, or far less than the page plainly holds.
 */
export function findDenseContent(document: DomDocument): DomElement | null {
  const scores = new Map<DomElement, Score>();
  const furniture = new Map<DomElement, boolean>();
  for (const block of document.querySelectorAll(CONTENT_BLOCKS)) {
    if (insideFurniture(block, furniture)) {
      continue;
    }
    const text = textOf(block);
    if (text.length < MIN_BLOCK_CHARS) {
      continue;
    }
    const linked = linkedChars(block);
    const density = Math.min(1, linked / text.length);
    const points =
      (1 + (text.match(/[,，、]/gu)?.length ?? 0) + Math.min(3, Math.floor(text.length / 100))) *
      (1 - density);
    let ancestor = block.parentElement;
    for (const share of ANCESTOR_SHARE) {
      if (ancestor === null) {
        break;
      }
      const score = scores.get(ancestor) ?? { points: 0, chars: 0, linked: 0 };
      score.points += points * share;
      score.chars += text.length;
      score.linked += linked;
      scores.set(ancestor, score);
      ancestor = ancestor.parentElement;
    }
  }
  let best: DomElement | null = null;
  let bestPoints = 0;
  for (const [element, score] of scores) {
    // Link text in the candidate's paragraphs counts against it, as in Readability.
    const points = score.points * (1 - Math.min(1, score.linked / Math.max(1, score.chars)));
    if (points > bestPoints) {
      best = element;
      bestPoints = points;
    }
  }
  return best;
}

interface Score {
  points: number;
  /** Characters and link characters of the scored paragraphs beneath the element. */
  chars: number;
  linked: number;
}

function insideFurniture(element: DomElement, known: Map<DomElement, boolean>): boolean {
  const path: DomElement[] = [];
  let verdict = false;
  for (let node: DomElement | null = element; node !== null; node = node.parentElement) {
    const cached = known.get(node);
    if (cached !== undefined) {
      verdict = cached;
      break;
    }
    path.push(node);
    if (isFurniture(node)) {
      verdict = true;
      break;
    }
  }
  // Every element on the path shares the verdict of the first furniture found above it.
  path.forEach((node) => known.set(node, verdict));
  return verdict;
}

function linkedChars(element: DomElement): number {
  let linked = 0;
  for (const link of element.querySelectorAll('a')) {
    linked += textOf(link).length;
  }
  return linked;
}
