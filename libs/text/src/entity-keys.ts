import { searchTerms } from './search-terms';

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
 * Stable id for an entity no vocabulary knows: the same canonical name and type give the same id
 * in every article, so local entities can still be followed across stories — and an operator who
 * adds the entity later gets the same id, so articles already tagged under it stay attached.
 */
export function localEntityId(type: string, canonicalName: string): string {
  return `local:${type}:${slugify(canonicalName) || 'unnamed'}`;
}

/**
 * Autocomplete keys of an entity: each name's folded words joined, and every word-suffix of
 * that ("bashar al assad", "al assad", "assad"), so a prefix finds a name by any of its words.
 * One definition for the tagger that seeds the shipped vocabulary and the read-api that writes
 * operator entries and queries them.
 */
export function entitySearchKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const words = searchTerms(name);
    for (let start = 0; start < words.length; start += 1) keys.add(words.slice(start).join(' '));
  }
  return [...keys];
}
