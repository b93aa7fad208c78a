import { createHash } from 'node:crypto';
import { computeFingerprint, extractStoryFeatures } from '@newsflow/similarity';
import { Binary, type Db } from 'mongodb';
import type { SyntheticArticle } from './synthetic-news';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const binary = (values: Uint32Array) =>
  new Binary(Buffer.from(values.buffer, values.byteOffset, values.byteLength));

/**
 * Preloads `count` articles' worth of deduplication state, as the service stores it (same
 * collections, `_id` formats and document shapes), in bulk inserts: fingerprints with shingles,
 * signature, features and text; their bucket slots in the windows read today; content claims,
 * versions, emitted marks, decisions and story membership. Texts cycle through `templates` with a
 * per-article salt in the bucket keys and ids, so every stored article is distinct in the index.
 * Returns the seconds taken.
 */
export async function preloadPopulation(
  db: Db,
  templates: readonly SyntheticArticle[],
  count: number,
  windows: readonly number[],
  log: (line: string) => void,
): Promise<number> {
  const started = Date.now();
  const shapes = templates.map((t) => {
    const paragraphs = t.text.split('\n\n');
    const fingerprint = computeFingerprint(paragraphs);
    const features = extractStoryFeatures(paragraphs);
    return {
      paragraphs,
      fingerprint,
      features: {
        termKeys: [...features.terms.keys()],
        termCounts: [...features.terms.values()],
        nameKeys: [...features.names.keys()],
        nameCounts: [...features.names.values()],
        numbers: [...features.numbers],
      },
    };
  });
  const batch = 500;
  for (let first = 0; first < count; first += batch) {
    const ids = Array.from({ length: Math.min(batch, count - first) }, (_, i) => first + i);
    const docs = ids.map((n) => {
      const shape = shapes[n % shapes.length];
      if (!shape) throw new Error('no templates');
      const articleId = `art_${sha(`preload-${n}`).slice(0, 32)}`;
      const keys = shape.fingerprint.bucketKeys.map(
        (key) => `${key.slice(0, 3)}${sha(`${n}${key}`).slice(0, 16)}`,
      );
      return { n, articleId, shape, keys };
    });
    const window = windows[0] ?? 0;
    await Promise.all([
      db.collection('article_fingerprints').insertMany(
        docs.map(({ articleId, shape, keys }) => ({
          _id: articleId as never,
          window,
          scheme: shape.fingerprint.scheme,
          shingles: binary(shape.fingerprint.shingles),
          shingleCount: shape.fingerprint.shingleCount,
          signature: binary(shape.fingerprint.signature),
          bucketKeys: keys,
          features: shape.features,
          sourceId: 'preload.example',
          language: 'en',
          credit: null,
          ownAgency: null,
          title: null,
          paragraphs: shape.paragraphs,
          publishedAt: null,
          seenAt: Date.now(),
        })),
        { ordered: false },
      ),
      ...windows.map((w) =>
        db.collection(`lsh_slots_${w}`).insertMany(
          docs.flatMap(({ articleId, shape, keys }) =>
            keys.map((key) => ({
              _id: `${shape.fingerprint.scheme}|${key}#0` as never,
              articleId,
            })),
          ),
          { ordered: false },
        ),
      ),
      db.collection('fingerprints').insertMany(
        docs.map(({ n, articleId }) => ({
          _id: `sha256:${sha(`text-${n}`)}` as never,
          firstArticleId: articleId,
          firstSeenAt: new Date(),
        })),
        { ordered: false },
      ),
      db.collection('dedup_versions').insertMany(
        docs.map(({ n, articleId }) => ({
          _id: `${articleId}@v1` as never,
          articleId,
          version: 1,
          contentHash: sha(`text-${n}`),
          createdAt: new Date(),
        })),
        { ordered: false },
      ),
      db.collection('dedup_emissions').insertMany(
        docs.map(({ articleId }) => ({ _id: `${articleId}@v1` as never, at: new Date() })),
        { ordered: false },
      ),
      db.collection('dedup_decisions').insertMany(
        docs.map(({ articleId }) => ({
          _id: articleId as never,
          window,
          decision: {
            version: 1,
            verdict: 'unique',
            duplicateOf: null,
            similarity: null,
            containment: null,
            storyId: `story:${articleId}`,
            wire: null,
          },
        })),
        { ordered: false },
      ),
      db.collection('article_stories').insertMany(
        docs.map(({ articleId }) => ({
          _id: articleId as never,
          storyId: `story:${articleId}`,
          window,
        })),
        { ordered: false },
      ),
      db.collection('story_members').insertMany(
        docs.map(({ articleId }) => ({
          _id: `story:${articleId}|${articleId}` as never,
          storyId: `story:${articleId}`,
          articleId,
          title: null,
          time: Date.now(),
          sourceId: 'preload.example',
          language: 'en',
          originalRank: `1|${articleId}`,
        })),
        { ordered: false },
      ),
    ]);
    const done = first + ids.length;
    if (done % 10_000 === 0 || done === count) {
      log(`  preloaded ${done} articles (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  return (Date.now() - started) / 1000;
}
