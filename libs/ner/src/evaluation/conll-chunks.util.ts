import type { EntityLabel } from '../gazetteer/gazetteer.types';
import type { TokenSpan } from '../model/label-scheme.util';
import type { AnnotatedText } from '../tagger/train-ner-model.util';
import type { ConllDocument } from './conll-format.util';

/**
 * Chunks of an IOB tag sequence by conlleval's rules, which read IOB1 (CoNLL-2003) and IOB2
 * alike: a chunk starts at any B-, at an I- after O, and at any change of class; it runs while
 * I- tags of its class follow.
 */
export function conllChunks(tags: readonly string[]): TokenSpan[] {
  const chunks: TokenSpan[] = [];
  let open: { first: number; label: string } | null = null;
  const close = (last: number): void => {
    if (open !== null) chunks.push({ first: open.first, last, label: open.label as EntityLabel });
    open = null;
  };
  tags.forEach((tag, index) => {
    if (tag === 'O' || tag.length < 3) {
      close(index - 1);
      return;
    }
    const prefix = tag.charAt(0);
    const label = tag.slice(2);
    if (prefix === 'B' || open === null || open.label !== label) {
      close(index - 1);
      open = { first: index, label };
    }
  });
  close(tags.length - 1);
  return chunks;
}

/**
 * A CoNLL document as the text a tagger would read: each sentence's tokens joined by single
 * spaces, sentences on lines of their own, with the gold chunks as character spans.
 */
export function conllDocumentText(document: ConllDocument): AnnotatedText {
  let text = '';
  const spans: AnnotatedText['spans'][number][] = [];
  document.sentences.forEach((sentence, index) => {
    if (index > 0) text += '\n';
    const starts: number[] = [];
    sentence.tokens.forEach((token, position) => {
      if (position > 0) text += ' ';
      starts.push(text.length);
      text += token;
    });
    for (const chunk of conllChunks(sentence.tags)) {
      const start = starts[chunk.first] ?? 0;
      const lastStart = starts[chunk.last] ?? 0;
      const end = lastStart + (sentence.tokens[chunk.last]?.length ?? 0);
      spans.push({ start, end, label: chunk.label });
    }
  });
  return { text, spans };
}
