import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PlaceGazetteer } from '@newsflow/geo';
import { NerTagger, scoreCounts } from '@newsflow/ner';
import { TopicClassifier } from '@newsflow/topics';
import type { EvalArguments } from './eval-arguments';
import {
  countSet,
  predictIndexTerms,
  reutersText,
  topicHit,
  type FieldCounts,
  type ReutersDocument,
  type ReutersLabelSets,
} from './reuters-evaluation';

const FIELDS = ['places', 'people', 'orgs'] as const;

/**
 * Document-level scoring on the Reuters-21578 JSONL layout: for each document with topics
 * assigned (the first `--limit`), the tagger's places (resolved to countries), people and
 * organisations, mapped to index terms, against the index; and whether the strongest Media
 * Topic is one the document's Reuters topics map to.
 */
export function evaluateReuters(options: EvalArguments): void {
  const labels = readLabelSets(options.labelsDir ?? path.dirname(options.file));
  const documents = readFileSync(options.file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ReutersDocument)
    .filter((document) => document.topicsAssigned === 'YES')
    .slice(0, options.limit ?? Number.POSITIVE_INFINITY);
  const tagger = NerTagger.fromBytes(readFileSync(options.model));
  const started = performance.now();
  const gazetteer = PlaceGazetteer.bundled();
  const classifier = TopicClassifier.create();
  const counts = Object.fromEntries(
    FIELDS.map((field) => [field, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  ) as Record<(typeof FIELDS)[number], FieldCounts>;
  let topicDocuments = 0;
  let topicHits = 0;
  let noTopic = 0;
  for (const document of documents) {
    const text = reutersText(document);
    const spans = tagger.tag(text, { minConfidence: options.minConfidence });
    const prediction = predictIndexTerms(document, text, spans, labels, gazetteer, classifier);
    for (const field of FIELDS) countSet(counts[field], prediction[field], document[field]);
    const hit = topicHit(prediction, document);
    if (hit === undefined) continue;
    topicDocuments += 1;
    if (hit) topicHits += 1;
    if (prediction.topics.length === 0) noTopic += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const scores = Object.fromEntries(FIELDS.map((field) => [field, scoreCounts(counts[field])]));
  console.log(
    `${options.file}: ${documents.length} documents with topics (${seconds.toFixed(1)} s)\n`,
  );
  const percent = (value: number): string => (value * 100).toFixed(1).padStart(5);
  console.log('field      P      R     F1');
  for (const field of FIELDS) {
    const score = scores[field];
    if (score === undefined) continue;
    console.log(
      `${field.padEnd(7)} ${percent(score.precision)}  ${percent(score.recall)}  ${percent(score.f1)}` +
        `  (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`,
    );
  }
  const accuracy = topicDocuments === 0 ? 0 : topicHits / topicDocuments;
  console.log(
    `topic   accuracy ${percent(accuracy)} % (${topicHits}/${topicDocuments}; no topic for ${noTopic})`,
  );
  const result = {
    file: options.file,
    documents: documents.length,
    matching: 'document-level sets of index terms; predictions outside the label sets dropped',
    ...scores,
    topics: { accuracy, documents: topicDocuments, hits: topicHits, noTopic },
  };
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwrote ${options.out}`);
}

function readLabelSets(folder: string): ReutersLabelSets {
  const read = (kind: string): Set<string> =>
    new Set(
      readFileSync(path.join(folder, `all-${kind}-strings.lc.txt`), 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
  return { places: read('places'), people: read('people'), orgs: read('orgs') };
}
