import type { LineInput } from './boilerplate-lines';
import { parseHtmlFragment, textOf, type DomElement } from './html-dom';
import type { LineKind } from './line-rules';
import type { RemovedLine } from './removal-reason';

const BLOCKS = 'p, h2, h3, h4, li, blockquote';
const KIND_BY_TAG: Readonly<Record<string, LineKind>> = {
  P: 'text',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  LI: 'list-item',
  BLOCKQUOTE: 'quote',
};
// Captions, tables and forms hold text that is not the article's prose.
const NOT_PROSE_CONTAINER = /^(?:FIGURE|FIGCAPTION|TABLE|FORM|NAV|ASIDE|FOOTER|BUTTON|SELECT)$/u;
const LINK_TEXT_SHARE = 0.9;
const MIN_LINKED_ITEMS = 2;

export interface HtmlParagraphs {
  readonly lines: LineInput[];
  /** Blocks dropped on structure alone (lists of links), before any line rule ran. */
  readonly removed: RemovedLine[];
}

/**
 * Splits readable HTML into candidate paragraphs in document order: the innermost p, h2–h4, li
 * and blockquote blocks, with a paragraph break at each double <br>. Lists whose items are
 * nothing but links are lists of other stories and are dropped here.
 */
export function splitHtmlParagraphs(contentHtml: string): HtmlParagraphs {
  const document = parseHtmlFragment(contentHtml);
  for (const lineBreak of document.querySelectorAll('br')) {
    lineBreak.replaceWith('\n');
  }
  const blocks = [...document.querySelectorAll(BLOCKS)].filter(
    (element) => element.querySelector(BLOCKS) === null && !insideNonProse(element),
  );
  const linkLists = findLinkLists(blocks);
  const lines: LineInput[] = [];
  const removed: RemovedLine[] = [];
  for (const element of blocks) {
    const kind = KIND_BY_TAG[element.tagName.toUpperCase()] ?? 'text';
    for (const text of blockTexts(element)) {
      if (linkLists.has(element)) {
        removed.push({ line: text, reason: 'link-list' });
      } else {
        lines.push({ text, kind });
      }
    }
  }
  return { lines, removed };
}

function blockTexts(element: DomElement): string[] {
  return (element.textContent ?? '')
    .split(/\n[^\S\n]*\n/u)
    .map((part) => part.replace(/\s+/gu, ' ').trim())
    .filter((part) => part.length > 0);
}

function insideNonProse(element: DomElement): boolean {
  for (let node = element.parentElement; node !== null; node = node.parentElement) {
    if (NOT_PROSE_CONTAINER.test(node.tagName.toUpperCase())) {
      return true;
    }
  }
  return false;
}

function findLinkLists(blocks: readonly DomElement[]): Set<DomElement> {
  const linkedItemsByList = new Map<DomElement, DomElement[]>();
  for (const element of blocks) {
    const list = element.parentElement;
    if (element.tagName.toUpperCase() === 'LI' && list !== null && isAllLink(element)) {
      linkedItemsByList.set(list, [...(linkedItemsByList.get(list) ?? []), element]);
    }
  }
  const linkLists = new Set<DomElement>();
  for (const items of linkedItemsByList.values()) {
    if (items.length >= MIN_LINKED_ITEMS) {
      items.forEach((item) => linkLists.add(item));
    }
  }
  return linkLists;
}

function isAllLink(element: DomElement): boolean {
  const total = textOf(element).length;
  const linked = [...element.querySelectorAll('a')].reduce(
    (sum, link) => sum + textOf(link).length,
    0,
  );
  return total > 0 && linked >= total * LINK_TEXT_SHARE;
}
