import type { CandidateSpan } from './candidate-span.types';
import { NAME_PARTICLES } from './name-lexicon.constants';
import type { Vocabulary, VocabularyHit } from './vocabulary.interface';

/** A bare vocabulary match is good evidence of the name, weaker evidence of this sense of it. */
export const VOCABULARY_HIT_CONFIDENCE = 0.6;

/**
 * Reconciles cleaned recogniser spans with vocabulary matches into one non-overlapping,
 * ordered list. A recogniser span made only of vocabulary names ("United Nations Syria") is
 * split into them; otherwise the longer span wins an overlap; then neighbouring pieces of one
 * name ("Staffan" + "de Mistura") are joined.
 */
export function combineSpans(
  text: string,
  recognised: readonly CandidateSpan[],
  hits: readonly VocabularyHit[],
  vocabulary: Vocabulary,
): CandidateSpan[] {
  const fromHits = hits.map(hitToCandidate);
  const pool: CandidateSpan[] = [...fromHits];
  for (const span of recognised) {
    const inside = fromHits.filter((hit) => hit.start >= span.start && hit.end <= span.end);
    if (span.entry === undefined && inside.length >= 2 && onlyGaps(text, span, inside)) continue;
    pool.push(span);
  }
  const kept: CandidateSpan[] = [];
  const byStrength = [...pool].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence,
  );
  for (const span of byStrength) {
    if (!kept.some((other) => other.start < span.end && span.start < other.end)) kept.push(span);
  }
  kept.sort((a, b) => a.start - b.start);
  return joinNeighbours(text, kept, vocabulary);
}

function hitToCandidate(hit: VocabularyHit): CandidateSpan {
  return {
    start: hit.start,
    end: hit.end,
    text: hit.text,
    type: hit.entry.type,
    confidence: VOCABULARY_HIT_CONFIDENCE,
    entry: hit.entry,
  };
}

/** True when what `parts` leave uncovered inside `span` is only spaces and punctuation. */
function onlyGaps(text: string, span: CandidateSpan, parts: readonly CandidateSpan[]): boolean {
  let cursor = span.start;
  let uncovered = '';
  for (const part of [...parts].sort((a, b) => a.start - b.start)) {
    uncovered += text.slice(cursor, Math.max(cursor, part.start));
    cursor = Math.max(cursor, part.end);
  }
  uncovered += text.slice(cursor, span.end);
  return !/[\p{L}\p{N}]/u.test(uncovered);
}

function joinNeighbours(
  text: string,
  spans: readonly CandidateSpan[],
  vocabulary: Vocabulary,
): CandidateSpan[] {
  const joined: CandidateSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && isOneName(text, previous, span)) {
      const name = text.slice(previous.start, span.end);
      joined[joined.length - 1] = {
        start: previous.start,
        end: span.end,
        text: name,
        type: previous.type,
        confidence: Math.max(previous.confidence, span.confidence),
        entry: vocabulary.lookup(name),
      };
    } else {
      joined.push(span);
    }
  }
  return joined;
}

/** Two same-typed pieces with only a space, hyphen or name particle between them. */
function isOneName(text: string, left: CandidateSpan, right: CandidateSpan): boolean {
  // Two distinct known entities side by side ("Russia Turkey talks") stay apart.
  if (left.type !== right.type || left.entry !== undefined || right.entry !== undefined) {
    return false;
  }
  const gap = text.slice(left.end, right.start);
  if (gap === '-' || /^[ \t]+$/.test(gap)) return true;
  const particle = /^[ \t]+(\p{Ll}+)[ \t]+$/u.exec(gap)?.[1];
  return left.type === 'person' && particle !== undefined && NAME_PARTICLES.has(particle);
}
