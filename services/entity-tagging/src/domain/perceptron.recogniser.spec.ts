import type { EntitySpan } from '@newsflow/ner';
import { PerceptronRecogniser } from './perceptron.recogniser';

const text = 'Minister Anna Berg of Nordbank visited Oslo with the Danish team.';

function span(name: string, label: EntitySpan['label'], confidence = 0.9): EntitySpan {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, label, confidence };
}

// The tagger is data-driven and tested in libs/ner; here only the mapping onto the port matters.
const tagger = {
  tag: (input: string): EntitySpan[] =>
    input === text
      ? [
          span('Anna Berg', 'PER', 0.97),
          span('Nordbank', 'ORG', 0.6),
          span('Oslo', 'LOC'),
          span('Danish', 'MISC'),
        ]
      : [],
};
const recogniser = new PerceptronRecogniser(tagger);

describe('PerceptronRecogniser', () => {
  it('maps the model’s classes onto entity types, keeps offsets and confidence, drops MISC', () => {
    expect(recogniser.recognise(text)).toEqual([
      { start: 9, end: 18, text: 'Anna Berg', type: 'person', confidence: 0.97 },
      { start: 22, end: 30, text: 'Nordbank', type: 'organisation', confidence: 0.6 },
      { start: 39, end: 43, text: 'Oslo', type: 'place', confidence: 0.9 },
    ]);
    for (const found of recogniser.recognise(text)) {
      expect(text.slice(found.start, found.end)).toBe(found.text);
    }
  });

  it('reads English, or text of undetermined language', () => {
    expect(recogniser.supportsLanguage('en')).toBe(true);
    expect(recogniser.supportsLanguage(null)).toBe(true);
    expect(recogniser.supportsLanguage('de')).toBe(false);
  });
});
