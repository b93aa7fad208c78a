import { tokeniseWords } from '../text/text-normalisation.util';
import { wordShingles } from '../text/word-shingles.util';
import {
  DEFAULT_FINGERPRINT_CONFIG,
  fingerprintScheme,
  type ArticleFingerprint,
  type FingerprintConfig,
} from './fingerprint.model';
import { lshBucketKeys } from './lsh-banding.util';
import { minHashSignature } from './minhash.util';

/**
 * The words of an article body that fingerprints are built from: paragraphs (blank-line or
 * line separated) shorter than `minParagraphWords` are dropped, unless that would drop all.
 * The headline is deliberately not part of it: outlets rewrite headlines, not wire copy.
 */
export function fingerprintWords(
  body: string | readonly string[],
  minParagraphWords: number,
): string[] {
  const paragraphs = (typeof body === 'string' ? body.split(/\n+/u) : body).map(tokeniseWords);
  const kept = paragraphs.filter((words) => words.length >= minParagraphWords);
  return (kept.length > 0 ? kept : paragraphs).flat();
}

/** Shingles, MinHash signature and LSH bucket keys of an article body. */
export function computeFingerprint(
  body: string | readonly string[],
  config: FingerprintConfig = DEFAULT_FINGERPRINT_CONFIG,
): ArticleFingerprint {
  if (config.signatureSize < config.banding.bands * config.banding.rows) {
    throw new RangeError('signatureSize must be at least bands × rows');
  }
  const shingles = wordShingles(
    fingerprintWords(body, config.minParagraphWords),
    config.shingleSize,
  );
  const signature = minHashSignature(shingles, config.signatureSize);
  return {
    scheme: fingerprintScheme(config),
    shingles,
    shingleCount: shingles.length,
    signature,
    bucketKeys: lshBucketKeys(signature, config.banding),
  };
}
