import { Inject, Injectable } from '@nestjs/common';
import { encodeListCursor } from '../domain/list-query';
import { ENTITY_ARTICLE_LIMIT, type StoryQuery } from '../domain/story-query';
import { selectStoryFields, toStorySummaryView, type StorySummaryView } from '../domain/story-view';
import { STORY_READ_STORE, type StoryReadStore } from '../ports/story-read.store';

export interface StoryPage {
  readonly items: Partial<StorySummaryView>[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  readonly nextCursor: string | null;
}

@Injectable()
export class SearchStoriesUseCase {
  constructor(@Inject(STORY_READ_STORE) private readonly store: StoryReadStore) {}

  async execute(query: StoryQuery): Promise<StoryPage> {
    // Stories carry no entities (the story event has none): go through the tagged articles.
    const memberOf = query.entity
      ? await this.store.articlesMentioning(query.entity, query.until, ENTITY_ARTICLE_LIMIT)
      : undefined;
    if (memberOf?.length === 0) return { items: [], nextCursor: null };
    // One extra row tells whether another page exists without a count query.
    const docs = await this.store.search({ ...query, limit: query.limit + 1 }, memberOf);
    const page = docs.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map((doc) => selectStoryFields(toStorySummaryView(doc), query.fields)),
      nextCursor:
        docs.length > query.limit && last
          ? encodeListCursor({ sortAt: last.updatedAt, id: last._id })
          : null,
    };
  }
}
