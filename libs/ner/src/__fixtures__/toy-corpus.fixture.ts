import type { EntityLabel } from '../gazetteer/gazetteer.types';
import type { AnnotatedText } from '../tagger/train-ner-model.util';

const MARK = /\[([^|\]]+)\|(PER|ORG|LOC|MISC)\]/g;

/**
 * Builds an annotated text from a template where names are marked `[Name|LABEL]`, so a test
 * corpus stays readable and its offsets cannot drift from its text.
 */
export function annotate(marked: string): AnnotatedText {
  let text = '';
  let cursor = 0;
  const spans: { start: number; end: number; label: EntityLabel }[] = [];
  for (const match of marked.matchAll(MARK)) {
    text += marked.slice(cursor, match.index);
    const name = match[1] ?? '';
    const label = match[2] as EntityLabel;
    spans.push({ start: text.length, end: text.length + name.length, label });
    text += name;
    cursor = match.index + match[0].length;
  }
  return { text: text + marked.slice(cursor), spans };
}

/** A tiny invented corpus with regular patterns a linear tagger learns in a few epochs. */
export const TOY_CORPUS: readonly AnnotatedText[] = [
  'Minister [Anna Berg|PER] visited [Oslo|LOC] on Monday.\nShe met officials of [Nordbank|ORG] there.',
  '[Piet Kramer|PER] flew to [Lyon|LOC] with a [Dutch|MISC] delegation.',
  'Shares in [Nordbank|ORG] rose after [Marta Silva|PER] spoke in [Porto|LOC].',
  'The talks in [Oslo|LOC] ended. [Anna Berg|PER] said [Fjordtel|ORG] would invest.',
  'President [Ivan Petrov|PER] arrived in [Sofia|LOC] on Tuesday.',
  '[Fjordtel|ORG] said profits fell in [Lyon|LOC] and [Porto|LOC].',
  'Coach [Marta Silva|PER] praised the [Danish|MISC] fans in [Sofia|LOC].',
  'Analysts at [Nordbank|ORG] expect [Piet Kramer|PER] to resign.',
  'Officials in [Porto|LOC] said the [Fjordtel|ORG] plant would close.',
  '[Ivan Petrov|PER] and [Anna Berg|PER] met in [Lyon|LOC] last week.',
  'On Friday the market in [Sofia|LOC] was closed. On Sunday it opened.',
  'The minister said on Thursday that [Nordbank|ORG] would pay.',
].map(annotate);
