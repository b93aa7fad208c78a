import type { EntityLabel } from '../gazetteer/gazetteer.types';
import type { LabelledSpan } from '../tagger/entity-span.types';
import { conllDocumentText } from './conll-chunks.util';
import type { ConllDocument } from './conll-format.util';
import { addCounts, countSpans, scoreCounts, type SpanScores } from './span-metrics.util';

/** The classes the pipeline reports; MISC is scored by nobody. */
export const SCORED_LABELS: readonly EntityLabel[] = ['PER', 'ORG', 'LOC'];

export interface ConllEvaluation {
  readonly byLabel: Readonly<Record<string, SpanScores>>;
  /** Micro-averaged over `SCORED_LABELS`. */
  readonly overall: SpanScores;
  readonly documents: number;
  readonly sentences: number;
}

/**
 * Scores a tagger on CoNLL documents through the real text path: each document becomes text
 * (`conllDocumentText`), the tagger reads that text, and its character spans are compared with
 * the gold chunks exactly. A span the tokenizer cut differently from CoNLL simply misses.
 */
export function evaluateOnConll(
  documents: readonly ConllDocument[],
  tag: (text: string) => readonly LabelledSpan[],
): ConllEvaluation {
  const totals = new Map(SCORED_LABELS.map((label) => [label, addCounts()]));
  let sentences = 0;
  for (const document of documents) {
    const { text, spans } = conllDocumentText(document);
    sentences += document.sentences.length;
    for (const [label, counts] of countSpans(spans, tag(text), SCORED_LABELS)) {
      totals.set(label, addCounts(totals.get(label) ?? addCounts(), counts));
    }
  }
  const byLabel = Object.fromEntries(
    [...totals].map(([label, counts]) => [label, scoreCounts(counts)]),
  );
  return {
    byLabel,
    overall: scoreCounts(addCounts(...totals.values())),
    documents: documents.length,
    sentences,
  };
}
