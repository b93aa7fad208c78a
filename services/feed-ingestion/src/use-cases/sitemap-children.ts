import type { FeedItem, ParsedFeed, SitemapReference } from '../ports/feed.parser';
import { newestFirst, type FeedRead } from './feed-read';

// An index of indexes is already unusual; deeper nesting is a loop or a trap.
const MAX_SITEMAP_DEPTH = 2;

export interface SitemapChildLimits {
  /** Child sitemaps fetched per read, all levels together. */
  readonly maxChildSitemaps: number;
  /** URLs taken from all children together, newest first. */
  readonly maxItems: number;
}

/**
 * Follows a sitemap index into its newest children (breadth first, two levels, at most
 * `maxChildSitemaps` fetches) and merges their URLs newest first. A failing child is skipped;
 * the read fails only if every child fetched failed.
 */
export async function readSitemapChildren(
  index: ParsedFeed,
  limits: SitemapChildLimits,
  readChild: (child: SitemapReference) => Promise<ParsedFeed | FeedRead>,
): Promise<{ ok: true; items: FeedItem[] } | { ok: false; failure: FeedRead }> {
  let fetches = limits.maxChildSitemaps;
  const items = new Map<string, FeedItem>();
  const failures: FeedRead[] = [];
  const queue = (index.childSitemaps ?? []).map((child) => ({ child, depth: 1 }));
  const visited = new Set<string>();
  for (let next = queue.shift(); next && fetches > 0; next = queue.shift()) {
    if (visited.has(next.child.url)) continue;
    visited.add(next.child.url);
    fetches -= 1;
    const child = await readChild(next.child);
    if ('kind' in child) {
      failures.push(child);
      continue;
    }
    for (const item of child.items) if (item.url && !items.has(item.url)) items.set(item.url, item);
    if (next.depth < MAX_SITEMAP_DEPTH) {
      for (const grandchild of child.childSitemaps ?? [])
        queue.push({ child: grandchild, depth: next.depth + 1 });
    }
  }
  if (items.size === 0 && failures.length > 0 && failures.length === visited.size) {
    return { ok: false, failure: failures[0] as FeedRead };
  }
  return { ok: true, items: newestFirst([...items.values()]).slice(0, limits.maxItems) };
}
