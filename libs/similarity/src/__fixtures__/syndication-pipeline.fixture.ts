import { attributeWireCopies, type GroupAttribution } from '../attribution/wire-attribution.policy';
import { computeFingerprint } from '../fingerprint/compute-fingerprint';
import {
  DEFAULT_FINGERPRINT_CONFIG,
  type ArticleFingerprint,
  type FingerprintConfig,
} from '../fingerprint/fingerprint.model';
import {
  decideNearDuplicate,
  DEFAULT_NEAR_DUPLICATE_THRESHOLDS,
  type NearDuplicateDecision,
  type NearDuplicateThresholds,
} from '../near-duplicate/near-duplicate.policy';
import { InMemoryLshIndex } from './in-memory-lsh-index.fixture';
import type { SyndicationItem } from './syndication-item.fixture';

/** What the simulated deduplication step decided for a sequence of articles. */
export interface PipelineRun {
  readonly fingerprints: ReadonlyMap<string, ArticleFingerprint>;
  readonly decisions: ReadonlyMap<string, NearDuplicateDecision>;
  /** Near-duplicate groups (transitive over `duplicateOf`), as sets of article ids. */
  readonly groups: readonly (readonly string[])[];
  /** Attribution of every group of two or more. */
  readonly attributions: readonly GroupAttribution[];
}

/**
 * The deduplication service's near-duplicate path, in memory: fingerprint, LSH lookup with
 * add-and-return-previous buckets, exact verification, grouping, attribution.
 */
export function runSyndicationPipeline(
  items: readonly SyndicationItem[],
  config: FingerprintConfig = DEFAULT_FINGERPRINT_CONFIG,
  thresholds: NearDuplicateThresholds = DEFAULT_NEAR_DUPLICATE_THRESHOLDS,
): PipelineRun {
  const index = new InMemoryLshIndex();
  const fingerprints = new Map<string, ArticleFingerprint>();
  const decisions = new Map<string, NearDuplicateDecision>();
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let current = id;
    while (parent.get(current) !== current) current = parent.get(current) ?? current;
    return current;
  };
  for (const item of items) {
    const fingerprint = computeFingerprint(item.paragraphs, config);
    fingerprints.set(item.id, fingerprint);
    parent.set(item.id, item.id);
    const candidates = index.addAndGetCandidates(item.id, fingerprint.bucketKeys).flatMap((id) => {
      const stored = fingerprints.get(id);
      return stored === undefined ? [] : [{ articleId: id, fingerprint: stored }];
    });
    const decision = decideNearDuplicate(fingerprint, candidates, thresholds);
    decisions.set(item.id, decision);
    for (const match of decision.matches) parent.set(root(match.articleId), root(item.id));
  }
  const groups = new Map<string, string[]>();
  for (const item of items)
    groups.set(root(item.id), [...(groups.get(root(item.id)) ?? []), item.id]);
  const byId = new Map(items.map((item) => [item.id, item]));
  const attributions = [...groups.values()]
    .filter((members) => members.length > 1)
    .map((members) =>
      attributeWireCopies(
        members.flatMap((id) => {
          const item = byId.get(id);
          if (item === undefined) return [];
          const time = Date.parse(item.publishedAt);
          return [{ ...item, articleId: id, publishedAt: time, seenAt: time }];
        }),
      ),
    );
  return { fingerprints, decisions, groups: [...groups.values()], attributions };
}

/** All unordered pairs of items with "same wire text" ground truth. */
export function labelledPairs(
  items: readonly SyndicationItem[],
): { readonly left: SyndicationItem; readonly right: SyndicationItem; readonly copies: boolean }[] {
  return items.flatMap((left, i) =>
    items.slice(i + 1).map((right) => ({
      left,
      right,
      copies: left.copyOf !== null && left.copyOf === right.copyOf,
    })),
  );
}
