import { Inject, Injectable } from '@nestjs/common';
import {
  EMPTY_SITE_TEMPLATE,
  mergeSiteTemplates,
  observePage,
  templateLineKeys,
  type SiteTemplate,
} from '@newsflow/extraction';
import { SITE_TEMPLATE_STORE, type SiteTemplateStore } from '../ports/site-template.store';

interface CachedTemplate {
  /** As stored when last read. */
  stored: SiteTemplate;
  /** Pages this instance saw since its last flush. */
  pending: SiteTemplate;
  keys: ReadonlySet<string>;
  loadedAt: number;
}

// Other instances add to the stored template too; re-read it this often.
const RELOAD_MS = 5 * 60_000;
// Bounded memory with many sources: the least recently used leave first (flushed if pending).
const MAX_CACHED_SOURCES = 5_000;

/**
 * Learns each source's page template from the pages this instance extracts and hands the
 * learned lines to the extractor. Counts are flushed to the store in batches, not per page:
 * every update costs a collection scan on the local store. Two instances flushing one source
 * at the same moment can lose one batch of counts — harmless for a statistic that needs a
 * line on 40 % of pages, and far cheaper than a write per page.
 */
@Injectable()
export class SiteTemplateLearner {
  private readonly cache = new Map<string, CachedTemplate>();

  constructor(@Inject(SITE_TEMPLATE_STORE) private readonly store: SiteTemplateStore) {}

  /** The keys of `sourceId`'s template lines; empty until enough of its pages were seen. */
  async templateOf(sourceId: string | null): Promise<ReadonlySet<string>> {
    if (sourceId === null) return new Set();
    return (await this.entry(sourceId)).keys;
  }

  /** Counts one more page of `sourceId`: every line the extractor looked at. */
  async observe(sourceId: string | null, lines: readonly string[]): Promise<void> {
    if (sourceId === null || lines.length === 0) return;
    const entry = await this.entry(sourceId);
    entry.pending = observePage(entry.pending, lines);
    entry.keys = templateLineKeys(mergeSiteTemplates(entry.stored, entry.pending));
  }

  /** Writes every source's pending counts into its stored template. */
  async flush(now: Date = new Date()): Promise<number> {
    let flushed = 0;
    for (const [sourceId, entry] of this.cache) {
      if (entry.pending.pages === 0) continue;
      const pending = entry.pending;
      entry.pending = EMPTY_SITE_TEMPLATE;
      const current = (await this.store.load(sourceId)) ?? EMPTY_SITE_TEMPLATE;
      entry.stored = mergeSiteTemplates(current, pending);
      await this.store.save(sourceId, entry.stored, now);
      flushed += 1;
    }
    return flushed;
  }

  private async entry(sourceId: string): Promise<CachedTemplate> {
    const cached = this.cache.get(sourceId);
    if (cached !== undefined && Date.now() - cached.loadedAt < RELOAD_MS) {
      this.cache.delete(sourceId);
      this.cache.set(sourceId, cached);
      return cached;
    }
    const stored = (await this.store.load(sourceId)) ?? EMPTY_SITE_TEMPLATE;
    const pending = cached?.pending ?? EMPTY_SITE_TEMPLATE;
    const entry: CachedTemplate = {
      stored,
      pending,
      keys: templateLineKeys(mergeSiteTemplates(stored, pending)),
      loadedAt: Date.now(),
    };
    this.cache.delete(sourceId);
    this.cache.set(sourceId, entry);
    await this.evict();
    return entry;
  }

  private async evict(): Promise<void> {
    while (this.cache.size > MAX_CACHED_SOURCES) {
      const [oldest, entry] = this.cache.entries().next().value as [string, CachedTemplate];
      this.cache.delete(oldest);
      if (entry.pending.pages === 0) continue;
      const current = (await this.store.load(oldest)) ?? EMPTY_SITE_TEMPLATE;
      await this.store.save(oldest, mergeSiteTemplates(current, entry.pending), new Date());
    }
  }
}
