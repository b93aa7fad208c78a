import type { CandidateSpan } from './candidate-span.types';
import { combineSpans } from './combine-spans.util';
import { StaticVocabulary } from './static.vocabulary';

const vocabulary = new StaticVocabulary([
  { id: 'wikidata:Q458', type: 'organisation', name: 'European Union', aliases: ['EU'] },
  { id: 'wikidata:Q212', type: 'place', name: 'Ukraine', aliases: [] },
  { id: 'wikidata:Q64', type: 'place', name: 'Berlin', aliases: [] },
]);

function candidate(text: string, value: string, type: CandidateSpan['type']): CandidateSpan {
  const start = text.indexOf(value);
  return { start, end: start + value.length, text: value, type, confidence: 0.8, entry: undefined };
}

describe('combineSpans', () => {
  it('splits a recognised run made only of known names', () => {
    const text = 'The European Union Ukraine envoy spoke.';
    const spans = combineSpans(
      text,
      [candidate(text, 'European Union Ukraine', 'organisation')],
      vocabulary.findIn(text),
      vocabulary,
    );
    expect(spans.map((span) => [span.text, span.entry?.id])).toEqual([
      ['European Union', 'wikidata:Q458'],
      ['Ukraine', 'wikidata:Q212'],
    ]);
  });

  it('keeps a longer recognised name over a known name inside it', () => {
    const text = 'She studied at the Free University of Berlin.';
    const spans = combineSpans(
      text,
      [candidate(text, 'Free University of Berlin', 'organisation')],
      vocabulary.findIn(text),
      vocabulary,
    );
    expect(spans.map((span) => span.text)).toEqual(['Free University of Berlin']);
  });

  it('joins adjacent pieces of one person name', () => {
    const text = 'Envoy Staffan de Mistura said.';
    const spans = combineSpans(
      text,
      [candidate(text, 'Staffan', 'person'), candidate(text, 'Mistura', 'person')],
      [],
      vocabulary,
    );
    expect(spans.map((span) => [span.text, text.slice(span.start, span.end)])).toEqual([
      ['Staffan de Mistura', 'Staffan de Mistura'],
    ]);
  });
});
