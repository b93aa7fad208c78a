import { scorePairCounts, addPairCounts } from '@newsflow/similarity';
import type { EvalArticle } from './eval-corpus.reader';
import { prepareTopics, scoreBatch, scoreOnline } from './story-methods';

// Two events per topic, written so that names and numbers tell them apart.
const article = (doc: string, cluster: string, text: string): EvalArticle => ({
  doc,
  topic: cluster.slice(0, 1),
  cluster,
  lines: [text],
});
const TOPIC = [
  article(
    'a1',
    '1a',
    'Actress Tara Reid checked into Promises Treatment Center in Malibu on Tuesday, her rep said.',
  ),
  article(
    'b1',
    '1b',
    'Lindsay Lohan checked into the Betty Ford Center in 2013 for a 90-day stay, her lawyer said.',
  ),
  article(
    'a2',
    '1a',
    'Tara Reid entered Promises Treatment Center in Malibu, her representative Jack Ketsoyan said.',
  ),
  article(
    'b2',
    '1b',
    'Lohan arrived at the Betty Ford Center for a 90-day court-ordered stay, the lawyer said in 2013.',
  ),
];

describe('story methods on a toy topic', () => {
  const topics = prepareTopics([TOPIC]);

  it('separates the two events in batch and online', () => {
    const batch = scorePairCounts(addPairCounts(scoreBatch(topics, 'ours', 0.25)));
    const online = scorePairCounts(addPairCounts(scoreOnline(topics, 0.25, 3)));
    expect(batch.f1).toBe(1);
    expect(online.f1).toBe(1);
  });

  it('returns counts per topic and sums the arrival orders', () => {
    expect(scoreBatch(topics, 'baseline', 0.99)).toEqual([
      { truePositives: 0, falsePositives: 0, falseNegatives: 2 },
    ]);
    expect(scoreOnline(topics, 0.99, 3)).toEqual([
      { truePositives: 0, falsePositives: 0, falseNegatives: 6 },
    ]);
  });
});
