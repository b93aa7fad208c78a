import { normaliseName } from './name-text.util';
import { StaticVocabulary } from './static.vocabulary';
import type { VocabularyEntry, VocabularyRecord } from './vocabulary.interface';

/** Merge chains longer than this are treated as broken (a cycle an operator made by accident). */
const MAX_MERGE_DEPTH = 16;

/**
 * One consistent view of the vocabulary: the shipped entries overlaid with the operator's
 * records at one change revision. Immutable; a reload builds a new one and swaps the reference,
 * so an article is always tagged and screened against a single snapshot.
 */
export class VocabularySnapshot {
  readonly vocabulary: StaticVocabulary;
  private readonly entries = new Map<string, VocabularyEntry>();
  /** Merged id → surviving id, chains already followed. */
  private readonly survivors = new Map<string, string>();
  private readonly blockedIds = new Set<string>();
  private readonly blockedNames = new Set<string>();
  /** Ids that operators have decided about (any status): never candidates again. */
  private readonly decided = new Set<string>();

  constructor(
    readonly revision: number,
    shipped: readonly VocabularyEntry[],
    records: readonly VocabularyRecord[],
  ) {
    const byId = new Map(records.map((record) => [record.id, record]));
    for (const entry of shipped) if (!byId.has(entry.id)) this.entries.set(entry.id, entry);
    const shippedById = new Map(shipped.map((entry) => [entry.id, entry]));
    for (const record of records) {
      this.decided.add(record.id);
      if (record.status === 'active') this.entries.set(record.id, toEntry(record));
    }
    for (const record of records) {
      if (record.status === 'blocked') this.block(record, shippedById.get(record.id));
    }
    for (const record of records) {
      if (record.status !== 'merged') continue;
      const survivor = followMerges(record.id, byId);
      if (survivor === undefined || this.blockedIds.has(survivor)) {
        this.block(record, shippedById.get(record.id));
        continue;
      }
      this.survivors.set(record.id, survivor);
      // The merged entity's names become names of the survivor, so "Gen. X" keeps resolving.
      const target = this.entries.get(survivor);
      if (target === undefined) continue;
      const names = [record.name, ...record.aliases, ...namesOf(shippedById.get(record.id))];
      this.entries.set(survivor, withAliases(target, names));
    }
    this.vocabulary = new StaticVocabulary([...this.entries.values()]);
  }

  get size(): { entries: number; blocked: number; merged: number } {
    return {
      entries: this.entries.size,
      blocked: this.blockedIds.size,
      merged: this.survivors.size,
    };
  }

  /** The id an entity is published under: the survivor of any merge, else itself. */
  resolve(id: string): string {
    return this.survivors.get(id) ?? id;
  }

  entry(id: string): VocabularyEntry | undefined {
    return this.entries.get(id);
  }

  /** Blocked by id, or by name whatever the type the recogniser gave it ("Read More"). */
  isBlocked(id: string, name: string): boolean {
    return this.blockedIds.has(id) || this.blockedNames.has(nameKey(name));
  }

  /** True when an operator already decided about this id (added, blocked, merged, promoted). */
  isDecided(id: string): boolean {
    return this.decided.has(id) || this.entries.has(id);
  }

  private block(record: VocabularyRecord, shipped: VocabularyEntry | undefined): void {
    this.entries.delete(record.id);
    this.blockedIds.add(record.id);
    for (const name of [record.name, ...record.aliases, ...namesOf(shipped)]) {
      this.blockedNames.add(nameKey(name));
    }
  }
}

/** Case- and accent-insensitive form under which blocked names are compared. */
export function nameKey(name: string): string {
  return normaliseName(name).toLowerCase();
}

function followMerges(id: string, byId: ReadonlyMap<string, VocabularyRecord>): string | undefined {
  let current = id;
  for (let depth = 0; depth < MAX_MERGE_DEPTH; depth += 1) {
    const record = byId.get(current);
    if (record?.status !== 'merged') return current === id ? undefined : current;
    if (record.mergedInto === null || record.mergedInto === id) return undefined;
    current = record.mergedInto;
  }
  return undefined;
}

function toEntry(record: VocabularyRecord): VocabularyEntry {
  return {
    id: record.id,
    type: record.type,
    name: record.name,
    aliases: record.aliases,
    ...(record.iso3166 !== undefined && { iso3166: record.iso3166 }),
    ...(record.geonames !== undefined && { geonames: record.geonames }),
  };
}

function namesOf(entry: VocabularyEntry | undefined): string[] {
  return entry === undefined ? [] : [entry.name, ...entry.aliases];
}

function withAliases(entry: VocabularyEntry, names: readonly string[]): VocabularyEntry {
  const known = new Set([entry.name, ...entry.aliases]);
  const added = [...new Set(names)].filter((name) => !known.has(name));
  return added.length === 0 ? entry : { ...entry, aliases: [...entry.aliases, ...added] };
}
