import { Inject, Injectable } from '@nestjs/common';
import { toArticleView, type ArticleView } from '../domain/article-view';
import { ARTICLE_READ_STORE, type ArticleReadStore } from '../ports/article-read.store';

export interface ArticleVersionView {
  readonly version: number;
  readonly verdict: 'unique' | 'revision';
  readonly title: string | null;
  readonly paragraphs: string[];
  readonly contentHash: string;
  readonly storedAt: string;
}

@Injectable()
export class GetArticleUseCase {
  constructor(@Inject(ARTICLE_READ_STORE) private readonly store: ArticleReadStore) {}

  async execute(id: string): Promise<ArticleView | null> {
    const doc = await this.store.findById(id);
    return doc ? toArticleView(doc) : null;
  }

  /** Every version, newest first; null when the article does not exist. */
  async versions(id: string): Promise<ArticleVersionView[] | null> {
    const versions = await this.store.versions(id);
    if (versions.length === 0) return (await this.store.findById(id)) ? [] : null;
    return versions.map((v) => ({
      version: v.version,
      verdict: v.verdict,
      title: v.title,
      paragraphs: v.paragraphs,
      contentHash: v.contentHash,
      storedAt: v.storedAt.toISOString(),
    }));
  }

  /**
   * The stored IPTC ninjs 3.1 item of the latest version: null when there is no such article,
   * `{ item: null }` for an article stored before publishing kept a ninjs rendition.
   */
  async ninjs(id: string): Promise<{ item: Record<string, unknown> | null } | null> {
    const doc = await this.store.findById(id);
    return doc ? { item: doc.ninjs ?? null } : null;
  }
}
