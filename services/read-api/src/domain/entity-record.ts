import type { EntityDocument } from '@newsflow/contracts';
import { entitySearchKeys } from './entity-keys';

type EntityFields = Pick<
  EntityDocument,
  '_id' | 'type' | 'name' | 'aliases' | 'externalIds' | 'status' | 'mergedInto' | 'source'
>;

/** A new record at revision 1, with its autocomplete keys. */
export function buildEntity(fields: EntityFields, now: Date): EntityDocument {
  return {
    ...fields,
    aliases: withoutName(fields.aliases, fields.name),
    searchKeys: entitySearchKeys([fields.name, ...fields.aliases]),
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The next revision of a record. An operator's edit of a shipped entry makes it the
 * operator's: the shipped seed never overwrites it again.
 */
export function reviseEntity(
  entity: EntityDocument,
  changes: Partial<Omit<EntityFields, '_id'>>,
  now: Date,
): EntityDocument {
  const next = { ...entity, ...changes };
  const aliases = withoutName(next.aliases, next.name);
  return {
    ...next,
    aliases,
    source: entity.source === 'shipped' ? 'operator' : next.source,
    searchKeys: entitySearchKeys([next.name, ...aliases]),
    revision: entity.revision + 1,
    updatedAt: now,
  };
}

function withoutName(aliases: readonly string[], name: string): string[] {
  return [...new Set(aliases)].filter((alias) => alias !== name);
}
