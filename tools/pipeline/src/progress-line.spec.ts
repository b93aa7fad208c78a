import { formatProgress, readArticleCounters } from './progress-line';

const page = `# HELP newsflow_articles_total Articles by pipeline stage and outcome.
# TYPE newsflow_articles_total counter
newsflow_articles_total{stage="deduplication",outcome="unique",service="deduplication"} 5
newsflow_articles_total{stage="deduplication",outcome="dropped:same-text-other-article",service="deduplication"} 2
newsflow_articles_total{stage="feed-ingestion",outcome="ingested",service="feed-ingestion"} 7
newsflow_articles_total{stage="publishing",outcome="published",service="publishing"} 4
newsflow_articles_total{stage="entity-tagging",outcome="tagged",service="entity-tagging"} 5`;

describe('progress line', () => {
  it('sums counters per stage', () => {
    expect(formatProgress(readArticleCounters(page))).toBe(
      'ingested 7 · deduplicated 5 (+2 duplicates dropped) · tagged 5 · published 4',
    );
  });
});
