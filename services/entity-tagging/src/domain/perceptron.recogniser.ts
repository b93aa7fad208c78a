import type { EntityType } from '@newsflow/contracts';
import type { EntityLabel, NerTagger } from '@newsflow/ner';
import type { EntityRecogniser, RecognisedSpan } from './entity-recogniser.interface';

const TYPE_BY_LABEL: Readonly<Partial<Record<EntityLabel, EntityType>>> = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'place',
};

/**
 * The trained recogniser: an averaged-perceptron sequence tagger from `@newsflow/ner`, trained
 * on English news (CoNLL-2003), mapped onto the pipeline's entity types. Its confidence is the
 * model's own posterior for the span, so downstream scoring can weigh it like compromise's.
 */
export class PerceptronRecogniser implements EntityRecogniser {
  constructor(private readonly tagger: Pick<NerTagger, 'tag'>) {}

  supportsLanguage(language: string | null): boolean {
    return language === null || language === 'en';
  }

  recognise(text: string): RecognisedSpan[] {
    return this.tagger.tag(text).flatMap((span) => {
      const type = TYPE_BY_LABEL[span.label];
      if (type === undefined) return [];
      return [
        { start: span.start, end: span.end, text: span.text, type, confidence: span.confidence },
      ];
    });
  }
}
