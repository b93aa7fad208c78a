import { Inject, Injectable } from '@nestjs/common';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import { assembleArticle } from '../domain/article-assembly';
import { DOCUMENT_FETCHER, type DocumentFetcher } from '../ports/document.fetcher';
import {
  INGESTED_ARTICLE_PUBLISHER,
  type IngestedArticlePublisher,
} from '../ports/ingested-article.publisher';
import { documentFormat, extractWithSiteTemplate } from './extract-document';
import { SiteTemplateLearner } from './site-template.learner';

/** A pushed article: text or HTML, or only a URL for us to fetch. */
export interface PushedArticle {
  readonly url: string | null;
  readonly title: string | null;
  readonly text: string | null;
  readonly html: string | null;
  readonly source: string | null;
  readonly publishedAt: string | null;
}

export interface PushReceipt {
  readonly articleId: string;
  readonly eventId: string;
  readonly title: string | null;
  readonly paragraphs: number;
  readonly credit: string | null;
}

@Injectable()
export class IngestPushedArticleUseCase {
  constructor(
    @Inject(DOCUMENT_FETCHER) private readonly fetcher: DocumentFetcher,
    @Inject(INGESTED_ARTICLE_PUBLISHER) private readonly publisher: IngestedArticlePublisher,
    private readonly metrics: PipelineMetrics,
    private readonly templates: SiteTemplateLearner,
  ) {}

  async execute(push: PushedArticle): Promise<PushReceipt> {
    let body: string;
    let format: 'html' | 'text';
    let url = push.url;
    let kind: 'push-text' | 'push-html' | 'page';
    if (push.text !== null) [body, format, kind] = [push.text, 'text', 'push-text'];
    else if (push.html !== null) [body, format, kind] = [push.html, 'html', 'push-html'];
    else if (push.url !== null) {
      const page = await this.fetcher.fetch(push.url, { kind: 'page' });
      [body, format, kind, url] = [
        page.text,
        documentFormat(page.contentType, page.text),
        'page',
        page.finalUrl,
      ];
    } else throw new Error('a pushed article needs text, html or url');

    const fields = await extractWithSiteTemplate(this.templates, push.source, {
      body,
      format,
      pageUrl: url,
      title: push.title,
    });
    const article = assembleArticle(
      fields,
      {
        kind,
        url,
        source: push.source,
        feedUrl: null,
        title: push.title,
        publishedAt: push.publishedAt,
      },
      new Date(),
    );
    const eventId = await this.publisher.publish(article);
    this.metrics.articles.inc({ stage: 'feed-ingestion', outcome: 'ingested' });
    return {
      articleId: article.articleId,
      eventId,
      title: article.title,
      paragraphs: article.paragraphs.length,
      credit: article.credit?.agency ?? null,
    };
  }
}
