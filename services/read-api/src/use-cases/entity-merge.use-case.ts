import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
  Inject,
} from '@nestjs/common';
import type { EntityDocument } from '@newsflow/contracts';
import { usualName } from '../domain/entity-candidates';
import { typeOfLocalId } from '../domain/entity-keys';
import { buildEntity, reviseEntity } from '../domain/entity-record';
import { toEntityView, type EntityView } from '../domain/entity-view';
import {
  ENTITY_CANDIDATE_STORE,
  ENTITY_STORE,
  type EntityCandidateStore,
  type EntityStore,
} from '../ports/entity.store';
import { EntityAdminUseCase } from './entity-admin.use-case';

export interface MergeOutcome {
  readonly into: EntityView;
  /** The ids now resolving to `into`. */
  readonly merged: string[];
}

/**
 * Folds duplicates into one surviving entity: taggers publish the survivor's id wherever a
 * merged id or one of its names is found. The survivor must be active, so merges never form
 * a cycle. An id without a record (a `local:` id from articles) is recorded as merged, under
 * the name the tagger saw it by.
 */
@Injectable()
export class EntityMergeUseCase {
  constructor(
    @Inject(ENTITY_STORE) private readonly store: EntityStore,
    @Inject(ENTITY_CANDIDATE_STORE) private readonly candidates: EntityCandidateStore,
    private readonly admin: EntityAdminUseCase,
  ) {}

  async execute(targetId: string, from: readonly string[]): Promise<MergeOutcome> {
    const target = await this.admin.existing(targetId);
    if (target.status !== 'active') {
      throw new ConflictException(`${targetId} is ${target.status}; merge into an active entity`);
    }
    const ids = [...new Set(from)];
    if (ids.includes(targetId))
      throw new BadRequestException('an entity cannot be merged into itself');
    const planned = await Promise.all(ids.map((id) => this.plan(id, target)));
    const unknown = ids.filter((_id, index) => planned[index] === null);
    if (unknown.length > 0) {
      throw new NotFoundException(`no entity or sighting for ${unknown.join(', ')}`);
    }
    for (const entity of planned) {
      if (entity === null) continue;
      // Revision 1 is a record made by this merge; an existing one comes back revised.
      if (entity.revision === 1) {
        if (!(await this.store.insert(entity))) {
          throw new ConflictException(`${entity._id} appeared meanwhile; retry`);
        }
      } else {
        await this.store.replace(entity);
      }
      await this.admin.committed(entity, 'merge');
    }
    return { into: toEntityView(target), merged: ids };
  }

  /** The merged record to write for `id`, or null when nothing is known about it. */
  private async plan(id: string, target: EntityDocument): Promise<EntityDocument | null> {
    const now = new Date();
    const entity = await this.store.get(id);
    if (entity !== null)
      return reviseEntity(entity, { status: 'merged', mergedInto: target._id }, now);
    const name = usualName(await this.candidates.sightings([id], null));
    if (name === undefined) return null;
    return buildEntity(
      {
        _id: id,
        type: typeOfLocalId(id) ?? target.type,
        name,
        aliases: [],
        externalIds: {},
        status: 'merged',
        mergedInto: target._id,
        source: 'operator',
      },
      now,
    );
  }
}
