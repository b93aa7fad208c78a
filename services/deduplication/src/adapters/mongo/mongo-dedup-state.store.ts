import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  driverCollection,
  insertIfAbsent,
  insertNew,
  MONGO_CONNECTION,
} from '@newsflow/platform-mongo';
import type { Collection } from 'mongodb';
import type { Connection, Model } from 'mongoose';
import type { ArticleDedupState } from '../../domain/exact-duplicate';
import type { VersionText } from '../../domain/revision-summary';
import type { ContentClaim, DedupStateStore } from '../../ports/dedup-state.store';
import {
  dedupEmissionSchema,
  dedupVersionSchema,
  dedupVersionTextSchema,
  fingerprintSchema,
} from './dedup-state.schema';

interface FingerprintDocument {
  _id: string;
  firstArticleId: string;
  firstSeenAt: Date;
}

interface VersionDocument {
  _id: string;
  articleId: string;
  version: number;
  contentHash: string;
  createdAt: Date;
}

interface EmissionDocument {
  _id: string;
  at: Date;
}

interface VersionTextDocument {
  _id: string;
  title: string | null;
  paragraphs: string[];
  window: number;
}

const versionId = (articleId: string, version: number) => `${articleId}@v${version}`;

@Injectable()
export class MongoDedupStateStore implements DedupStateStore, OnModuleInit {
  private readonly models: Model<never>[];
  private readonly claims: Collection<FingerprintDocument>;
  private readonly versions: Collection<VersionDocument>;
  private readonly emissions: Collection<EmissionDocument>;
  private readonly texts: Collection<VersionTextDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const claims = connection.model<FingerprintDocument>('Fingerprint', fingerprintSchema);
    const versions = connection.model<VersionDocument>('DedupVersion', dedupVersionSchema);
    const emissions = connection.model<EmissionDocument>('DedupEmission', dedupEmissionSchema);
    const texts = connection.model<VersionTextDocument>('DedupVersionText', dedupVersionTextSchema);
    this.models = [claims, versions, emissions, texts] as unknown as Model<never>[];
    this.claims = driverCollection(claims);
    this.versions = driverCollection(versions);
    this.emissions = driverCollection(emissions);
    this.texts = driverCollection(texts);
  }

  /** Creates the collections and their declared indexes; start-up fails if the store refuses one. */
  async onModuleInit(): Promise<void> {
    await Promise.all(this.models.map((model) => model.init()));
  }

  async claimContent(contentHash: string, articleId: string): Promise<ContentClaim> {
    const _id = `sha256:${contentHash}`;
    if (
      await insertIfAbsent(this.claims, { _id, firstArticleId: articleId, firstSeenAt: new Date() })
    ) {
      return { owner: articleId, fresh: true };
    }
    const winner = await this.claims.findOne({ _id });
    if (!winner) throw new Error(`fingerprint ${_id} refused an insert but cannot be read`);
    return { owner: winner.firstArticleId, fresh: false };
  }

  async appendVersion(articleId: string, contentHash: string): Promise<number> {
    const createdAt = new Date();
    // Probing by insert costs one index lookup on every store, where reading a missing version
    // would scan the collection on FerretDB; revisions are rare, so a new article tries once.
    for (let version = 1; ; version += 1) {
      const doc = {
        _id: versionId(articleId, version),
        articleId,
        version,
        contentHash,
        createdAt,
      };
      if (await insertIfAbsent(this.versions, doc)) return version;
    }
  }

  async findArticle(articleId: string): Promise<ArticleDedupState | null> {
    const latest = await this.latestVersion(articleId);
    if (latest === null) return null;
    const emitted = await this.emissions.findOne({ _id: latest._id }, { projection: { _id: 1 } });
    return {
      articleId,
      contentHash: latest.contentHash,
      version: latest.version,
      emitted: emitted !== null,
    };
  }

  async markEmitted(articleId: string, version: number): Promise<void> {
    await insertNew(this.emissions, [{ _id: versionId(articleId, version), at: new Date() }]);
  }

  async saveVersionText(
    articleId: string,
    version: number,
    text: VersionText,
    window: number,
  ): Promise<void> {
    await insertNew(this.texts, [
      {
        _id: versionId(articleId, version),
        title: text.title,
        paragraphs: [...text.paragraphs],
        window,
      },
    ]);
  }

  async findVersionText(articleId: string, version: number): Promise<VersionText | null> {
    const doc = await this.texts.findOne({ _id: versionId(articleId, version) });
    return doc ? { title: doc.title ?? null, paragraphs: doc.paragraphs } : null;
  }

  /** Deletes revision texts of windows before `oldestRetained`; returns how many. */
  async sweepTexts(oldestRetained: number): Promise<number> {
    return (await this.texts.deleteMany({ window: { $lt: oldestRetained } })).deletedCount;
  }

  /** Versions are dense from 1: double until one is missing, then bisect (O(log n) `_id` reads). */
  private async latestVersion(articleId: string): Promise<VersionDocument | null> {
    const read = (version: number) => this.versions.findOne({ _id: versionId(articleId, version) });
    let found = await read(1);
    if (found === null) return null;
    let low = 1;
    let high = 2;
    for (let next = await read(high); next !== null; next = await read(high)) {
      [found, low, high] = [next, high, high * 2];
    }
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      const doc = await read(middle);
      if (doc === null) high = middle;
      else [found, low] = [doc, middle];
    }
    return found;
  }
}
