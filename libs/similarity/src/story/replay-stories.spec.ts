import { replayStories } from './replay-stories';
import { bareArticle, tableSimilarity } from './story-test-helpers.fixture';

describe('replayStories', () => {
  it('creates, joins and merges as articles arrive', () => {
    const similarity = tableSimilarity({ 'a|c': 0.5, 'b|c': 0.5, 'a|b': 0.1 });
    const replay = replayStories(
      ['a', 'b', 'c'].map((id) => ({ article: bareArticle(id) })),
      { thresholds: { join: 0.3, merge: 0.3 }, similarity },
    );
    expect(replay.assignments.map((entry) => entry.assignment.action)).toEqual([
      'create',
      'create',
      'merge',
    ]);
    expect([...replay.stories]).toEqual([['story:a', ['a', 'b', 'c']]]);
  });

  it('passes near-duplicate links through', () => {
    const replay = replayStories(
      [{ article: bareArticle('a') }, { article: bareArticle('b'), nearDuplicateOf: 'a' }],
      { similarity: tableSimilarity({}) },
    );
    expect([...replay.stories.values()]).toEqual([['a', 'b']]);
  });
});
