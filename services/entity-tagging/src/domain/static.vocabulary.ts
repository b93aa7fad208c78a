import bundledFile from './vocabulary/world-entities.vocabulary.json';
import type { Vocabulary, VocabularyEntry, VocabularyHit } from './vocabulary.interface';
import { vocabularyFileSchema } from './vocabulary-entry.schema';
import { escapeRegExp, isAcronym, normaliseName } from './name-text.util';

/** Case-insensitive look-ups only for names long enough not to collide with common words. */
const MIN_FOLDED_LENGTH = 4;

/** An in-memory vocabulary built once from a list of entries; immutable afterwards. */
export class StaticVocabulary implements Vocabulary {
  private readonly exact = new Map<string, VocabularyEntry>();
  private readonly folded = new Map<string, VocabularyEntry>();
  private readonly pattern: RegExp | null;

  constructor(entries: readonly VocabularyEntry[]) {
    const owners = new Map<string, Set<string>>();
    for (const entry of entries) {
      for (const name of namesOf(entry)) {
        const key = normaliseName(name);
        const ids = owners.get(key) ?? new Set<string>();
        ids.add(entry.id);
        owners.set(key, ids);
      }
    }
    const surfaces = new Set<string>();
    for (const entry of entries) {
      for (const name of namesOf(entry)) {
        const key = normaliseName(name);
        // A name shared by two entries ("Congo") identifies neither, so it is left out.
        if ((owners.get(key)?.size ?? 0) > 1) continue;
        this.exact.set(key, entry);
        if (key.length >= MIN_FOLDED_LENGTH && !isAcronym(key)) {
          this.folded.set(key.toLowerCase(), entry);
        }
        for (const surface of surfaceVariants(name)) surfaces.add(surface);
      }
    }
    this.pattern = buildPattern([...surfaces]);
  }

  /** Validates raw records (bundled JSON or a store dump) and builds the vocabulary. */
  static fromData(data: unknown): StaticVocabulary {
    return new StaticVocabulary(vocabularyFileSchema.parse(data).entries);
  }

  /** The vocabulary shipped with the service: UN member states, major bodies, capitals. */
  static bundled(): StaticVocabulary {
    bundledInstance ??= new StaticVocabulary(StaticVocabulary.bundledEntries());
    return bundledInstance;
  }

  /** The shipped records, validated: the foundation operator records override and extend. */
  static bundledEntries(): readonly VocabularyEntry[] {
    bundledEntries ??= vocabularyFileSchema.parse(bundledFile).entries;
    return bundledEntries;
  }

  lookup(name: string): VocabularyEntry | undefined {
    const key = normaliseName(name);
    const exact = this.exact.get(key);
    if (exact !== undefined) return exact;
    // All-lower-case text is a common noun ("turkey", "chad"), never a proper name.
    if (key.length < MIN_FOLDED_LENGTH || !/\p{Lu}/u.test(key)) return undefined;
    return this.folded.get(key.toLowerCase());
  }

  findIn(text: string): VocabularyHit[] {
    if (this.pattern === null) return [];
    const hits: VocabularyHit[] = [];
    for (const match of text.matchAll(this.pattern)) {
      const entry = this.exact.get(normaliseName(match[0]));
      if (entry === undefined) continue;
      hits.push({ start: match.index, end: match.index + match[0].length, text: match[0], entry });
    }
    return hits;
  }
}

let bundledInstance: StaticVocabulary | undefined;
let bundledEntries: readonly VocabularyEntry[] | undefined;

function namesOf(entry: VocabularyEntry): string[] {
  return [entry.name, ...entry.aliases];
}

/** The spellings a name appears under in running text: as written, and with curly apostrophes. */
function surfaceVariants(name: string): string[] {
  const variants = [name, name.replace(/'/g, '\u2019')];
  return [...new Set(variants)];
}

function buildPattern(surfaces: string[]): RegExp | null {
  if (surfaces.length === 0) return null;
  // Longest first so "Guinea-Bissau" wins over "Guinea" at the same position.
  const alternatives = surfaces.sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}
