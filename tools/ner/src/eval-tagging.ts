// Scores the entity tagger against a labelled file. Usage: npm run eval:tagging -- <file>
// [--model file] [--per-sentence] [--out result.json] for CoNLL files; a .jsonl file is scored
// document by document against its Reuters-21578 index terms (see eval-reuters.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  evaluateOnConll,
  NerTagger,
  parseConll,
  type LabelledSpan,
  type TagOptions,
} from '@newsflow/ner';
import { parseEvalArguments } from './eval-arguments';
import { evaluateReuters } from './eval-reuters';
import { formatEvaluation } from './format-scores';

function main(): void {
  const options = parseEvalArguments(process.argv.slice(2));
  if (options.file.endsWith('.jsonl')) {
    evaluateReuters(options);
    return;
  }
  const documents = parseConll(readFileSync(options.file, 'utf8'));
  const tagger = NerTagger.fromBytes(readFileSync(options.model));
  const started = performance.now();
  const tagOptions = { minConfidence: options.minConfidence };
  const tag = options.perSentence
    ? (text: string) => tagLines(tagger, text, tagOptions)
    : (text: string) => tagger.tag(text, tagOptions);
  const evaluation = evaluateOnConll(documents, tag);
  const seconds = (performance.now() - started) / 1000;

  const mode = options.perSentence ? 'each sentence tagged alone' : 'each document as one text';
  console.log(
    `${options.file}: ${evaluation.documents} documents, ${evaluation.sentences} sentences, ` +
      `${mode} (${seconds.toFixed(1)} s)\n`,
  );
  console.log(formatEvaluation(evaluation));
  const result = {
    file: options.file,
    model: path.relative(process.cwd(), options.model),
    modelMetadata: tagger.model.metadata,
    mode: options.perSentence ? 'per-sentence' : 'per-document',
    minConfidence: options.minConfidence ?? 'tagger default (0.5)',
    matching: 'exact span and class (conlleval); MISC ignored',
    ...evaluation,
  };
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwrote ${options.out}`);
}

/** Tags each line as a text of its own and shifts its spans back into the whole text. */
function tagLines(tagger: NerTagger, text: string, tagOptions: TagOptions): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const span of tagger.tag(line, tagOptions)) {
      spans.push({ start: span.start + offset, end: span.end + offset, label: span.label });
    }
    offset += line.length + 1;
  }
  return spans;
}

try {
  main();
} catch (error: unknown) {
  console.error('[eval:tagging]', error instanceof Error ? error.message : error);
  process.exit(1);
}
