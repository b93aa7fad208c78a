import { Inject, Injectable } from '@nestjs/common';
import { encodeCursor, type ArticleQuery } from '../domain/article-query';
import { selectFields, toArticleView, type ArticleView } from '../domain/article-view';
import { ARTICLE_READ_STORE, type ArticleReadStore } from '../ports/article-read.store';

export interface ArticlePage {
  readonly items: Partial<ArticleView>[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  readonly nextCursor: string | null;
}

@Injectable()
export class SearchArticlesUseCase {
  constructor(@Inject(ARTICLE_READ_STORE) private readonly store: ArticleReadStore) {}

  async execute(query: ArticleQuery): Promise<ArticlePage> {
    // One extra row tells whether another page exists without a count query.
    const docs = await this.store.search({ ...query, limit: query.limit + 1 });
    const page = docs.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map((doc) => selectFields(toArticleView(doc), query.fields)),
      nextCursor:
        docs.length > query.limit && last
          ? encodeCursor({ sortAt: last.sortAt, id: last._id })
          : null,
    };
  }
}
