import { PipelineMetrics } from './pipeline-metrics';

describe('PipelineMetrics', () => {
  it('exposes counters in Prometheus text format with the service label', async () => {
    const metrics = new PipelineMetrics('publishing');
    metrics.messagesHandled.inc({ topic: 'news.article.tagged.v1', outcome: 'ok' });
    metrics.articles.inc({ stage: 'publishing', outcome: 'published' }, 2);
    const text = await metrics.registry.metrics();
    expect(text).toContain(
      'newsflow_messages_handled_total{topic="news.article.tagged.v1",outcome="ok",service="publishing"} 1',
    );
    expect(text).toContain(
      'newsflow_articles_total{stage="publishing",outcome="published",service="publishing"} 2',
    );
    expect(text).toContain('newsflow_process_cpu_seconds_total');
  });

  it('keeps registries of two instances apart', async () => {
    const a = new PipelineMetrics('a');
    const b = new PipelineMetrics('b');
    a.eventsPublished.inc({ topic: 't' });
    expect(await b.registry.metrics()).not.toContain('newsflow_events_published_total{topic="t"');
  });
});
