import { buildDocumentContext } from '../features/document-context.util';
import { extractFeatures, type SentenceFeatures } from '../features/extract-features.util';
import type { Gazetteer } from '../gazetteer/gazetteer';
import { splitSentences } from '../text/split-sentences.util';
import { tokenizeText } from '../text/tokenize-text.util';
import type { Token } from '../text/token.types';

/** A sentence ready to decode: its tokens (with offsets) and their hashed features. */
export interface AnalysedSentence {
  readonly tokens: readonly Token[];
  readonly features: SentenceFeatures;
}

/**
 * Raw text to decodable sentences: tokenise, split, then extract features with the whole text
 * as document context. Training and tagging both go through here, so the model always sees
 * text the way it will see it in production.
 */
export function analyseText(text: string, gazetteer: Gazetteer): AnalysedSentence[] {
  const sentences = splitSentences(text, tokenizeText(text));
  const words = sentences.map((sentence) => sentence.tokens.map((token) => token.text));
  const context = buildDocumentContext(words);
  return sentences.map((sentence, index) => ({
    tokens: sentence.tokens,
    features: extractFeatures(words[index] ?? [], context, gazetteer),
  }));
}
