import { Inject, Injectable } from '@nestjs/common';
import type { FeedDocument } from '@newsflow/contracts';
import { encodeFeedCursor, type AddFeedRequest, type FeedListQuery } from '../domain/feed-query';
import {
  newFeedDocument,
  pauseChanges,
  readdedFeedChanges,
  removalChanges,
} from '../domain/feed-registration';
import { toFeedView, type FeedView } from '../domain/feed-view';
import {
  FEED_REGISTRY_STORE,
  type FeedChanges,
  type FeedRegistryStore,
} from '../ports/feed-registry.store';

export type AddFeedOutcome = 'added' | 're-added' | 'already-registered';

export interface FeedPage {
  readonly items: FeedView[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  readonly nextCursor: string | null;
}

export type FeedChangeResult =
  | { readonly ok: true; readonly feed: FeedView }
  | { readonly ok: false; readonly reason: 'not-found' | 'removed' };

// A write the store loses to a concurrent poll result (FerretDB updates are read-modify-write,
// measured) is detected by reading the document back and written again.
const WRITE_ATTEMPTS = 3;

@Injectable()
export class ManageFeedsUseCase {
  constructor(@Inject(FEED_REGISTRY_STORE) private readonly store: FeedRegistryStore) {}

  /** Registers a feed, due at once. A removed feed comes back; a registered one is left alone. */
  async add(
    request: AddFeedRequest,
    now = new Date(),
  ): Promise<{ outcome: AddFeedOutcome; feed: FeedView }> {
    const doc = newFeedDocument(request, now);
    if (await this.store.insert(doc)) return { outcome: 'added', feed: toFeedView(doc) };
    const existing = await this.store.get(request.url);
    if (!existing) throw new Error(`feed ${request.url} is neither insertable nor stored`);
    if (!existing.removedAt) return { outcome: 'already-registered', feed: toFeedView(existing) };
    const restored = await this.change(request.url, readdedFeedChanges(request, now), (d) => {
      return !d.removedAt;
    });
    return { outcome: 're-added', feed: toFeedView(restored ?? existing) };
  }

  async get(url: string): Promise<FeedView | null> {
    const doc = await this.store.get(url);
    return doc ? toFeedView(doc) : null;
  }

  async list(query: FeedListQuery): Promise<FeedPage> {
    // One extra row tells whether another page exists without a count query.
    const docs = await this.store.list({ ...query, limit: query.limit + 1 });
    const page = docs.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toFeedView),
      nextCursor: docs.length > query.limit && last ? encodeFeedCursor(last._id) : null,
    };
  }

  /** Idempotent: pausing a paused feed (or resuming an active one) changes nothing. */
  async setPaused(url: string, paused: boolean, now = new Date()): Promise<FeedChangeResult> {
    const doc = await this.store.get(url);
    if (!doc) return { ok: false, reason: 'not-found' };
    if (doc.removedAt) return { ok: false, reason: 'removed' };
    if (doc.paused === paused) return { ok: true, feed: toFeedView(doc) };
    const changed = await this.change(url, pauseChanges(paused, now), (d) => d.paused === paused);
    return changed ? { ok: true, feed: toFeedView(changed) } : { ok: false, reason: 'not-found' };
  }

  /** Soft removal; removing a removed feed again is a no-op. */
  async remove(url: string, now = new Date()): Promise<FeedChangeResult> {
    const doc = await this.store.get(url);
    if (!doc) return { ok: false, reason: 'not-found' };
    if (doc.removedAt) return { ok: true, feed: toFeedView(doc) };
    const changed = await this.change(url, removalChanges(now), (d) => Boolean(d.removedAt));
    return changed ? { ok: true, feed: toFeedView(changed) } : { ok: false, reason: 'not-found' };
  }

  private async change(
    url: string,
    changes: FeedChanges,
    applied: (doc: FeedDocument) => boolean,
  ): Promise<FeedDocument | null> {
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt += 1) {
      const doc = await this.store.update(url, changes);
      if (!doc || applied(doc)) return doc;
    }
    throw new Error(`feed ${url} kept losing the change to concurrent writes`);
  }
}
