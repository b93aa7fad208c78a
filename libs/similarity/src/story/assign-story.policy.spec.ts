import {
  assignStory,
  averageLinkage,
  DEFAULT_STORY_THRESHOLDS,
  storyAffinity,
  type CandidateStory,
} from './assign-story.policy';
import { bareArticle, tableSimilarity } from './story-test-helpers.fixture';

const thresholds = { join: 0.3, merge: 0.3 };
const story = (storyId: string, ...members: [string, number | null][]): CandidateStory => ({
  storyId,
  members: members.map(([id, at]) => bareArticle(id, at)),
});

describe('storyAffinity', () => {
  it('is half the mean plus half the best similarity to the members', () => {
    const similarity = tableSimilarity({ 'x|a': 0.6, 'x|b': 0.2 });
    // mean 0.4, best 0.6 → 0.5
    expect(
      storyAffinity(bareArticle('x'), [bareArticle('a'), bareArticle('b')], similarity),
    ).toBeCloseTo(0.5, 12);
    expect(storyAffinity(bareArticle('x'), [], similarity)).toBe(0);
  });
});

describe('averageLinkage', () => {
  it('is the mean over all cross pairs', () => {
    const similarity = tableSimilarity({ 'a|c': 0.4, 'b|c': 0.2 });
    expect(
      averageLinkage([bareArticle('a'), bareArticle('b')], [bareArticle('c')], similarity),
    ).toBeCloseTo(0.3, 12);
    expect(averageLinkage([], [bareArticle('c')], similarity)).toBe(0);
  });
});

describe('assignStory', () => {
  it('creates a story when there are no candidates or none is close enough', () => {
    expect(assignStory(bareArticle('x'), [], { thresholds })).toEqual({
      action: 'create',
      storyIds: [],
      score: 0,
    });
    const similarity = tableSimilarity({ 'x|a': 0.2 });
    expect(
      assignStory(bareArticle('x'), [story('s1', ['a', null])], { thresholds, similarity }).action,
    ).toBe('create');
  });

  it('joins the story of highest affinity', () => {
    const similarity = tableSimilarity({ 'x|a': 0.35, 'x|b': 0.8 });
    const assignment = assignStory(
      bareArticle('x'),
      [story('s1', ['a', null]), story('s2', ['b', null])],
      { thresholds, similarity },
    );
    expect(assignment).toEqual({ action: 'join', storyIds: ['s2'], score: 0.8 });
  });

  it('always puts a near-duplicate in the story of the article it copies', () => {
    // b is closer, but x copies a; s2 stays apart: linkage of {a, x} to {b} is 0.25 < 0.3.
    const similarity = tableSimilarity({ 'x|a': 0.05, 'x|b': 0.5 });
    const assignment = assignStory(
      bareArticle('x'),
      [story('s1', ['a', null]), story('s2', ['b', null])],
      { thresholds, similarity, nearDuplicateOf: 'a' },
    );
    expect(assignment.action).toBe('join');
    expect(assignment.storyIds).toEqual(['s1']);
  });

  it('merges stories that the article bridges, oldest story first', () => {
    // x is close to both; with x added, s-new's linkage to s-old is (0.5 + 0.1) / 2 = 0.3.
    const similarity = tableSimilarity({ 'x|a': 0.5, 'x|b': 0.5, 'a|b': 0.1 });
    const assignment = assignStory(
      bareArticle('x'),
      [story('s-new', ['b', 2000]), story('s-old', ['a', 1000])],
      { thresholds, similarity },
    );
    expect(assignment).toEqual({ action: 'merge', storyIds: ['s-old', 's-new'], score: 0.5 });
  });

  it('does not merge when the stories stay apart even with the article', () => {
    const similarity = tableSimilarity({ 'x|a': 0.5, 'x|b': 0.4, 'a|b': 0 });
    const assignment = assignStory(
      bareArticle('x'),
      [story('s1', ['a', null]), story('s2', ['b', null])],
      { thresholds: { join: 0.3, merge: 0.35 }, similarity },
    );
    expect(assignment).toEqual({ action: 'join', storyIds: ['s1'], score: 0.5 });
  });

  it('uses the documented default thresholds', () => {
    expect(DEFAULT_STORY_THRESHOLDS.merge).toBeGreaterThan(DEFAULT_STORY_THRESHOLDS.join);
    const similarity = tableSimilarity({ 'x|a': DEFAULT_STORY_THRESHOLDS.join });
    expect(assignStory(bareArticle('x'), [story('s1', ['a', null])], { similarity }).action).toBe(
      'join',
    );
  });
});
