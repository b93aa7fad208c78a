// Measures the tagger on original 500–600-word news articles (tools/ner/fixtures): articles and
// tokens per second on one core, and memory; then the same with GeoNames place resolution and
// Media Topic classification added. Usage: npm run bench:tagging -- [--model file] [--seconds N]
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PlaceGazetteer, resolvePlaces } from '@newsflow/geo';
import { NerTagger, tokenizeText } from '@newsflow/ner';
import { TopicClassifier } from '@newsflow/topics';
import { BENCH_FIXTURES_DIR, DEFAULT_MODEL_PATH } from './ner-tool-paths';

const WARM_UP_ROUNDS = 30;

function main(): void {
  const argv = process.argv.slice(2);
  const modelPath = flag(argv, '--model') ?? DEFAULT_MODEL_PATH;
  const seconds = Number(flag(argv, '--seconds') ?? '5');
  const articles = readdirSync(BENCH_FIXTURES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(BENCH_FIXTURES_DIR, name), 'utf8'));
  const words = articles.map((text) => text.split(/\s+/).filter(Boolean).length);
  const tokens = articles.reduce((sum, text) => sum + tokenizeText(text).length, 0);

  const before = process.memoryUsage();
  const loadStarted = performance.now();
  const tagger = NerTagger.fromBytes(readFileSync(modelPath));
  const loadMs = performance.now() - loadStarted;
  const loaded = process.memoryUsage();

  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) {
    for (const text of articles) tagger.tag(text);
  }
  let tagged = 0;
  let rounds = 0;
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    for (const text of articles) tagged += tagger.tag(text).length;
    rounds += 1;
  }
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  // CPU time, not wall time: other processes sharing the cores do not deflate the figure.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const after = process.memoryUsage();

  const perSecond = (rounds * articles.length) / cpuSeconds;
  const wallPerSecond = (rounds * articles.length) / elapsed;
  const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
  const cpuModel = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`machine: ${os.cpus().length} cores (${cpuModel}), Node ${process.version}`);
  console.log(
    `articles: ${articles.length} fixtures, ${Math.min(...words)}–${Math.max(...words)} words, ` +
      `${tokens} tokens in all; ${tagged / rounds} entities per round`,
  );
  console.log(
    `model: ${path.relative(process.cwd(), modelPath)} loaded in ${loadMs.toFixed(0)} ms`,
  );
  console.log(
    `speed (one core, per CPU second): ${perSecond.toFixed(0)} articles/s, ` +
      `${((rounds * tokens) / cpuSeconds).toFixed(0)} tokens/s ` +
      `(wall clock: ${wallPerSecond.toFixed(0)} articles/s)`,
  );
  console.log(
    `memory: model adds ${mb(loaded.heapUsed + loaded.arrayBuffers - before.heapUsed - before.arrayBuffers)} MB ` +
      `(heap + array buffers); after the run heap ${mb(after.heapUsed)} MB, rss ${mb(after.rss)} MB`,
  );
  benchPlacesAndTopics(tagger, articles, seconds);
}

/** Articles per CPU second of NER followed by place resolution and topic classification. */
function benchPlacesAndTopics(
  tagger: NerTagger,
  articles: readonly string[],
  seconds: number,
): void {
  const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
  const before = process.memoryUsage();
  const loadStarted = performance.now();
  const gazetteer = PlaceGazetteer.bundled();
  const classifier = TopicClassifier.create();
  const loadMs = performance.now() - loadStarted;
  const loaded = process.memoryUsage();
  const run = (text: string): number => {
    const spans = tagger.tag(text);
    const places = new Map<string, { start: number; end: number }[]>();
    for (const span of spans.filter((candidate) => candidate.label === 'LOC')) {
      const name = text.slice(span.start, span.end);
      places.set(name, [...(places.get(name) ?? []), span]);
    }
    const mentions = [...places].map(([name, found]) => ({
      key: name,
      names: [name],
      spans: found,
    }));
    return (
      resolvePlaces(mentions, text, gazetteer).length +
      classifier.classify({ title: null, text }).length
    );
  };
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) for (const text of articles) run(text);
  let rounds = 0;
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    for (const text of articles) run(text);
    rounds += 1;
  }
  const cpu = process.cpuUsage(cpuStarted);
  const perSecond = (rounds * articles.length) / ((cpu.user + cpu.system) / 1e6);
  console.log(
    `with places and topics: ${perSecond.toFixed(0)} articles/s per CPU second; gazetteer and ` +
      `classifier built in ${loadMs.toFixed(0)} ms, adding ${mb(loaded.heapUsed + loaded.arrayBuffers - before.heapUsed - before.arrayBuffers)} MB ` +
      `(heap + array buffers); rss now ${mb(process.memoryUsage().rss)} MB`,
  );
}

function flag(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index === -1 ? undefined : argv[index + 1];
}

main();
