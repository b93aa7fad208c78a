import type { CandidateSpan } from './candidate-span.types';
import { decideEntityType } from './decide-entity-type.util';
import type { RecognisedSpan } from './entity-recogniser.interface';
import {
  JUNK_WORDS,
  NAME_PARTICLES,
  ORGANISATION_HEADS,
  PERSON_TITLES,
} from './name-lexicon.constants';
import { isAcronym, isNameWord, isWordCharAt, nameTokens } from './name-text.util';
import type { Vocabulary } from './vocabulary.interface';

/** A trailing full stop is kept only when it ends an initialism ("U.S.", "Washington, D.C."). */
const INITIALISM_END = /(?:^|[\s.])\p{Lu}\.$/u;
const POSSESSIVE = /['\u2019]s$/u;
const PLURAL_POSSESSIVE = /s['\u2019]$/u;

/**
 * Trims a recognised span to the bare name and re-types it, or returns null for junk. Removes
 * edge punctuation and possessives, leading articles and lower-case descriptors ("northern"),
 * trailing common nouns ("province") and, for people, the role before the name ("Syrian
 * President"). Offsets stay exact: the result is always a slice of `text`.
 */
export function cleanSpan(
  text: string,
  span: RecognisedSpan,
  vocabulary: Vocabulary,
): CandidateSpan | null {
  // A recogniser whose offsets disagree with its text cannot be trusted for this span.
  if (text.slice(span.start, span.end) !== span.text) return null;
  let [start, end] = trimPunctuation(text, span.start, span.end);
  // "The Hague" and "The Gambia" are names with the article in them.
  const whole = vocabulary.lookup(text.slice(start, end));
  if (whole !== undefined) return toCandidate(text, start, end, span, vocabulary);

  const name = text.slice(start, end);
  if (POSSESSIVE.test(name)) end -= 2;
  else if (PLURAL_POSSESSIVE.test(name)) end -= 1;
  [start, end] = trimPunctuation(text, start, end);

  let tokens = nameTokens(text.slice(start, end));
  tokens = dropDescriptors(tokens);
  // Only for people: "General Motors" or "Minister Council" keep their first word.
  const roleEnd = span.type === 'person' ? lastRoleIndex(tokens) : -1;
  if (roleEnd !== -1) tokens = dropDescriptors(tokens.slice(roleEnd + 1));
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return null;
  const cleaned = trimPunctuation(text, start + first.start, start + last.end);
  if (isJunk(text.slice(cleaned[0], cleaned[1]))) return null;
  return toCandidate(text, cleaned[0], cleaned[1], span, vocabulary);
}

/** True for strings that are never an entity: pronouns, dates, lone common or generic words. */
export function isJunk(name: string): boolean {
  const words = nameTokens(name).map((token) => token.text);
  const only = words[0];
  if (only === undefined || !words.some((word) => isNameWord(word))) return true;
  if (words.length > 1) return false;
  if (isAcronym(only)) return false;
  const lower = only.toLowerCase();
  return (
    only.length < 2 ||
    JUNK_WORDS.has(lower) ||
    ORGANISATION_HEADS.has(lower) ||
    PERSON_TITLES.has(lower.replace(/\.$/, '')) ||
    !/\p{L}/u.test(only)
  );
}

function toCandidate(
  text: string,
  start: number,
  end: number,
  span: Pick<RecognisedSpan, 'type' | 'confidence'>,
  vocabulary: Vocabulary,
): CandidateSpan | null {
  if (start >= end) return null;
  const name = text.slice(start, end);
  const entry = vocabulary.lookup(name);
  const type = decideEntityType(name, span.type, entry);
  return { start, end, text: name, type, confidence: span.confidence, entry };
}

function trimPunctuation(text: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && !isWordCharAt(text, start)) start += 1;
  while (end > start && !isWordCharAt(text, end - 1)) {
    if (text[end - 1] === '.' && INITIALISM_END.test(text.slice(start, end))) break;
    end -= 1;
  }
  return [start, end];
}

type Token = ReturnType<typeof nameTokens>[number];

/** Drops leading and trailing lower-case words that describe the name rather than form it. */
function dropDescriptors(tokens: Token[]): Token[] {
  let from = 0;
  let to = tokens.length;
  const isDescriptor = (token: Token | undefined, leading: boolean): boolean => {
    if (token === undefined) return false;
    if (token.text === 'The' && leading) return true;
    if (isNameWord(token.text)) return false;
    // A particle can open a surname ("de Mistura") but never ends a name.
    return !(leading && NAME_PARTICLES.has(token.text.replace(/-$/, '')));
  };
  while (from < to && isDescriptor(tokens[from], true)) from += 1;
  while (to > from && isDescriptor(tokens[to - 1], false)) to -= 1;
  return tokens.slice(from, to);
}

/** Index of the last role word that is followed by more of the name, or -1. */
function lastRoleIndex(tokens: readonly Token[]): number {
  for (let index = tokens.length - 2; index >= 0; index -= 1) {
    const word = tokens[index]?.text.toLowerCase().replace(/\.$/, '') ?? '';
    if (PERSON_TITLES.has(word)) return index;
  }
  return -1;
}
