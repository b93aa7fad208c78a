import { Inject, Injectable } from '@nestjs/common';
import { toArticleView, type ArticleView } from '../domain/article-view';
import { ARTICLE_READ_STORE, type ArticleReadStore } from '../ports/article-read.store';

@Injectable()
export class GetArticleUseCase {
  constructor(@Inject(ARTICLE_READ_STORE) private readonly store: ArticleReadStore) {}

  async execute(id: string): Promise<ArticleView | null> {
    const doc = await this.store.findById(id);
    return doc ? toArticleView(doc) : null;
  }

  /** The stored IPTC ninjs 3.1 item of the latest version. */
  async ninjs(id: string): Promise<Record<string, unknown> | null> {
    const doc = await this.store.findById(id);
    return doc?.ninjs ?? null;
  }
}
