import { SYNDICATION_ITEMS, WIRE_STORIES } from '../__fixtures__/syndication-corpus.fixture';
import type { SyndicationItem } from '../__fixtures__/syndication-item.fixture';
import {
  labelledPairs,
  runSyndicationPipeline,
} from '../__fixtures__/syndication-pipeline.fixture';
import { computeFingerprint } from '../fingerprint/compute-fingerprint';
import { decideNearDuplicate } from './near-duplicate.policy';

// The syndication set (four wire stories: two agency items and 24 outlet copies; 8 hard
// negatives), run through the near-duplicate path as the deduplication service will run it.
// See docs/quality-stories.md.

function pairScore(predict: (left: SyndicationItem, right: SyndicationItem) => boolean) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const { left, right, copies } of labelledPairs(SYNDICATION_ITEMS)) {
    const predicted = predict(left, right);
    if (predicted && copies) truePositives += 1;
    else if (predicted) falsePositives += 1;
    else if (copies) falseNegatives += 1;
  }
  return {
    precision: truePositives / Math.max(1, truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
  };
}

function groupScore(groups: readonly (readonly string[])[]) {
  const groupOf = new Map(groups.flatMap((members, index) => members.map((id) => [id, index])));
  return pairScore((left, right) => groupOf.get(left.id) === groupOf.get(right.id));
}

describe('syndication set', () => {
  it('has at least four wire stories of 250+ words with five or more copies each', () => {
    expect(WIRE_STORIES.length).toBeGreaterThanOrEqual(4);
    for (const story of WIRE_STORIES) {
      expect(story.items.length).toBeGreaterThanOrEqual(6);
      const longest = Math.max(
        ...story.items.map((item) => item.paragraphs.join(' ').split(/\s+/u).length),
      );
      expect(longest).toBeGreaterThanOrEqual(250);
      expect(story.hardNegatives.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('finds near-duplicates over all pairs with precision ≥ 0.99 and recall ≥ 0.95', () => {
    const run = runSyndicationPipeline(SYNDICATION_ITEMS);
    const score = groupScore(run.groups);
    expect(score.precision).toBeGreaterThanOrEqual(0.99);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('meets the same bar pair by pair, without transitive grouping', () => {
    const fingerprints = new Map(
      SYNDICATION_ITEMS.map((item) => [item.id, computeFingerprint(item.paragraphs)]),
    );
    const score = pairScore((left, right) => {
      const a = fingerprints.get(left.id);
      const b = fingerprints.get(right.id);
      if (a === undefined || b === undefined) return false;
      return (
        decideNearDuplicate(a, [{ articleId: right.id, fingerprint: b }]).verdict ===
        'near-duplicate'
      );
    });
    expect(score.precision).toBeGreaterThanOrEqual(0.99);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps every hard negative unique', () => {
    const run = runSyndicationPipeline(SYNDICATION_ITEMS);
    for (const story of WIRE_STORIES) {
      for (const negative of story.hardNegatives) {
        expect({ id: negative.id, verdict: run.decisions.get(negative.id)?.verdict }).toEqual({
          id: negative.id,
          verdict: 'unique',
        });
      }
    }
  });

  it.each([
    ['publication order', SYNDICATION_ITEMS],
    ['reverse order', [...SYNDICATION_ITEMS].reverse()],
    ['interleaved order', [...SYNDICATION_ITEMS].sort((a, b) => a.id.localeCompare(b.id))],
  ])('links every copy to the right original (%s)', (_, items) => {
    const run = runSyndicationPipeline(items);
    for (const story of WIRE_STORIES) {
      const ids = story.items.map((item) => item.id).sort();
      const group = run.groups.find((members) => members.includes(story.expectedOriginal));
      expect([...(group ?? [])].sort()).toEqual(ids);
      const attribution = run.attributions.find(
        (entry) => entry.originalId === story.expectedOriginal,
      );
      expect(attribution?.copies.map((entry) => entry.articleId).sort()).toEqual(
        ids.filter((id) => id !== story.expectedOriginal),
      );
    }
  });

  it("says whether the agency's own item or the earliest copy is the original", () => {
    const run = runSyndicationPipeline(SYNDICATION_ITEMS);
    const reasons = Object.fromEntries(
      run.attributions.map((entry) => [entry.originalId, entry.reason]),
    );
    expect(reasons).toEqual({
      'sines-afp': 'agency-item',
      'harlow-ap': 'agency-item',
      'evia-aegean-times': 'earliest-copy',
      'leipzig-saxony-today': 'earliest-copy',
    });
  });
});
