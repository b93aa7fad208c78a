import { parsePrintedDay } from './calendar-day';
import {
  ELEMENT_NODE,
  nonEmpty,
  TEXT_NODE,
  type DomDocument,
  type DomElement,
  type DomNode,
} from './html-dom';
import { isInOtherStories } from './published-date';

const LABEL =
  /^(?:(?:written|words|story|text|posted|published|reviewed|edited|reported|articles?|posts?|guide|review|photos?|insights?)\s+(?:by|from)|by|author(?:ed\s+by|s)?|von|par|por|di|door)\b\s*[:：-]?\s*/iu;
// "ByJane Doe": a label glued to the name by a template that dropped the space.
const GLUED_LABEL = /^(?:[Ww]ritten\s*[Bb]y|[Bb]y)(?=\p{Lu})/u;
// What follows the names on a byline line: a date, a role, a reading time.
const TAIL =
  /\s*(?:[|•·]|\s[-–—]\s*|[-–—]\s+|,?\s+(?:published|updated|last\s+updated|posted|on)\b|\s{2,})/iu;
const NOT_A_NAME =
  /^(?:by|author|authors|the\s+author|about\s+the\s+author|written\s+by|admin|administrator|editor|staff|undefined|null|anonymous|guest|\W*)$/iu;
const MAX_NAME_CHARS = 80;
const MAX_NAME_WORDS = 12;
// Places that name authors: microdata, rel=author links, author-archive links, byline boxes.
const AUTHOR_SELECTOR = [
  '[itemprop~="author"]',
  '[rel~="author"]',
  'a[href*="/author/"]',
  'a[href*="/authors/"]',
  '[class*="author-name" i]',
  '[class*="authorname" i]',
  '[class*="byline" i]',
  '[class*="author" i]',
].join(', ');
const CHROME_TAG = /^(?:NAV|FOOTER|ASIDE|FORM)$/u;
const COMMENTS_NAME = /(?:^|[\s_-])comments?(?:-\w+)?(?=$|[\s_-])/iu;

/**
 * The names on a byline, without the label, the date or the role around them ("Written By: Jane
 * Doe | March 3, 2025" → "Jane Doe"); null when what is left does not read as names.
 */
export function cleanByline(text: string | null | undefined): string | null {
  let names = (text ?? '').replace(/\s+/gu, ' ').trim();
  names = names
    .replace(GLUED_LABEL, '')
    .replace(LABEL, '')
    .replace(/^[\s|•·,:-]+/u, '');
  // A date glued after the names: "Jane DoePublished on July 18, 2025".
  const dated = /(?:published|updated|posted|last\s+updated)[\s:]*\S.*$/iu.exec(names);
  if (dated !== null && parsePrintedDay(dated[0]) !== null) {
    names = names.slice(0, dated.index);
  }
  names = names.split(TAIL)[0] ?? '';
  names = names.replace(/[\s,;:|-]+$/u, '').trim();
  return isPlausibleName(names) ? names : null;
}

/** Whether a declared author reads as a person's or an organisation's name, not a handle. */
export function isPlausibleName(name: string): boolean {
  const words = name.split(/\s+/u).filter((word) => word.length > 0);
  return (
    name.length > 1 &&
    name.length <= MAX_NAME_CHARS &&
    words.length <= MAX_NAME_WORDS &&
    !NOT_A_NAME.test(name) &&
    !/^https?:\/\/|@|www\./iu.test(name) &&
    /\p{L}/u.test(name) &&
    parsePrintedDay(name) === null &&
    // Bylines start with a capital; "of this article" is the tail of a sentence, "NB" a monogram.
    !/^\p{Ll}/u.test(name) &&
    (words.length > 1 || name.length > 2) &&
    // "jane-doe", "jdoe42", "jane.doe": a login name, not how a byline prints a person.
    !/^[\p{Ll}\p{N}._-]+$/u.test(name)
  );
}

/** Names joined as a byline prints them: "A", "A and B", "A, B, and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 2) {
    return names.join(' and ');
  }
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1) ?? ''}`;
}

/**
 * The byline printed on the page: the first author link, author microdata or byline box outside
 * navigation, footers, comments and lists of other stories whose text reads as names.
 */
export function findVisibleByline(document: DomDocument): string | null {
  for (const element of document.querySelectorAll(AUTHOR_SELECTOR)) {
    if (isOutsideArticle(element)) {
      continue;
    }
    const named = element.querySelector('[itemprop~="name"]') ?? element;
    const text = nonEmpty(separatedText(named));
    if (text === null || text.length > MAX_NAME_CHARS * 2) {
      continue;
    }
    const names = cleanByline(text);
    if (names !== null) {
      return names;
    }
  }
  return null;
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

// The element's text with a bar where two elements' texts would otherwise run together
// ("Jane Doe" + "July 18, 2025" is not "Jane DoeJuly 18, 2025").
function separatedText(node: DomNode): string {
  let text = '';
  const visit = (current: DomNode): void => {
    for (const child of current.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        text += child.textContent ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        boundary();
        visit(child);
        boundary();
      }
    }
  };
  const boundary = (): void => {
    if (text.length > 0 && !/[\s|]$/u.test(text)) {
      text += ' | ';
    }
  };
  visit(node);
  return text.replace(/\s*\|\s*$/u, '');
}
