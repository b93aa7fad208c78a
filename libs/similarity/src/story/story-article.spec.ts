import {
  articleSimilarity,
  buildStoryArticle,
  DEFAULT_ARTICLE_SIMILARITY,
  timeProximity,
  type StoryArticle,
} from './story-article';
import { extractStoryFeatures, storyFeatureKeys } from './story-features';
import { countDocumentFrequencies } from './term-weighting';

const HOUR = 3_600_000;
const TEXTS = {
  quake:
    'A 6.1 earthquake struck Qeshm island on Sunday, killing 13 people, Iranian officials said.',
  quakeAgain: 'The earthquake on Qeshm island killed 13 people and injured dozens, officials said.',
  other: 'Shares in Norvik Bank fell 12 percent after the lender cut its profit forecast.',
};
const features = Object.fromEntries(
  Object.entries(TEXTS).map(([key, text]) => [key, extractStoryFeatures(text)]),
);
const frequencies = countDocumentFrequencies(Object.values(features).map(storyFeatureKeys));
const article = (key: keyof typeof TEXTS, publishedAt: number | null = 0): StoryArticle =>
  buildStoryArticle(
    { articleId: key, publishedAt, features: features[key] ?? extractStoryFeatures('') },
    frequencies,
  );

describe('articleSimilarity', () => {
  it('is 1 for an article with itself and symmetric', () => {
    expect(articleSimilarity(article('quake'), article('quake'))).toBeCloseTo(1, 12);
    expect(articleSimilarity(article('quake'), article('quakeAgain'))).toBeCloseTo(
      articleSimilarity(article('quakeAgain'), article('quake')),
      12,
    );
  });

  it('ranks two reports of one event above unrelated news', () => {
    const same = articleSimilarity(article('quake'), article('quakeAgain'));
    const unrelated = articleSimilarity(article('quake'), article('other'));
    expect(same).toBeGreaterThan(0.4);
    expect(unrelated).toBeLessThan(0.05);
  });

  it('fades with time between publications', () => {
    const near = articleSimilarity(article('quake', 0), article('quakeAgain', 24 * HOUR));
    const far = articleSimilarity(article('quake', 0), article('quakeAgain', 14 * 24 * HOUR));
    expect(far).toBeLessThan(near * 0.05);
  });
});

describe('timeProximity', () => {
  it('is 1 within the same-time window or when a time is unknown, then decays by e per step', () => {
    const { sameTimeHours, timeDecayHours } = DEFAULT_ARTICLE_SIMILARITY;
    expect(timeProximity(0, sameTimeHours * HOUR)).toBe(1);
    expect(timeProximity(null, 0)).toBe(1);
    expect(timeProximity(0, (sameTimeHours + timeDecayHours) * HOUR)).toBeCloseTo(Math.exp(-1), 12);
  });
});
