/** One article of the syndication test set, with its ground truth. */
export interface SyndicationItem {
  readonly id: string;
  readonly sourceId: string;
  readonly title: string;
  /** ISO-8601 publication time. */
  readonly publishedAt: string;
  /** Agency credited by the article (credit line, dateline or byline), null if none. */
  readonly credit: string | null;
  /** The agency that runs this source, when the source is the agency's own service. */
  readonly ownAgency: string | null;
  readonly paragraphs: readonly string[];
  /** Ground truth: the wire text this article copies, or null when written independently. */
  readonly copyOf: string | null;
  /** Ground truth: the event the article reports (story grouping). */
  readonly event: string;
}

/** A wire story: its text, the copies outlets ran, and the copy that must be the original. */
export interface WireStoryFixture {
  readonly wireId: string;
  readonly items: readonly SyndicationItem[];
  /** Id of the item every copy must be linked to. */
  readonly expectedOriginal: string;
  /** Independently written articles with the same people and places (hard negatives). */
  readonly hardNegatives: readonly SyndicationItem[];
}

/**
 * Applies textual edits an outlet's sub-editor makes. Each `[from, to]` must occur in exactly
 * one paragraph, so that a fixture cannot silently stop editing anything.
 */
export function edited(
  paragraphs: readonly string[],
  edits: readonly (readonly [string, string])[],
): string[] {
  const result = [...paragraphs];
  for (const [from, to] of edits) {
    const hits = result.flatMap((paragraph, index) => (paragraph.includes(from) ? [index] : []));
    const index = hits[0];
    if (hits.length !== 1 || index === undefined) {
      throw new Error(`edit "${from}" matches ${hits.length} paragraphs`);
    }
    result[index] = (result[index] ?? '').replace(from, to);
  }
  return result;
}

/** Paragraphs picked by index (truncation, reordering, dropping), failing on a bad index. */
export function picked(paragraphs: readonly string[], indexes: readonly number[]): string[] {
  return indexes.map((index) => {
    const paragraph = paragraphs[index];
    if (paragraph === undefined) throw new Error(`no paragraph ${index}`);
    return paragraph;
  });
}

/** The indexes 0 … n − 1, for "the first n paragraphs". */
export function firstN(n: number): number[] {
  return Array.from({ length: n }, (_, index) => index);
}
