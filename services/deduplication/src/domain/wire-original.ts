/** What the original of a copy group is ranked by. */
export interface OriginalCandidate {
  readonly articleId: string;
  readonly sourceId: string;
  /** Agency the article credits, null if none. */
  readonly credit: string | null;
  /** Agency whose own item this is (`recogniseAgencyItem`), null for an outlet's copy. */
  readonly ownAgency: string | null;
  readonly publishedAt: number | null;
  readonly seenAt: number;
}

/**
 * Whether a source is an agency's own service by its host alone: a label equal to the agency's
 * code (`afp.com`, `www.reuters.com`, `apnews.com` for AP). Kept for fingerprints stored before
 * own items were recognised from the feed's metadata (`recogniseAgencyItem`).
 */
export function ownAgencyOf(sourceId: string, agency: string | null): string | null {
  if (agency === null) return null;
  const code = agency.toLowerCase();
  const labels = sourceId.toLowerCase().split(/[./:]/u);
  return labels.some((label) => label === code || label === `${code}news`) ? agency : null;
}

/**
 * A sort key; the smallest wins, as `pickOriginal` chooses: the agency's own item first, then the
 * earliest (publication, else first-seen) time, then the id. A string, so racing instances
 * comparing the same members agree on the same winner.
 */
export function originalRank(candidate: OriginalCandidate): string {
  const own = candidate.ownAgency === null ? 1 : 0;
  const time = String(candidate.publishedAt ?? candidate.seenAt).padStart(15, '0');
  const seen = String(candidate.seenAt).padStart(15, '0');
  return `${own}|${time}|${seen}|${candidate.articleId}`;
}
