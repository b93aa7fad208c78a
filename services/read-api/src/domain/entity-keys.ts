import type { EntityType } from '@newsflow/contracts';

export { entitySearchKeys, localEntityId } from '@newsflow/text';

/**
 * A typed prefix folded like the keys, as an anchored regular expression source: only folded
 * letters, digits and single spaces survive, so nothing of the request reaches the store as
 * pattern syntax. Null when nothing searchable is left.
 */
export function prefixPattern(prefix: string): string | null {
  const folded = prefix
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .join(' ');
  return folded.length === 0 ? null : `^${folded}`;
}

/** The entity type a `local:<type>:<slug>` id carries, if it is one. */
export function typeOfLocalId(id: string): EntityType | undefined {
  const type = /^local:(person|organisation|place):/.exec(id)?.[1];
  return type as EntityType | undefined;
}
