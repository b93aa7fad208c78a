import type { EntityDocument } from '@newsflow/contracts';

/** An entity as the API shows it. */
export interface EntityView {
  readonly id: string;
  readonly type: EntityDocument['type'];
  readonly name: string;
  readonly aliases: string[];
  readonly externalIds: EntityDocument['externalIds'];
  readonly status: EntityDocument['status'];
  readonly mergedInto: string | null;
  readonly source: EntityDocument['source'];
  /** Per-entity revision: send it back with a PATCH to refuse a change made against an old copy. */
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export function toEntityView(entity: EntityDocument): EntityView {
  return {
    id: entity._id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    externalIds: entity.externalIds,
    status: entity.status,
    mergedInto: entity.mergedInto,
    source: entity.source,
    revision: entity.revision,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
