import type { EntityType } from '@newsflow/contracts';
import { searchTerms } from '@newsflow/text';

/**
 * Autocomplete keys of an entity: each name's folded words joined, and every word-suffix of
 * that ("bashar al assad", "al assad", "assad"). Built on libs/text `searchTerms`, exactly as
 * entity-tagging folds the shipped entries it seeds.
 */
export function entitySearchKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const words = searchTerms(name);
    for (let start = 0; start < words.length; start += 1) keys.add(words.slice(start).join(' '));
  }
  return [...keys];
}

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

/**
 * The id entity-tagging gives an entity it does not know (its `localEntityId`): an operator's
 * own entity gets the same id, so articles already tagged under it stay attached.
 */
export function localEntityId(type: EntityType, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `local:${type}:${slug || 'unnamed'}`;
}

/** The entity type a `local:<type>:<slug>` id carries, if it is one. */
export function typeOfLocalId(id: string): EntityType | undefined {
  const type = /^local:(person|organisation|place):/.exec(id)?.[1];
  return type as EntityType | undefined;
}
