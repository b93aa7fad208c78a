import { readFileSync } from 'node:fs';
import type { EntityLabel, KnownName } from '@newsflow/ner';

interface VocabularyRecord {
  readonly type?: unknown;
  readonly name?: unknown;
  readonly aliases?: unknown;
}

const LABEL_BY_TYPE: Readonly<Record<string, EntityLabel>> = {
  person: 'PER',
  organisation: 'ORG',
  place: 'LOC',
};

/**
 * The names and aliases of the entity-tagging vocabulary file, as gazetteer entries. Read as
 * data, not imported, so the tool does not depend on the service's code.
 */
export function readVocabularyNames(file: string): KnownName[] {
  return vocabularyNames(JSON.parse(readFileSync(file, 'utf8')));
}

/** Gazetteer entries from parsed vocabulary JSON (`{ entries: [{ type, name, aliases }] }`). */
export function vocabularyNames(data: unknown): KnownName[] {
  const entries = (data as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) throw new Error('vocabulary file has no "entries" list');
  return (entries as VocabularyRecord[]).flatMap((entry) => {
    const label = typeof entry.type === 'string' ? LABEL_BY_TYPE[entry.type] : undefined;
    if (label === undefined || typeof entry.name !== 'string') return [];
    const aliases: unknown[] = Array.isArray(entry.aliases) ? entry.aliases : [];
    return [entry.name, ...aliases]
      .filter((name): name is string => typeof name === 'string')
      .map((name) => ({ name, label }));
  });
}
