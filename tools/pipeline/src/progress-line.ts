/** Sums `newsflow_articles_total` samples of one Prometheus text page by stage and outcome. */
export function readArticleCounters(metricsText: string): Map<string, number> {
  const counters = new Map<string, number>();
  const sample = /^newsflow_articles_total\{([^}]*)\} ([0-9.e+]+)$/gm;
  for (const match of metricsText.matchAll(sample)) {
    const labels = new Map<string, string>();
    for (const label of (match[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)) {
      labels.set(label[1] ?? '', label[2] ?? '');
    }
    const key = `${labels.get('stage') ?? '?'}:${labels.get('outcome') ?? '?'}`;
    counters.set(key, (counters.get(key) ?? 0) + Number(match[2]));
  }
  return counters;
}

/** One human line: how many articles each stage has handled so far. */
export function formatProgress(counters: Map<string, number>): string {
  const sum = (prefix: string, outcomes?: string[]) =>
    [...counters.entries()]
      .filter(
        ([key]) =>
          key.startsWith(`${prefix}:`) &&
          (!outcomes || outcomes.includes(key.slice(prefix.length + 1))),
      )
      .reduce((total, [, value]) => total + value, 0);
  const duplicates = [...counters.entries()]
    .filter(([key]) => key.startsWith('deduplication:dropped'))
    .reduce((total, [, value]) => total + value, 0);
  return [
    `ingested ${sum('feed-ingestion', ['ingested'])}`,
    `deduplicated ${sum('deduplication', ['unique', 'revision'])} (+${duplicates} duplicates dropped)`,
    `tagged ${sum('entity-tagging')}`,
    `published ${sum('publishing', ['published', 'revised'])}`,
  ].join(' · ');
}
