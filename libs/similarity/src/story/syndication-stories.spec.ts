import { SYNDICATION_ITEMS, WIRE_STORIES } from '../__fixtures__/syndication-corpus.fixture';
import { runSyndicationPipeline } from '../__fixtures__/syndication-pipeline.fixture';
import { countClusterPairs, scorePairCounts } from '../evaluation/pairwise-score.util';
import { replayStories } from './replay-stories';
import { buildStoryArticle } from './story-article';
import { extractStoryFeatures, storyFeatureKeys } from './story-features';
import { countDocumentFrequencies } from './term-weighting';

// Story grouping over the syndication set, online as the service runs it: near-duplicates are
// forced together, everything else goes by similarity and time.

const DAY = 86_400_000;
const run = runSyndicationPipeline(SYNDICATION_ITEMS);
const features = new Map(
  SYNDICATION_ITEMS.map((item) => [
    item.id,
    extractStoryFeatures([item.title, ...item.paragraphs]),
  ]),
);
const frequencies = countDocumentFrequencies([...features.values()].map(storyFeatureKeys));
const replay = replayStories(
  SYNDICATION_ITEMS.map((item) => ({
    article: buildStoryArticle(
      {
        articleId: item.id,
        publishedAt: Date.parse(item.publishedAt),
        features: features.get(item.id) ?? extractStoryFeatures(''),
      },
      frequencies,
    ),
    nearDuplicateOf: run.decisions.get(item.id)?.duplicateOf ?? null,
  })),
);
const storyOf = new Map(
  [...replay.stories].flatMap(([storyId, members]) => members.map((id) => [id, storyId])),
);

describe('stories over the syndication set', () => {
  it('puts every copy of a wire story in one story, and no two wire stories together', () => {
    const wireStoryIds = WIRE_STORIES.map((story) => {
      const ids = new Set(story.items.map((item) => storyOf.get(item.id)));
      expect(ids.size).toBe(1);
      return [...ids][0];
    });
    expect(new Set(wireStoryIds).size).toBe(WIRE_STORIES.length);
  });

  it('keeps a related event more than ten days later out of the story', () => {
    for (const story of WIRE_STORIES) {
      const wireTime = Date.parse(story.items[0]?.publishedAt ?? '');
      for (const negative of story.hardNegatives) {
        if (Date.parse(negative.publishedAt) - wireTime < 10 * DAY) continue;
        expect(storyOf.get(negative.id)).not.toBe(storyOf.get(story.expectedOriginal));
      }
    }
  });

  it('groups "same event" pairs with recall 1 and precision ≥ 0.8', () => {
    const score = scorePairCounts(
      countClusterPairs(
        SYNDICATION_ITEMS.map((item) => ({
          gold: item.event,
          predicted: storyOf.get(item.id) ?? item.id,
        })),
      ),
    );
    expect(score.recall).toBe(1);
    expect(score.precision).toBeGreaterThanOrEqual(0.8);
  });
});
