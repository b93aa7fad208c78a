import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityChangeDocument, EntityDocument } from '@newsflow/contracts';
import { localEntityId, typeOfLocalId } from '../domain/entity-keys';
import { buildEntity, reviseEntity } from '../domain/entity-record';
import type {
  BlockEntityRequest,
  CreateEntityRequest,
  PatchEntityRequest,
} from '../domain/entity-requests';
import { toEntityView, type EntityView } from '../domain/entity-view';
import {
  ENTITY_CANDIDATE_STORE,
  ENTITY_STORE,
  type EntityCandidateStore,
  type EntityStore,
} from '../ports/entity.store';
import { usualName } from '../domain/entity-candidates';

/**
 * The operator's changes to the vocabulary. Every change writes the entity first and then
 * appends to the change log, so a tagger that sees a change number also sees the change.
 * Concurrent edits of one entity are rare (one desk); PATCH takes the revision it was made
 * against to refuse lost updates, checked before the write (the store has no atomic compare).
 */
@Injectable()
export class EntityAdminUseCase {
  constructor(
    @Inject(ENTITY_STORE) private readonly store: EntityStore,
    @Inject(ENTITY_CANDIDATE_STORE) private readonly candidates: EntityCandidateStore,
  ) {}

  async create(request: CreateEntityRequest): Promise<EntityView> {
    const wikidata = request.externalIds.wikidata;
    const id =
      request.id ??
      (wikidata === undefined ? localEntityId(request.type, request.name) : `wikidata:${wikidata}`);
    const entity = buildEntity(
      { ...request, _id: id, status: 'active', mergedInto: null, source: 'operator' },
      new Date(),
    );
    if (!(await this.store.insert(entity))) {
      throw new ConflictException(`entity ${id} exists; PATCH it, or give another id`);
    }
    return this.committed(entity, 'create');
  }

  async patch(id: string, request: PatchEntityRequest): Promise<EntityView> {
    const entity = await this.existing(id);
    if (entity.status === 'merged') {
      throw new ConflictException(`${id} was merged into ${entity.mergedInto}; edit that entity`);
    }
    if (request.revision !== undefined && request.revision !== entity.revision) {
      throw new ConflictException(
        `${id} is at revision ${entity.revision}, not ${request.revision}`,
      );
    }
    const next = reviseEntity(entity, changesOf(request), new Date());
    await this.store.replace(next);
    return this.committed(next, 'update');
  }

  /**
   * Blocks an entity, or any id the tagger publishes (`local:person:read-more`): its id and its
   * names are never emitted again. An id without a record is recorded with the name given, or
   * the name the tagger saw it under.
   */
  async block(id: string, request: BlockEntityRequest): Promise<EntityView> {
    const entity = await this.store.get(id);
    if (entity !== null) {
      if (entity.status === 'blocked') return toEntityView(entity);
      const next = reviseEntity(entity, { status: 'blocked', mergedInto: null }, new Date());
      await this.store.replace(next);
      return this.committed(next, 'block');
    }
    const name = request.name ?? usualName(await this.candidates.sightings([id], null));
    const type = request.type ?? typeOfLocalId(id);
    if (name === undefined || type === undefined) {
      throw new NotFoundException(`no entity ${id}; give {"name", "type"} to block it anyway`);
    }
    const stub = buildEntity(
      {
        _id: id,
        type,
        name,
        aliases: [],
        externalIds: {},
        status: 'blocked',
        mergedInto: null,
        source: 'operator',
      },
      new Date(),
    );
    if (!(await this.store.insert(stub))) return this.block(id, request);
    return this.committed(stub, 'block');
  }

  async unblock(id: string): Promise<EntityView> {
    const entity = await this.existing(id);
    if (entity.status !== 'blocked') throw new ConflictException(`${id} is not blocked`);
    const next = reviseEntity(entity, { status: 'active' }, new Date());
    await this.store.replace(next);
    return this.committed(next, 'unblock');
  }

  async existing(id: string): Promise<EntityDocument> {
    const entity = await this.store.get(id);
    if (entity === null) throw new NotFoundException(`no entity ${id}`);
    return entity;
  }

  async committed(
    entity: EntityDocument,
    action: EntityChangeDocument['action'],
  ): Promise<EntityView> {
    await this.store.recordChange(entity._id, action, entity.revision);
    return toEntityView(entity);
  }
}

function changesOf(request: PatchEntityRequest): Parameters<typeof reviseEntity>[1] {
  return {
    ...(request.type !== undefined && { type: request.type }),
    ...(request.name !== undefined && { name: request.name }),
    ...(request.aliases !== undefined && { aliases: request.aliases }),
    ...(request.externalIds !== undefined && { externalIds: request.externalIds }),
  };
}
