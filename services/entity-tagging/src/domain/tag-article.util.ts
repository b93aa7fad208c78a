import type { TaggedEntity } from '@newsflow/contracts';
import { cleanSpan } from './clean-span.util';
import { combineSpans } from './combine-spans.util';
import { detectLanguage } from './detect-language.util';
import type { EntityRecogniser } from './entity-recogniser.interface';
import { localEntityId } from './entity-id.util';
import { findWordOccurrences } from './name-text.util';
import { collectMentions, namesFor } from './recover-mentions.util';
import { resolveAliases } from './resolve-aliases.util';
import { layoutOf, scoreConfidence, scoreSalience } from './score-entity.util';
import type { Vocabulary } from './vocabulary.interface';

export interface TagArticleInput {
  /** Headline; used only to weigh salience, never as a source of mentions. */
  readonly title: string | null;
  /** The article body; every mention's offsets index into it. */
  readonly text: string;
}

export interface ArticleEntities {
  /** ISO 639-1 code, or null when the text is too short or undetermined. */
  readonly language: string | null;
  /** One entry per real-world entity, most salient first. */
  readonly entities: TaggedEntity[];
}

/**
 * Finds the people, organisations and places of one article: recognise, clean, reconcile with
 * the vocabulary, resolve aliases into one entity each, recover missed mentions, then score.
 * Pure and deterministic for a given recogniser and vocabulary.
 */
export function tagArticle(
  input: TagArticleInput,
  recogniser: EntityRecogniser,
  vocabulary: Vocabulary,
): ArticleEntities {
  const { text } = input;
  const language = detectLanguage(text);
  // Outside its languages a recogniser yields noise; vocabulary names are still reliable.
  const recognised = recogniser.supportsLanguage(language) ? recogniser.recognise(text) : [];
  const cleaned = recognised.flatMap((span) => cleanSpan(text, span, vocabulary) ?? []);
  const spans = combineSpans(text, cleaned, vocabulary.findIn(text), vocabulary);
  const clusters = resolveAliases(spans);
  const mentionsByCluster = collectMentions(text, clusters, vocabulary);

  const layout = layoutOf(text);
  const maxMentions = Math.max(0, ...[...mentionsByCluster.values()].map((list) => list.length));
  const entities: TaggedEntity[] = [];
  for (const cluster of clusters) {
    const mentions = mentionsByCluster.get(cluster) ?? [];
    if (mentions.length === 0) continue;
    const names = [...namesFor(cluster, vocabulary)];
    const title = input.title ?? '';
    const inTitle = names.some((name) => findWordOccurrences(title, name).length > 0);
    entities.push({
      id: cluster.entry?.id ?? localEntityId(cluster.type, cluster.name),
      type: cluster.type,
      name: cluster.name,
      mentions,
      salience: scoreSalience({ mentions, inTitle, maxMentions }, layout),
      confidence: scoreConfidence({
        bestSpanConfidence: Math.max(...cluster.spans.map((span) => span.confidence)),
        inVocabulary: cluster.entry !== undefined,
        mentionCount: mentions.length,
      }),
    });
  }
  return { language, entities: entities.sort(bySalience) };
}

function bySalience(a: TaggedEntity, b: TaggedEntity): number {
  const firstA = a.mentions[0]?.start ?? 0;
  const firstB = b.mentions[0]?.start ?? 0;
  return b.salience - a.salience || firstA - firstB || a.name.localeCompare(b.name);
}
