import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { prefixPattern } from '../domain/entity-keys';
import type { EntityListQuery } from '../domain/entity-requests';
import { toEntityView, type EntityView } from '../domain/entity-view';
import { ENTITY_STORE, type EntityStore } from '../ports/entity.store';

/** Merge chains are short; a longer one is a loop an operator made, not a chain to follow. */
const MAX_MERGE_HOPS = 16;

export interface EntityDetail extends EntityView {
  /** Set when the id asked for was merged: the id asked for; this answer is its survivor. */
  readonly redirectedFrom: string | null;
  /** Ids merged into this entity. */
  readonly mergedIds: string[];
  /** Stored articles tagged with this id (counting stops at 10 000). */
  readonly articles: number;
}

@Injectable()
export class EntityLookupUseCase {
  constructor(@Inject(ENTITY_STORE) private readonly store: EntityStore) {}

  /** Autocomplete over names and aliases (folded prefix of any word), active entities first. */
  async list(query: EntityListQuery): Promise<EntityView[]> {
    const pattern = query.prefix === undefined ? null : prefixPattern(query.prefix);
    if (query.prefix !== undefined && pattern === null) return [];
    return (await this.store.list({ ...query, pattern })).map(toEntityView);
  }

  async get(id: string): Promise<EntityDetail> {
    let entity = await this.store.get(id);
    for (let hop = 0; entity?.status === 'merged' && entity.mergedInto !== null; hop += 1) {
      if (hop >= MAX_MERGE_HOPS) break;
      entity = await this.store.get(entity.mergedInto);
    }
    if (entity === null) throw new NotFoundException(`no entity ${id}`);
    const [mergedIds, articles] = await Promise.all([
      this.store.mergedInto(entity._id),
      this.store.articleCount(entity._id),
    ]);
    return {
      ...toEntityView(entity),
      redirectedFrom: entity._id === id ? null : id,
      mergedIds,
      articles,
    };
  }
}
