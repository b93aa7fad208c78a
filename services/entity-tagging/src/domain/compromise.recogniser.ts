import type { EntityType } from '@newsflow/contracts';
import nlp from 'compromise/two';
import type { EntityRecogniser, RecognisedSpan } from './entity-recogniser.interface';
import {
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ORGANISATION_HEADS,
  PERSON_TITLES,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
} from './name-lexicon.constants';
import { isAcronym, startsUpper } from './name-text.util';

/** The slice of compromise's `json({ offset: true })` term output this recogniser reads. */
interface CompromiseTerm {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}

interface CompromiseSentence {
  readonly terms: readonly CompromiseTerm[];
}

const TYPE_TAGS: Record<EntityType, readonly string[]> = {
  person: ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'],
  place: ['Place', 'Country', 'City', 'Region'],
  organisation: ['Organization', 'SportsTeam', 'Company'],
};
/** Tie order: an organisation name often contains a place ("Bank of England"), not vice versa. */
const TYPE_ORDER: readonly EntityType[] = ['organisation', 'person', 'place'];
const NEVER_NAME_TAGS = ['Pronoun', 'Date', 'Month', 'WeekDay', 'Determiner', 'Conjunction'];
const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];
const MAX_BRIDGE_RUN = 2;

/** Confidence when only the surrounding words, not compromise's lexicon, suggested the type. */
const CUE_CONFIDENCE = { weak: 0.4, plain: 0.45, strong: 0.55 } as const;

/**
 * Foundation recogniser on compromise's English tagger: it chunks runs of capitalised words
 * (with particles such as "de" and connectors such as "of") and types each run by the lexicon
 * tags that compromise's `.people()`, `.places()` and `.organizations()` read, falling back to
 * the words around the run. Compromise's own matches stop at particles and keep punctuation,
 * so chunking terms directly gives cleaner, longer names; and the tagger-only build
 * (`compromise/two`) gives the same tags about a third faster than the full one.
 */
export class CompromiseRecogniser implements EntityRecogniser {
  supportsLanguage(language: string | null): boolean {
    return language === null || language === 'en';
  }

  recognise(text: string): RecognisedSpan[] {
    const raw: unknown = nlp(text).json({ offset: true });
    const sentences = raw as CompromiseSentence[];
    const spans: RecognisedSpan[] = [];
    for (const sentence of sentences) {
      if (isShouted(sentence.terms)) continue;
      for (const chunk of chunkSentence(sentence.terms)) {
        const span = typeChunk(text, sentence.terms, chunk);
        if (span !== null) spans.push(span);
      }
    }
    return spans;
  }
}

/** All-capitals text hides which words are names; such sentences are left to the vocabulary. */
function isShouted(terms: readonly CompromiseTerm[]): boolean {
  const words = terms.filter((term) => /\p{L}{2}/u.test(term.text));
  const shouted = words.filter((term) => !/\p{Ll}/u.test(term.text));
  return words.length >= 4 && shouted.length * 2 > words.length;
}

/**
 * A lone nationality adjective before a common noun ("the Ethiopian capital"); compromise
 * sometimes tags these as organisations instead of demonyms.
 */
function looksLikeDemonym(terms: readonly CompromiseTerm[], chunk: Chunk): boolean {
  const term = terms[chunk.first];
  const next = terms[chunk.last + 1];
  return (
    chunk.first === chunk.last &&
    term !== undefined &&
    next !== undefined &&
    /(?:ian|ean|ese|ish|i)$/.test(term.text) &&
    !hasAnyTag(term, [...TYPE_TAGS.person, ...TYPE_TAGS.place]) &&
    isLinked(term, next) &&
    /^\p{Ll}/u.test(next.text)
  );
}

interface Chunk {
  readonly first: number;
  readonly last: number;
}

function hasAnyTag(term: CompromiseTerm, tags: readonly string[]): boolean {
  return tags.some((tag) => term.tags.includes(tag));
}

/** Sentence starts and quote openings capitalise ordinary words, so those need a proper tag. */
function isInitial(terms: readonly CompromiseTerm[], index: number): boolean {
  const previous = terms[index - 1];
  return (
    previous === undefined ||
    /[:"“(\n]\s*$/.test(previous.post) ||
    /["“(]/.test(terms[index]?.pre ?? '')
  );
}

function isNameWord(terms: readonly CompromiseTerm[], index: number): boolean {
  const term = terms[index];
  if (term === undefined || !startsUpper(term.text) || hasAnyTag(term, NEVER_NAME_TAGS)) {
    return false;
  }
  return !isInitial(terms, index) || hasAnyTag(term, PROPER_TAGS) || isAcronym(term.text);
}

function isBridgeWord(term: CompromiseTerm): boolean {
  const word = term.text;
  return NAME_PARTICLES.has(word) || NAME_CONNECTORS.has(word);
}

/** Two neighbouring terms belong to one name only if nothing but a space or hyphen parts them. */
function isLinked(left: CompromiseTerm, right: CompromiseTerm): boolean {
  const gap = left.post + right.pre;
  return gap === '-' || /^[ \t]+$/.test(gap);
}

function chunkSentence(terms: readonly CompromiseTerm[]): Chunk[] {
  const chunks: Chunk[] = [];
  let first = -1;
  let lastName = -1;
  let bridges = 0;
  const flush = (): void => {
    if (first !== -1 && lastName !== -1) chunks.push({ first, last: lastName });
    first = -1;
    lastName = -1;
    bridges = 0;
  };
  terms.forEach((term, index) => {
    const previous = terms[index - 1];
    const linked = previous !== undefined && isLinked(previous, term);
    if (isNameWord(terms, index)) {
      if (first === -1 || !linked) {
        flush();
        first = index;
      }
      lastName = index;
      bridges = 0;
      return;
    }
    const next = terms[index + 1];
    const opensName =
      NAME_PARTICLES.has(term.text) &&
      next !== undefined &&
      isLinked(term, next) &&
      isNameWord(terms, index + 1);
    if (isBridgeWord(term) && first !== -1 && linked && bridges < MAX_BRIDGE_RUN) {
      bridges += 1;
    } else if (opensName) {
      flush();
      first = index;
      bridges = 1;
    } else {
      flush();
    }
  });
  flush();
  return chunks;
}

function typeChunk(
  text: string,
  terms: readonly CompromiseTerm[],
  chunk: Chunk,
): RecognisedSpan | null {
  const inside = terms.slice(chunk.first, chunk.last + 1);
  const names = inside.filter((term) => startsUpper(term.text));
  const content = names.filter((term) => !term.tags.includes('Demonym'));
  // A bare nationality adjective ("Russian") is not an entity mention.
  if (content.length === 0 || looksLikeDemonym(terms, chunk)) return null;
  const firstTerm = inside[0];
  const lastTerm = inside[inside.length - 1];
  if (firstTerm === undefined || lastTerm === undefined) return null;
  const start = firstTerm.offset.start;
  const end = lastTerm.offset.start + lastTerm.offset.length;
  const typed = typeByTags(content) ?? typeByContext(terms, chunk, content);
  if (typed === null) return null;
  return { start, end, text: text.slice(start, end), ...typed };
}

function typeByTags(
  content: readonly CompromiseTerm[],
): { type: EntityType; confidence: number } | null {
  let best: { type: EntityType; votes: number } | null = null;
  for (const type of TYPE_ORDER) {
    const votes = content.filter((term) => hasAnyTag(term, TYPE_TAGS[type])).length;
    if (votes > 0 && (best === null || votes > best.votes)) best = { type, votes };
  }
  if (best === null) return null;
  return { type: best.type, confidence: 0.5 + 0.3 * (best.votes / content.length) };
}

function typeByContext(
  terms: readonly CompromiseTerm[],
  chunk: Chunk,
  content: readonly CompromiseTerm[],
): { type: EntityType; confidence: number } | null {
  const head = content[content.length - 1]?.text.toLowerCase() ?? '';
  const before = terms[chunk.first - 1]?.text.toLowerCase() ?? '';
  const twoBefore = terms[chunk.first - 2]?.text.toLowerCase() ?? '';
  if (ORGANISATION_HEADS.has(head))
    return { type: 'organisation', confidence: CUE_CONFIDENCE.strong };
  if (before === 'of' && PLACE_NOUNS.has(twoBefore)) {
    return { type: 'place', confidence: CUE_CONFIDENCE.strong };
  }
  if (PERSON_TITLES.has(before)) return { type: 'person', confidence: CUE_CONFIDENCE.strong };
  if (PLACE_PREPOSITIONS.has(before)) return { type: 'place', confidence: CUE_CONFIDENCE.plain };
  if (content.length === 1 && isAcronym(content[0]?.text ?? '')) {
    return { type: 'organisation', confidence: CUE_CONFIDENCE.weak };
  }
  return null;
}
