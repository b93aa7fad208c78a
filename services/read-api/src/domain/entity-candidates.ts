import type { EntityType } from '@newsflow/contracts';

/** Articles per candidate key, as the store's `$group` returns them. */
export interface CandidateCount {
  readonly key: string;
  readonly articles: number;
}

/** One sighting row: the candidate seen in one article. */
export interface CandidateSightingRow {
  readonly key: string;
  readonly type: EntityType;
  readonly name: string;
  readonly articleId: string;
  /** Mentions in that article. */
  readonly mentions: number;
  readonly seenAt: Date;
}

export interface EntityCandidate {
  /** The tagger's `local:` id; promote it with `POST /v1/entities/candidates/:key/promote`. */
  readonly key: string;
  readonly type: EntityType;
  /** The name seen most often. */
  readonly name: string;
  /** Other names seen, most frequent first. */
  readonly names: string[];
  readonly articles: number;
  readonly mentions: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** The most recent articles that mention it. */
  readonly exampleArticleIds: string[];
}

const EXAMPLES = 5;

/**
 * Joins counts with the sightings behind them: mentions, first and last seen, the usual
 * name and examples. Done here because FerretDB's `$group` has only `$sum` (no `$min`/`$max`/`$push`).
 */
export function summariseCandidates(
  counts: readonly CandidateCount[],
  sightings: readonly CandidateSightingRow[],
): EntityCandidate[] {
  const byKey = new Map<string, CandidateSightingRow[]>();
  for (const row of sightings) {
    const rows = byKey.get(row.key);
    if (rows === undefined) byKey.set(row.key, [row]);
    else rows.push(row);
  }
  const candidates: EntityCandidate[] = [];
  for (const count of counts) {
    const rows = (byKey.get(count.key) ?? []).sort(
      (a, b) => b.seenAt.getTime() - a.seenAt.getTime(),
    );
    const newest = rows[0];
    const oldest = rows[rows.length - 1];
    if (newest === undefined || oldest === undefined) continue;
    const names = byFrequency(rows.map((row) => row.name));
    candidates.push({
      key: count.key,
      type: byFrequency(rows.map((row) => row.type))[0] ?? newest.type,
      name: names[0] ?? newest.name,
      names: names.slice(1, 6),
      articles: count.articles,
      mentions: rows.reduce((sum, row) => sum + row.mentions, 0),
      firstSeen: oldest.seenAt.toISOString(),
      lastSeen: newest.seenAt.toISOString(),
      exampleArticleIds: rows.slice(0, EXAMPLES).map((row) => row.articleId),
    });
  }
  return candidates;
}

/** The most frequent name of a candidate: what a promotion calls it unless told otherwise. */
export function usualName(rows: readonly CandidateSightingRow[]): string | undefined {
  return byFrequency(rows.map((row) => row.name))[0];
}

function byFrequency<T extends string>(values: readonly T[]): T[] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value]) => value);
}
