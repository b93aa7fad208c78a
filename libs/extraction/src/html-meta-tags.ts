import type { DomDocument } from './html-dom';

/**
 * The page's <meta> values keyed by lower-cased property, name, itemprop or http-equiv. The
 * first occurrence wins: later duplicates usually come from embedded widgets.
 */
export function readMetaTags(document: DomDocument): ReadonlyMap<string, string> {
  const tags = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const key =
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      meta.getAttribute('http-equiv');
    const content = meta.getAttribute('content')?.trim() ?? '';
    if (key !== null && content.length > 0 && !tags.has(key.toLowerCase())) {
      tags.set(key.toLowerCase(), content);
    }
  }
  return tags;
}

/** The first of `keys` the page declares. */
export function firstMeta(
  tags: ReadonlyMap<string, string>,
  keys: readonly string[],
): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value !== undefined) {
      return value;
    }
  }
  return null;
}
