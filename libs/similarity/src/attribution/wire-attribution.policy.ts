import { summariseChanges, type ComparableText, type CopyChanges } from './copy-changes';

/** One article of a near-duplicate group, with what is known about its wire origin. */
export interface WireCopy extends ComparableText {
  readonly articleId: string;
  readonly sourceId: string;
  /** Publication time in epoch milliseconds, null when the source did not say. */
  readonly publishedAt: number | null;
  /** When the pipeline first saw it, epoch milliseconds: the fallback for `publishedAt`. */
  readonly seenAt: number;
  /** Agency the article credits (credit line, dateline, byline), e.g. `AFP`; null if none. */
  readonly credit: string | null;
  /** Agency whose own service this source is (e.g. `AFP` for afp.com); null for outlets. */
  readonly ownAgency: string | null;
}

/** Which copy of a group is the original, and why. */
export interface Attribution {
  readonly originalId: string;
  /** The agency most copies credit (earliest credit breaks ties); null when none credits one. */
  readonly agency: string | null;
  /** `agency-item`: the agency's own item was seen; `earliest-copy`: it was not. */
  readonly reason: 'agency-item' | 'earliest-copy';
}

function timeOf(copy: WireCopy): number {
  return copy.publishedAt ?? copy.seenAt;
}

function byTime(a: WireCopy, b: WireCopy): number {
  return timeOf(a) - timeOf(b) || a.seenAt - b.seenAt || a.articleId.localeCompare(b.articleId);
}

function creditedAgency(copies: readonly WireCopy[]): string | null {
  const votes = new Map<string, number>();
  for (const copy of [...copies].sort(byTime)) {
    const agency = copy.credit ?? copy.ownAgency;
    if (agency !== null) votes.set(agency, (votes.get(agency) ?? 0) + 1);
  }
  let winner: string | null = null;
  // Map iteration keeps first-credit order, so an equal vote goes to the earlier credit.
  for (const [agency, count] of votes) {
    if (winner === null || count > (votes.get(winner) ?? 0)) winner = agency;
  }
  return winner;
}

/**
 * The original of a group of copies: the credited agency's own item if it is among them
 * (the earliest, if the agency filed it more than once), else the earliest copy. An outlet
 * may run wire copy minutes before the agency's own feed is polled; the agency's item still
 * wins, so the choice can change as copies arrive and callers should re-attribute then.
 */
export function pickOriginal(copies: readonly WireCopy[]): Attribution {
  if (copies.length === 0) throw new RangeError('pickOriginal needs at least one copy');
  const agency = creditedAgency(copies);
  const ordered = [...copies].sort(byTime);
  const agencyItem = ordered.find((copy) => agency !== null && copy.ownAgency === agency);
  const original = agencyItem ?? ordered[0];
  if (original === undefined) throw new Error('unreachable: no copies');
  return {
    originalId: original.articleId,
    agency,
    reason: agencyItem === undefined ? 'earliest-copy' : 'agency-item',
  };
}

/** The original of a group and what every other copy changed relative to it. */
export interface GroupAttribution extends Attribution {
  readonly copies: readonly { readonly articleId: string; readonly changes: CopyChanges }[];
}

/** `pickOriginal` plus `summariseChanges` of each other copy against the original. */
export function attributeWireCopies(copies: readonly WireCopy[]): GroupAttribution {
  const attribution = pickOriginal(copies);
  const original = copies.find((copy) => copy.articleId === attribution.originalId);
  if (original === undefined) throw new Error('unreachable: original not among copies');
  return {
    ...attribution,
    copies: copies
      .filter((copy) => copy !== original)
      .map((copy) => ({ articleId: copy.articleId, changes: summariseChanges(original, copy) })),
  };
}
