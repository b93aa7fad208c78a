import type { EntityType } from '@newsflow/contracts';

/** Lower-case, accent-free, hyphen-joined letters and digits of any script. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Stable id for an entity the vocabulary does not know: the same canonical name and type give
 * the same id in every article, so local entities can still be followed across stories.
 */
export function localEntityId(type: EntityType, canonicalName: string): string {
  return `local:${type}:${slugify(canonicalName) || 'unnamed'}`;
}
