import { z } from 'zod';

/** One article of an evaluation file in the ECB+ layout. */
export interface EvalArticle {
  readonly doc: string;
  readonly topic: string;
  /** Gold event: two articles of a topic report the same event iff their clusters are equal. */
  readonly cluster: string;
  /** The article's lines, without the lines that are only its URL. */
  readonly lines: readonly string[];
}

const lineSchema = z.object({
  doc: z.string().min(1),
  topic: z.union([z.string(), z.number()]),
  cluster: z.union([z.string(), z.number()]),
  text: z.string(),
});

// Some articles open with their URL, tokenised ("http : / / www . example . com / …"). In the
// pipeline a URL is metadata, never body text, so it is not compared here either.
const URL_LINE = /^\s*(?:https?\s*:\s*\/\s*\/|www\s*\.)/iu;

/** Parses JSONL text; throws with the line number on a malformed line. */
export function readEvalCorpus(jsonl: string): EvalArticle[] {
  return jsonl
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim().length > 0)
    .map(({ line, number }) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new Error(`line ${number}: not JSON`);
      }
      const result = lineSchema.safeParse(parsed);
      if (!result.success) throw new Error(`line ${number}: ${result.error.message}`);
      const { doc, topic, cluster, text } = result.data;
      return {
        doc,
        topic: String(topic),
        cluster: String(cluster),
        lines: text.split('\n').filter((textLine) => !URL_LINE.test(textLine)),
      };
    });
}

/** Articles grouped by topic, topics in order of first appearance, articles in file order. */
export function groupByTopic(articles: readonly EvalArticle[]): EvalArticle[][] {
  const topics = new Map<string, EvalArticle[]>();
  for (const article of articles) {
    topics.set(article.topic, [...(topics.get(article.topic) ?? []), article]);
  }
  return [...topics.values()];
}
