import { Gazetteer } from '../gazetteer/gazetteer';
import type { GazetteerData } from '../gazetteer/gazetteer.types';
import { AveragedPerceptron, type TrainingSentence } from '../model/averaged-perceptron';
import { buildLabelChain } from '../model/label-chain';
import { encodeSpans, labelsOf, type TagScheme, type TokenSpan } from '../model/label-scheme.util';
import type { ModelMetadata, NerModel } from '../model/ner-model.types';
import type { Token } from '../text/token.types';
import { analyseText } from './analyse-text.util';
import type { LabelledSpan } from './entity-span.types';

/** A text with its gold spans, e.g. one CoNLL document with its sentences on separate lines. */
export interface AnnotatedText {
  readonly text: string;
  readonly spans: readonly LabelledSpan[];
}

export interface TrainingOptions {
  readonly epochs: number;
  readonly scheme: TagScheme;
  readonly bucketBits: number;
  /** Seeds the sentence order of every epoch, so a run is reproducible. */
  readonly seed: number;
  readonly gazetteer: GazetteerData;
  readonly metadata?: ModelMetadata;
  /** Called with the averaged model after each epoch, e.g. to print a dev-set score. */
  readonly onEpoch?: (epoch: number, model: NerModel, sentenceAccuracy: number) => void;
}

/**
 * Trains a tagger on annotated texts with the averaged structured perceptron and returns the
 * model after the last epoch. The epoch count is fixed rather than picked per run on the dev
 * set, so the dev score stays an honest estimate.
 */
export function trainNerModel(texts: readonly AnnotatedText[], options: TrainingOptions): NerModel {
  const labels = labelsOf(options.scheme);
  const gazetteer = new Gazetteer(options.gazetteer);
  const sentences = texts.flatMap((annotated) =>
    toTrainingSentences(annotated, gazetteer, options.scheme, labels),
  );
  const perceptron = new AveragedPerceptron(
    buildLabelChain(labels, options.scheme),
    options.bucketBits,
  );
  const random = seededRandom(options.seed);
  const order = sentences.map((_, index) => index);
  let last: NerModel | null = null;
  for (let epoch = 1; epoch <= options.epochs; epoch += 1) {
    shuffle(order, random);
    let correct = 0;
    for (const index of order) {
      const sentence = sentences[index];
      if (sentence !== undefined && perceptron.learn(sentence)) correct += 1;
    }
    const averaged = perceptron.averaged();
    last = {
      scheme: options.scheme,
      labels,
      bucketBits: options.bucketBits,
      weights: averaged.weights,
      scale: 1,
      transitions: averaged.transitions,
      gazetteer: options.gazetteer,
      metadata: { ...options.metadata, epochs: epoch },
    };
    options.onEpoch?.(epoch, last, correct / Math.max(1, sentences.length));
  }
  if (last === null) throw new Error('training needs at least one epoch');
  return last;
}

function toTrainingSentences(
  annotated: AnnotatedText,
  gazetteer: Gazetteer,
  scheme: TagScheme,
  labels: readonly string[],
): TrainingSentence[] {
  return analyseText(annotated.text, gazetteer).map((sentence) => ({
    features: sentence.features,
    gold: encodeSpans(
      sentence.tokens.length,
      projectSpans(sentence.tokens, annotated.spans),
      scheme,
      labels,
    ),
  }));
}

/** Gold character spans onto this sentence's tokens: a token belongs to a span it overlaps. */
function projectSpans(tokens: readonly Token[], spans: readonly LabelledSpan[]): TokenSpan[] {
  const projected: TokenSpan[] = [];
  for (const span of spans) {
    let first = -1;
    let last = -1;
    tokens.forEach((token, index) => {
      if (token.start < span.end && token.end > span.start) {
        if (first === -1) first = index;
        last = index;
      }
    });
    const previous = projected[projected.length - 1];
    if (first !== -1 && (previous === undefined || previous.last < first)) {
      projected.push({ first, last, label: span.label });
    }
  }
  return projected;
}

/** mulberry32: small, fast and identical on every platform. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(values: number[], random: () => number): void {
  for (let index = values.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const value = values[index] ?? 0;
    values[index] = values[other] ?? 0;
    values[other] = value;
  }
}
