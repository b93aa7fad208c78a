import { TOP_LEVEL_MEDIA_TOPICS, type MediaTopicCode } from './media-topics.constants';
import { stemWord, wordsOf } from './stem-word';
import { TOPIC_LEXICONS } from './topic-lexicon.constants';
import { ENTITY_TOPIC_CUES } from './entity-topic-cues.constants';

export interface TopicInput {
  readonly title: string | null;
  /** Paragraphs separated by blank lines; the first is the lead. */
  readonly text: string;
  /** Entities found in the article; organisation names carry topic cues ("Federal Reserve"). */
  readonly entities?: readonly { readonly type: string; readonly name: string }[];
}

export interface TopicScore {
  readonly code: MediaTopicCode;
  readonly label: string;
  /** 0–1: the topic's share of all topic evidence in the article. */
  readonly relevance: number;
  /** 0–1: how much evidence there is for the topic at all, whatever the others. */
  readonly confidence: number;
  /** The strongest cues, for audit ("wildfire ×3", "entity: Federal Reserve"). */
  readonly cues: readonly string[];
}

export interface ClassifyOptions {
  readonly maxTopics: number;
  readonly minConfidence: number;
  /** A topic other than the strongest needs at least this share of the evidence. */
  readonly minRelevance: number;
}

export const DEFAULT_CLASSIFY_OPTIONS: ClassifyOptions = {
  maxTopics: 3,
  minConfidence: 0.5,
  minRelevance: 0.2,
};

// Where a cue stands counts: the headline and the lead state what a story is about.
const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const BODY_WEIGHT = 1;
/** Repeats of one cue stop adding beyond this much positional weight. */
const MAX_WEIGHT_PER_CUE = 6;
const ENTITY_CUE_WEIGHT = 2;
/** Evidence at which confidence reaches 1 − 1/e (about 0.63). */
const CONFIDENCE_SCALE = 8;

interface Cue {
  readonly topic: MediaTopicCode;
  readonly weight: number;
}

/**
 * A transparent Media Topic classifier: weighted cue words and phrases per topic, stemmed,
 * counted with headline and lead weighting, plus organisation-name cues. Build once (`create`),
 * classify many; pure.
 */
export class TopicClassifier {
  private constructor(private readonly cues: ReadonlyMap<string, readonly Cue[]>) {}

  static create(): TopicClassifier {
    const cues = new Map<string, Cue[]>();
    for (const [topic, table] of Object.entries(TOPIC_LEXICONS) as [MediaTopicCode, string][]) {
      for (const entry of table.split(',')) {
        const match = /^\s*(.+?)\s+(\d)\s*$/.exec(entry);
        if (match?.[1] === undefined) continue;
        const key = wordsOf(match[1]).map(stemWord).join(' ');
        const list = cues.get(key) ?? [];
        if (!list.some((cue) => cue.topic === topic))
          list.push({ topic, weight: Number(match[2]) });
        cues.set(key, list);
      }
    }
    return new TopicClassifier(cues);
  }

  /** Topics above the thresholds, strongest first (at most `maxTopics`). */
  classify(input: TopicInput, options: ClassifyOptions = DEFAULT_CLASSIFY_OPTIONS): TopicScore[] {
    const evidence = this.collect(input);
    const total = [...evidence.values()].reduce((sum, entry) => sum + entry.score, 0);
    if (total === 0) return [];
    const ranked = [...evidence.entries()]
      .map(([code, entry]) => ({
        code,
        label: labelOf(code),
        relevance: round(entry.score / total),
        confidence: round(1 - Math.exp(-entry.score / CONFIDENCE_SCALE)),
        cues: [...entry.cues.entries()]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, 8)
          .map(([cue, weight]) => `${cue} ${round(weight)}`),
      }))
      .sort((a, b) => b.relevance - a.relevance || a.code.localeCompare(b.code));
    return ranked
      .filter(
        (topic, rank) =>
          topic.confidence >= options.minConfidence &&
          (rank === 0 || topic.relevance >= options.minRelevance),
      )
      .slice(0, options.maxTopics);
  }

  private collect(
    input: TopicInput,
  ): Map<MediaTopicCode, { score: number; cues: Map<string, number> }> {
    const perCue = new Map<string, number>();
    const [lead = '', ...rest] = input.text.split(/\n\s*\n/);
    this.count(input.title ?? '', TITLE_WEIGHT, perCue);
    this.count(lead, LEAD_WEIGHT, perCue);
    this.count(rest.join('\n\n'), BODY_WEIGHT, perCue);

    const evidence = new Map<MediaTopicCode, { score: number; cues: Map<string, number> }>();
    const credit = (topic: MediaTopicCode, cue: string, amount: number): void => {
      const entry = evidence.get(topic) ?? { score: 0, cues: new Map<string, number>() };
      entry.score += amount;
      entry.cues.set(cue, (entry.cues.get(cue) ?? 0) + amount);
      evidence.set(topic, entry);
    };
    for (const [key, weight] of perCue) {
      for (const cue of this.cues.get(key) ?? []) {
        credit(cue.topic, key, cue.weight * Math.min(weight, MAX_WEIGHT_PER_CUE));
      }
    }
    for (const entity of input.entities ?? []) {
      if (entity.type !== 'organisation') continue;
      for (const [pattern, topic] of ENTITY_TOPIC_CUES) {
        if (pattern.test(entity.name)) credit(topic, `entity: ${entity.name}`, ENTITY_CUE_WEIGHT);
      }
    }
    return evidence;
  }

  /** Adds `weight` per occurrence of every unigram and bigram that is a cue. */
  private count(text: string, weight: number, into: Map<string, number>): void {
    if (text === '') return;
    const stems = wordsOf(text).map(stemWord);
    for (let index = 0; index < stems.length; index += 1) {
      const word = stems[index] ?? '';
      if (this.cues.has(word)) into.set(word, (into.get(word) ?? 0) + weight);
      const next = stems[index + 1];
      if (next === undefined) continue;
      const pair = `${word} ${next}`;
      if (this.cues.has(pair)) into.set(pair, (into.get(pair) ?? 0) + weight);
    }
  }
}

function labelOf(code: MediaTopicCode): string {
  return TOP_LEVEL_MEDIA_TOPICS.find((topic) => topic.code === code)?.label ?? code;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
