import type { EntityType, Mention, TaggedEntity } from '@newsflow/contracts';
import type { VocabularySnapshot } from './vocabulary-snapshot';

/** An entity the vocabulary does not know, as seen in one article. */
export interface CandidateSighting {
  /** The tagger's `local:<type>:<slug>` id. */
  readonly key: string;
  readonly type: EntityType;
  readonly name: string;
  readonly mentions: number;
}

/** More would be a list of noise, not of names a newsroom wants to review. */
const MAX_CANDIDATES_PER_ARTICLE = 50;
const MAX_CANDIDATE_NAME_LENGTH = 120;

/**
 * Applies the operator's decisions to tagged entities: merged ids become their survivor (taking
 * its canonical name and type, and joining its mentions if the article names both), blocked ids
 * and names are dropped. Order stays most salient first.
 */
export function applyVocabularyDecisions(
  entities: readonly TaggedEntity[],
  snapshot: VocabularySnapshot,
): TaggedEntity[] {
  const byId = new Map<string, TaggedEntity>();
  for (const entity of entities) {
    const id = snapshot.resolve(entity.id);
    const entry = snapshot.entry(id);
    const name = id === entity.id ? entity.name : (entry?.name ?? entity.name);
    if (snapshot.isBlocked(id, name) || snapshot.isBlocked(entity.id, entity.name)) continue;
    const resolved = {
      ...entity,
      id,
      name,
      type: id === entity.id ? entity.type : (entry?.type ?? entity.type),
    };
    const seen = byId.get(id);
    byId.set(id, seen === undefined ? resolved : joinEntities(seen, resolved));
  }
  return [...byId.values()].sort(
    (a, b) =>
      b.salience - a.salience || firstStart(a) - firstStart(b) || a.name.localeCompare(b.name),
  );
}

/**
 * The entities worth proposing to operators: unknown to the vocabulary (a `local:` id nobody
 * decided about) and name-like — at least two letters, not a number or a single initial.
 */
export function selectCandidates(
  entities: readonly TaggedEntity[],
  snapshot: VocabularySnapshot,
): CandidateSighting[] {
  const found: CandidateSighting[] = [];
  for (const entity of entities) {
    if (!entity.id.startsWith('local:') || snapshot.isDecided(entity.id)) continue;
    if (!isNameLike(entity.name)) continue;
    found.push({
      key: entity.id,
      type: entity.type,
      name: entity.name,
      mentions: entity.mentions.length,
    });
    if (found.length >= MAX_CANDIDATES_PER_ARTICLE) break;
  }
  return found;
}

export function isNameLike(name: string): boolean {
  if (name.length > MAX_CANDIDATE_NAME_LENGTH) return false;
  const letters = name.match(/\p{L}/gu)?.length ?? 0;
  return letters >= 2;
}

function joinEntities(a: TaggedEntity, b: TaggedEntity): TaggedEntity {
  const mentions = new Map<number, Mention>();
  for (const mention of [...a.mentions, ...b.mentions]) mentions.set(mention.start, mention);
  return {
    ...a,
    mentions: [...mentions.values()].sort((x, y) => x.start - y.start),
    salience: Math.max(a.salience, b.salience),
    confidence: Math.max(a.confidence, b.confidence),
  };
}

function firstStart(entity: TaggedEntity): number {
  return entity.mentions[0]?.start ?? 0;
}
