import type { FeedItem } from '@newsflow/feeds';
import { parseHTML } from 'linkedom';

/** The item fields scored; `guid` and `link` are the two halves of the benchmark's "guid/link". */
export type FeedField = 'guid' | 'link' | 'title' | 'date' | 'content';

export const FEED_FIELDS: readonly FeedField[] = ['guid', 'link', 'title', 'date', 'content'];

/** What a fixture's expected output says about one item; a field it does not give is absent. */
export type ExpectedItem = Partial<Record<FeedField, string>>;

export interface FeedMismatch {
  /** Zero-based item index, or null when the item counts differ. */
  readonly item: number | null;
  readonly field: FeedField | 'count' | 'parse';
  readonly expected: string;
  readonly actual: string | null;
}

export interface FieldTally {
  compared: number;
  matched: number;
}

export interface ItemsComparison {
  readonly fields: Record<FeedField, FieldTally>;
  /** The first difference in document order, null when every provided field matches. */
  readonly firstMismatch: FeedMismatch | null;
}

// Libraries disagree on escaping depth (gofeed keeps escaped markup as written, we decode it), so
// text is decoded and de-tagged until it stops changing; three passes cover double escaping.
const MAX_TEXT_PASSES = 3;
const BLOCK_TAG =
  /<\/?(?:p|div|br|hr|li|ul|ol|td|th|tr|table|h[1-6]|blockquote|pre|section|article)\b/gi;

/**
 * Plain text for comparison: tags removed (block-level ones leave a space, as a renderer would),
 * HTML entities decoded, whitespace collapsed, trimmed.
 */
export function plainText(value: string): string {
  let text = collapse(value);
  for (let pass = 0; pass < MAX_TEXT_PASSES; pass += 1) {
    if (!/[<&]/.test(text)) break;
    const spaced = text.replace(BLOCK_TAG, ' $&');
    const window: unknown = parseHTML(`<!doctype html><html><body>${spaced}</body></html>`);
    // linkedom's bundled typings are all `any`; the body's text is all this reads.
    const { document } = window as { document: { body: { textContent: string | null } } };
    const next = collapse(document.body.textContent ?? '');
    if (next === text) break;
    text = next;
  }
  return text;
}

/** True when both strings parse as dates naming the same instant. */
export function sameInstant(expected: string, actual: string | null): boolean {
  if (actual === null) return false;
  const want = Date.parse(expected);
  return !Number.isNaN(want) && want === Date.parse(actual);
}

/**
 * True when the links are the same URL once parsed. A relative expected link (the expected output
 * keeps it as written) matches when our absolute URL ends with it.
 */
export function sameLink(expected: string, actual: string | null): boolean {
  if (actual === null || !URL.canParse(actual)) return false;
  const ours = new URL(actual).href;
  const want = plainText(expected);
  if (URL.canParse(want)) return new URL(want).href === ours;
  return want !== '' && ours.endsWith(want.replace(/^\.?\//, ''));
}

/** Our value for a field, as shown in a mismatch. */
export function actualValue(field: FeedField, item: FeedItem): string | null {
  switch (field) {
    case 'guid':
      return item.guid;
    case 'link':
      return item.url;
    case 'title':
      return item.title;
    case 'date':
      return item.publishedAt;
    case 'content':
      return item.contentHtml ?? item.contentText ?? item.summary;
  }
}

/**
 * Whether our item agrees with the expected value. Content counts when any of our body fields
 * (HTML body, text body, teaser) has the same plain text: the reference libraries file the
 * description under "content" when there is no full body, we keep it apart as the summary.
 */
export function fieldMatches(field: FeedField, expected: string, item: FeedItem): boolean {
  switch (field) {
    case 'link':
      return sameLink(expected, item.url);
    case 'date':
      return sameInstant(expected, item.publishedAt);
    case 'content': {
      const want = plainText(expected);
      return [item.contentHtml, item.contentText, item.summary].some(
        (body) => body !== null && plainText(body) === want,
      );
    }
    default: {
      const ours = actualValue(field, item);
      return ours !== null && plainText(ours) === plainText(expected);
    }
  }
}

/** Number of field values an expected output provides, over all its items. */
export function providedFieldCount(expected: readonly ExpectedItem[]): number {
  return expected.reduce((sum, item) => sum + Object.keys(item).length, 0);
}

/** Compares items by position; an item we did not produce fails every field it should have. */
export function compareItems(
  expected: readonly ExpectedItem[],
  actual: readonly FeedItem[],
): ItemsComparison {
  const fields = emptyTallies();
  let firstMismatch: FeedMismatch | null =
    expected.length === actual.length
      ? null
      : {
          item: null,
          field: 'count',
          expected: String(expected.length),
          actual: String(actual.length),
        };
  expected.forEach((want, index) => {
    const ours = actual[index];
    for (const field of FEED_FIELDS) {
      const value = want[field];
      if (value === undefined) continue;
      fields[field].compared += 1;
      if (ours !== undefined && fieldMatches(field, value, ours)) {
        fields[field].matched += 1;
      } else {
        firstMismatch ??= {
          item: index,
          field,
          expected: value,
          actual: ours === undefined ? null : actualValue(field, ours),
        };
      }
    }
  });
  return { fields, firstMismatch };
}

export function emptyTallies(): Record<FeedField, FieldTally> {
  return {
    guid: { compared: 0, matched: 0 },
    link: { compared: 0, matched: 0 },
    title: { compared: 0, matched: 0 },
    date: { compared: 0, matched: 0 },
    content: { compared: 0, matched: 0 },
  };
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
