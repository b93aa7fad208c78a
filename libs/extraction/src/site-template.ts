import { createHash } from 'node:crypto';
import { normaliseForHash } from './content-hash';
import { cleanLine } from './paragraph-split';

/**
 * What one site's pages have in common: how many pages were observed, and on how many of them
 * each line appeared (lines by `siteLineKey`). A site's footer, newsletter prompt or "read more"
 * block recurs on nearly every page; an article's own sentences do not.
 */
export interface SiteTemplate {
  readonly pages: number;
  readonly lineCounts: Readonly<Record<string, number>>;
}

export interface SiteTemplateLimits {
  /** Lines longer than this are never template: long blocks are articles, not furniture. */
  readonly maxLineLength: number;
  /** Distinct lines remembered per site; the rarest go first. */
  readonly maxLines: number;
  /** Past this many pages, counts halve, so a redesigned site forgets its old template. */
  readonly decayAfterPages: number;
}

export interface SiteTemplateRule {
  /** No verdicts before this many pages of the site were seen. */
  readonly minPages: number;
  /** A line is template when it appeared on at least this share of the site's pages… */
  readonly minShare: number;
  /** …and on at least this many of them. */
  readonly minCount: number;
}

export const EMPTY_SITE_TEMPLATE: SiteTemplate = { pages: 0, lineCounts: {} };

export const DEFAULT_TEMPLATE_LIMITS: SiteTemplateLimits = {
  maxLineLength: 400,
  maxLines: 2_000,
  decayAfterPages: 400,
};

// Ten pages before any verdict and a share of 40 %: a wire story a site ran twice under two
// URLs stays far below it, while page furniture is on nearly every page.
export const DEFAULT_TEMPLATE_RULE: SiteTemplateRule = { minPages: 10, minShare: 0.4, minCount: 5 };

/**
 * A line's identity across a site's pages: its words only (case, punctuation and spacing
 * ignored) with numbers blanked, so "© 2026" and "© 2025" or "12 comments" and "3 comments"
 * are one line. Hashed to keep stored templates small and free of page text.
 */
export function siteLineKey(line: string): string {
  const words = normaliseForHash(cleanLine(line)).replace(/\d+/gu, '0');
  return createHash('sha256').update(words).digest('base64url').slice(0, 16);
}

/** Counts one more page of the site: each distinct short line once. */
export function observePage(
  template: SiteTemplate,
  lines: readonly string[],
  limits: SiteTemplateLimits = DEFAULT_TEMPLATE_LIMITS,
): SiteTemplate {
  const keys = new Set(
    lines
      .map(cleanLine)
      .filter((line) => line.length > 0 && line.length <= limits.maxLineLength)
      .map(siteLineKey),
  );
  const lineCounts: Record<string, number> = { ...template.lineCounts };
  for (const key of keys) lineCounts[key] = (lineCounts[key] ?? 0) + 1;
  return bounded({ pages: template.pages + 1, lineCounts }, limits);
}

/** Adds what two observers of one site saw (instances flush their counts into one record). */
export function mergeSiteTemplates(
  a: SiteTemplate,
  b: SiteTemplate,
  limits: SiteTemplateLimits = DEFAULT_TEMPLATE_LIMITS,
): SiteTemplate {
  const lineCounts: Record<string, number> = { ...a.lineCounts };
  for (const [key, count] of Object.entries(b.lineCounts)) {
    lineCounts[key] = (lineCounts[key] ?? 0) + count;
  }
  return bounded({ pages: a.pages + b.pages, lineCounts }, limits);
}

/** The keys of the lines that are this site's template under `rule`. */
export function templateLineKeys(
  template: SiteTemplate,
  rule: SiteTemplateRule = DEFAULT_TEMPLATE_RULE,
): ReadonlySet<string> {
  if (template.pages < rule.minPages) return new Set();
  const threshold = Math.max(rule.minCount, rule.minShare * template.pages);
  return new Set(
    Object.entries(template.lineCounts)
      .filter(([, count]) => count >= threshold)
      .map(([key]) => key),
  );
}

function bounded(template: SiteTemplate, limits: SiteTemplateLimits): SiteTemplate {
  let { pages } = template;
  let entries = Object.entries(template.lineCounts);
  if (pages > limits.decayAfterPages) {
    pages = Math.floor(pages / 2);
    entries = entries
      .map(([key, count]): [string, number] => [key, Math.floor(count / 2)])
      .filter(([, count]) => count > 0);
  }
  if (entries.length > limits.maxLines) {
    // Among equal counts the newest lines stay: a template line first seen after the record
    // filled up must survive long enough to be counted again.
    // Kept entries stay in insertion order, which is what makes "newest" mean newest next time.
    const kept = new Set(
      entries
        .map((entry, index) => ({ count: entry[1], index }))
        .sort((x, y) => y.count - x.count || y.index - x.index)
        .slice(0, limits.maxLines)
        .map(({ index }) => index),
    );
    entries = entries.filter((_, index) => kept.has(index));
  }
  return { pages, lineCounts: Object.fromEntries(entries) };
}
