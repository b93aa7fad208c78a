/**
 * Whose template a page belongs to: the source named by the feed or push, else the page's site
 * (host without `www.`). Null for a push with neither, whose pages may come from anywhere.
 */
export function templateSourceOf(source: string | null, url: string | null): string | null {
  if (source !== null) return source;
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
