import { Inject, Injectable } from '@nestjs/common';
import { rankTrends, windowMs, type EntityTrend, type TrendQuery } from '../domain/entity-trends';
import { ARTICLE_READ_STORE, type ArticleReadStore } from '../ports/article-read.store';

export interface TrendReport {
  readonly window: string;
  readonly from: string;
  readonly to: string;
  readonly entities: EntityTrend[];
}

@Injectable()
export class EntityTrendsUseCase {
  constructor(@Inject(ARTICLE_READ_STORE) private readonly store: ArticleReadStore) {}

  async execute(query: TrendQuery, now: Date = new Date()): Promise<TrendReport> {
    const span = windowMs(query.window);
    const from = new Date(now.getTime() - span);
    const before = new Date(from.getTime() - span);
    // Fetch more rows than asked: one entity may come back split over several name spellings.
    const fetch = query.limit * 5;
    const [current, previous] = await Promise.all([
      this.store.entityCounts(from, now, query.type, fetch),
      this.store.entityCounts(before, from, query.type, fetch * 4),
    ]);
    return {
      window: query.window,
      from: from.toISOString(),
      to: now.toISOString(),
      entities: rankTrends(current, previous, query.limit),
    };
  }
}
