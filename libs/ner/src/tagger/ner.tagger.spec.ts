import { annotate, TOY_CORPUS } from '../__fixtures__/toy-corpus.fixture';
import { trainToyModel } from '../__fixtures__/toy-model.fixture';
import { quantiseModel } from '../model/quantise-model.util';
import type { LabelledSpan } from './entity-span.types';
import { NerTagger } from './ner.tagger';

// A toy model is never confident enough for the production cut-off; read its Viterbi path.
const PATH = { minConfidence: 0 };
const WITH_MISC = { minConfidence: 0, includeMisc: true };

const bare = (spans: readonly LabelledSpan[]): LabelledSpan[] =>
  spans.map(({ start, end, label }) => ({ start, end, label }));

describe('NerTagger with a toy model', () => {
  const tagger = new NerTagger(quantiseModel(trainToyModel()));

  it('learns its training texts', () => {
    for (const { text, spans } of TOY_CORPUS)
      expect(bare(tagger.tag(text, WITH_MISC))).toEqual(spans);
  });

  it('tags unseen text by context and reports exact offsets', () => {
    const { text, spans } = annotate('On Friday minister [Anna Berg|PER] flew to [Porto|LOC].');
    const found = tagger.tag(text, PATH);
    expect(bare(found)).toEqual(spans);
    for (const span of found) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(span.confidence).toBeGreaterThan(0);
      expect(span.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('models MISC but reports it only when asked', () => {
    const text = 'Coach Marta Silva praised the Danish fans in Sofia.';
    expect(tagger.tag(text, PATH).map((span) => span.label)).toEqual(['PER', 'LOC']);
    expect(tagger.tag(text, WITH_MISC).map((span) => span.label)).toEqual(['PER', 'MISC', 'LOC']);
  });

  it('drops spans below the confidence asked for, 0.5 by default', () => {
    const text = 'On Friday minister Anna Berg flew to Porto.';
    const all = tagger.tag(text, PATH);
    const lowest = Math.min(...all.map((span) => span.confidence));
    expect(tagger.tag(text, { minConfidence: lowest + 1e-9 })).toHaveLength(all.length - 1);
    expect(tagger.tag(text)).toEqual(all.filter((span) => span.confidence >= 0.5));
  });

  it('works with either tag scheme', () => {
    const bio = new NerTagger(trainToyModel('BIO'));
    const { text, spans } = TOY_CORPUS[1]!;
    expect(bare(bio.tag(text, WITH_MISC))).toEqual(spans);
  });

  it('returns nothing for empty text', () => {
    expect(tagger.tag('')).toEqual([]);
  });
});
