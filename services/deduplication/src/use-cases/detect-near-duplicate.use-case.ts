import { Inject, Injectable } from '@nestjs/common';
import type { ExtractedArticle } from '@newsflow/contracts';
import {
  bucketWindows,
  computeFingerprint,
  dayWindow,
  decideNearDuplicate,
  extractStoryFeatures,
  recogniseAgencyItem,
  type NearDuplicateDecision,
} from '@newsflow/similarity';
import { DEDUPLICATION_CONFIG, type DeduplicationConfig } from '../config/deduplication.config';
import { toStoredFeatures } from '../domain/stored-story-features';
import {
  FINGERPRINT_INDEX,
  type FingerprintIndex,
  type FingerprintRecord,
} from '../ports/fingerprint.index';

/** The near-duplicate verdict of one article and what was found on the way. */
export interface NearDuplicateFinding {
  readonly record: FingerprintRecord;
  readonly decision: NearDuplicateDecision;
  /** Every retained article sharing a bucket with this one (the story candidates' source). */
  readonly neighbours: readonly FingerprintRecord[];
}

/**
 * Fingerprint → store → buckets → exact verification. The fingerprint is stored before any
 * bucket write, so every id a racing article finds in a bucket can be verified; joining a bucket
 * returns the members that joined before, so of two racing copies the later sees the earlier.
 */
@Injectable()
export class DetectNearDuplicateUseCase {
  constructor(
    @Inject(FINGERPRINT_INDEX) private readonly index: FingerprintIndex,
    @Inject(DEDUPLICATION_CONFIG) private readonly config: DeduplicationConfig,
  ) {}

  async execute(article: ExtractedArticle, now: Date): Promise<NearDuplicateFinding> {
    const window = dayWindow(now);
    const record: FingerprintRecord = {
      articleId: article.articleId,
      window,
      fingerprint: computeFingerprint(article.paragraphs),
      features: toStoredFeatures(
        extractStoryFeatures(
          article.title ? [article.title, ...article.paragraphs] : article.paragraphs,
        ),
      ),
      sourceId: article.sourceId,
      language: article.language,
      credit: article.credit?.agency ?? null,
      ownAgency: recogniseAgencyItem({
        sourceId: article.sourceId,
        urls: [article.url, article.canonicalUrl, article.feedUrl],
        credit: article.credit?.agency ?? null,
        byline: article.byline,
      }),
      title: article.title,
      paragraphs: article.paragraphs,
      publishedAt: article.publishedAt === null ? null : Date.parse(article.publishedAt),
      seenAt: Date.parse(article.ingestedAt),
    };
    await this.index.saveFingerprint(record);
    const windows = bucketWindows(window, this.config.nearDuplicates.retentionDays);
    const candidateIds = await this.index.addToBuckets(record, windows);
    const neighbours = (await this.index.loadFingerprints(candidateIds)).filter(
      (other) => other.fingerprint.scheme === record.fingerprint.scheme,
    );
    const decision = decideNearDuplicate(
      record.fingerprint,
      neighbours.map((other) => ({ articleId: other.articleId, fingerprint: other.fingerprint })),
    );
    return { record, decision, neighbours };
  }
}
