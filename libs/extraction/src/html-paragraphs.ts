import type { LineInput } from './boilerplate-lines';
import {
  ELEMENT_NODE,
  parseHtmlFragment,
  TEXT_NODE,
  type DomElement,
  type DomNode,
} from './html-dom';
import type { LineKind } from './line-rules';
import type { RemovedLine } from './removal-reason';

/** A block of the readable HTML and how much of its text is link text. */
export interface HtmlLine extends LineInput {
  readonly kind: LineKind;
  /** Share of the block's characters inside links, 0–1. */
  readonly linkDensity: number;
}

export interface HtmlParagraphs {
  readonly lines: HtmlLine[];
  /** Blocks dropped on structure alone (lists of links), before any line rule ran. */
  readonly removed: RemovedLine[];
}

// Elements that start a block of their own; everything else is inline and joins the text
// around it. Table rows are blocks whose cells join with a space.
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'MENU',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
const KIND_BY_TAG: Readonly<Record<string, LineKind>> = {
  P: 'text',
  PRE: 'text',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  BLOCKQUOTE: 'quote',
};
// Captions, forms, widgets and embedded media hold text that is not the article's prose.
const NOT_PROSE = new Set([
  'ASIDE',
  'BUTTON',
  'CANVAS',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'IFRAME',
  'INPUT',
  'NAV',
  'NOSCRIPT',
  'OBJECT',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
const LIST_TAGS = new Set(['UL', 'OL', 'MENU', 'DL']);
const LINK_TEXT_SHARE = 0.9;
// A paragraph or heading that is mostly link text points at other pages (a teaser, a "see
// also", a tag line) rather than telling the story; list items are judged as whole lists.
const LINKED_BLOCK_SHARE = 0.8;
const MIN_LINKED_ITEMS = 2;
// A line break in the page; two in a row separate paragraphs inside one block.
const BREAK = '\n';
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/u;

interface Context {
  readonly kind: LineKind;
  /** The list an item belongs to, so lists of links can be judged as a whole. */
  readonly list: DomElement | null;
  readonly inLink: boolean;
}

interface CollectedLine extends HtmlLine {
  readonly list: DomElement | null;
}

/**
 * Splits readable HTML into candidate paragraphs in document order: every block element
 * (p, headings, list items, quotes, table rows, and text loose in a div) is one paragraph, with
 * a further break at each double <br>. Lists whose items are nothing but links are lists of
 * other stories and are dropped here.
 */
export function splitHtmlParagraphs(contentHtml: string): HtmlParagraphs {
  const body = parseHtmlFragment(contentHtml).body;
  return body === null ? { lines: [], removed: [] } : splitElementParagraphs(body);
}

/**
 * The same split over a subtree of a live page; `skip` leaves out elements the caller knows to
 * be furniture (hidden, navigation), which Readability's output no longer contains.
 */
export function splitElementParagraphs(
  root: DomNode,
  skip: (element: DomElement) => boolean = () => false,
): HtmlParagraphs {
  const collector = new BlockCollector(skip);
  collector.walk(root, { kind: 'text', list: null, inLink: false });
  collector.flush({ kind: 'text', list: null, inLink: false });
  const collected = collector.lines;
  const linkLists = findLinkLists(collected);
  const lines: HtmlLine[] = [];
  const removed: RemovedLine[] = [];
  for (const line of collected) {
    if (linkLists.has(line)) {
      removed.push({ line: line.text, reason: 'link-list' });
    } else if (
      line.linkDensity >= LINKED_BLOCK_SHARE &&
      (line.kind === 'text' || line.kind === 'heading')
    ) {
      removed.push({ line: line.text, reason: 'linked-block' });
    } else {
      lines.push({ text: line.text, kind: line.kind, linkDensity: line.linkDensity });
    }
  }
  return { lines, removed };
}

class BlockCollector {
  readonly lines: CollectedLine[] = [];
  private text = '';
  private linked = 0;

  constructor(private readonly skip: (element: DomElement) => boolean) {}

  walk(node: DomNode, context: Context): void {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        this.append((child.textContent ?? '').replace(/\s+/gu, ' '), context.inLink);
      } else if (child.nodeType === ELEMENT_NODE) {
        this.visit(child as DomElement, context);
      }
    }
  }

  flush(context: Context): void {
    const density = this.text.trim().length === 0 ? 0 : this.linked / this.text.length;
    for (const part of this.text.split(PARAGRAPH_BREAK)) {
      const text = part.replace(/\s+/gu, ' ').trim();
      if (text.length > 0) {
        this.lines.push({ text, kind: context.kind, linkDensity: density, list: context.list });
      }
    }
    this.text = '';
    this.linked = 0;
  }

  private visit(element: DomElement, context: Context): void {
    const tag = element.tagName.toUpperCase();
    if (NOT_PROSE.has(tag) || this.skip(element)) {
      return;
    }
    if (tag === 'BR') {
      this.append(BREAK, false);
    } else if (CELL_TAGS.has(tag)) {
      this.append(' ', false);
      this.walk(element, context);
      this.append(' ', false);
    } else if (!BLOCK_TAGS.has(tag)) {
      this.walk(element, { ...context, inLink: context.inLink || tag === 'A' });
    } else {
      // Text before a nested block belongs to the enclosing block, not to the nested one.
      this.flush(context);
      const inner: Context = {
        kind: KIND_BY_TAG[tag] ?? context.kind,
        list: LIST_TAGS.has(tag) ? element : context.list,
        // A block inside a link (a teaser card) is link text through and through.
        inLink: context.inLink,
      };
      this.walk(element, inner);
      this.flush(inner);
    }
  }

  private append(text: string, inLink: boolean): void {
    this.text += text;
    if (inLink) {
      this.linked += text.trim().length === 0 ? 0 : text.length;
    }
  }
}

function findLinkLists(lines: readonly CollectedLine[]): Set<CollectedLine> {
  const linkedItemsByList = new Map<DomElement, CollectedLine[]>();
  for (const line of lines) {
    if (line.kind === 'list-item' && line.list !== null && line.linkDensity >= LINK_TEXT_SHARE) {
      const items = linkedItemsByList.get(line.list) ?? [];
      items.push(line);
      linkedItemsByList.set(line.list, items);
    }
  }
  const linkLists = new Set<CollectedLine>();
  for (const items of linkedItemsByList.values()) {
    if (items.length >= MIN_LINKED_ITEMS) {
      items.forEach((item) => linkLists.add(item));
    }
  }
  return linkLists;
}
