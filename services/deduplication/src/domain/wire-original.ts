/** What the original of a copy group is ranked by. */
export interface OriginalCandidate {
  readonly articleId: string;
  readonly sourceId: string;
  /** Agency the article credits, null if none. */
  readonly credit: string | null;
  readonly publishedAt: number | null;
  readonly seenAt: number;
}

/**
 * Whether a source is an agency's own service: its host has the agency's code as a label
 * (`afp.com`, `www.reuters.com`, `apnews.com` for AP). Outlets crediting the agency are not.
 */
export function ownAgencyOf(sourceId: string, agency: string | null): string | null {
  if (agency === null) return null;
  const code = agency.toLowerCase();
  const labels = sourceId.toLowerCase().split(/[./:]/u);
  return labels.some((label) => label === code || label === `${code}news`) ? agency : null;
}

/**
 * A sort key; the smallest wins, as `pickOriginal` chooses: the agency's own item first, then the
 * earliest (publication, else first-seen) time, then the id. A string, so a store can keep the
 * minimum with one conditional update and racing instances agree on the same winner.
 */
export function originalRank(candidate: OriginalCandidate): string {
  const own = ownAgencyOf(candidate.sourceId, candidate.credit) === null ? 1 : 0;
  const time = String(candidate.publishedAt ?? candidate.seenAt).padStart(15, '0');
  const seen = String(candidate.seenAt).padStart(15, '0');
  return `${own}|${time}|${seen}|${candidate.articleId}`;
}
