import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { summariseCandidates, usualName, type EntityCandidate } from '../domain/entity-candidates';
import { typeOfLocalId } from '../domain/entity-keys';
import { buildEntity } from '../domain/entity-record';
import type { CandidateQuery, PromoteCandidateRequest } from '../domain/entity-requests';
import { toEntityView, type EntityView } from '../domain/entity-view';
import {
  ENTITY_CANDIDATE_STORE,
  ENTITY_STORE,
  type EntityCandidateStore,
  type EntityStore,
} from '../ports/entity.store';
import { EntityAdminUseCase } from './entity-admin.use-case';
import { EntityMergeUseCase } from './entity-merge.use-case';

const DAY_MS = 86_400_000;

/** Entities the taggers found that the vocabulary does not know, and their promotion. */
@Injectable()
export class EntityCandidatesUseCase {
  constructor(
    @Inject(ENTITY_STORE) private readonly store: EntityStore,
    @Inject(ENTITY_CANDIDATE_STORE) private readonly candidates: EntityCandidateStore,
    private readonly admin: EntityAdminUseCase,
    private readonly merge: EntityMergeUseCase,
  ) {}

  /** Most articles first, within the last `days`; ids an operator already decided about are left out. */
  async list(query: CandidateQuery, now: Date = new Date()): Promise<EntityCandidate[]> {
    const since = new Date(now.getTime() - query.days * DAY_MS);
    // Ask for more than the limit: some keys may already have records and drop out.
    const counts = await this.candidates.counts({
      since,
      type: query.type,
      minArticles: query.minArticles,
      limit: query.limit * 2,
    });
    const decided = await this.store.existing(counts.map((count) => count.key));
    const open = counts.filter((count) => !decided.has(count.key)).slice(0, query.limit);
    const rows = await this.candidates.sightings(
      open.map((count) => count.key),
      since,
    );
    return summariseCandidates(open, rows);
  }

  /**
   * Accepts a candidate. Without an id it becomes an entity under its own `local:` id, so the
   * articles already tagged with it stay attached; with one (`wikidata:Q…`) the entity gets that
   * id and the `local:` id is merged into it.
   */
  async promote(key: string, request: PromoteCandidateRequest): Promise<EntityView> {
    const keyType = typeOfLocalId(key);
    if (keyType === undefined)
      throw new NotFoundException(`${key} is not a candidate key (local:<type>:<slug>)`);
    const existing = await this.store.get(key);
    if (existing !== null)
      throw new ConflictException(`${key} is already an entity (${existing.status})`);
    const name = request.name ?? usualName(await this.candidates.sightings([key], null));
    if (name === undefined) throw new NotFoundException(`no candidate ${key}`);
    const wikidata = request.externalIds?.wikidata;
    const id = request.id ?? (wikidata === undefined ? key : `wikidata:${wikidata}`);
    const target = id === key ? null : await this.store.get(id);
    if (target === null) {
      const entity = buildEntity(
        {
          _id: id,
          type: request.type ?? keyType,
          name,
          aliases: request.aliases ?? [],
          externalIds: request.externalIds ?? {},
          status: 'active',
          mergedInto: null,
          source: 'promoted',
        },
        new Date(),
      );
      if (!(await this.store.insert(entity)))
        throw new ConflictException(`${id} appeared meanwhile; retry`);
      await this.admin.committed(entity, 'promote');
    }
    if (id !== key) return (await this.merge.execute(id, [key])).into;
    return toEntityView(await this.admin.existing(id));
  }
}
