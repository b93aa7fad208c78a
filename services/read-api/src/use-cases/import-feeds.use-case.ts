import { Injectable } from '@nestjs/common';
import type { FeedView } from '../domain/feed-view';
import { readOpml, type OpmlProblem } from '../domain/opml-reader';
import { writeOpml } from '../domain/opml-writer';
import { ManageFeedsUseCase, type AddFeedOutcome } from './manage-feeds.use-case';

export interface FeedImportResult {
  /** Feeds registered by this import (new, or removed before and now back). */
  readonly added: number;
  /** Feeds already registered, or listed twice in the file. */
  readonly alreadyPresent: number;
  readonly invalid: number;
  readonly feeds: { id: string; url: string; title: string | null; outcome: AddFeedOutcome }[];
  /** One entry per invalid outline, with the reason. */
  readonly problems: OpmlProblem[];
}

const EXPORT_PAGE = 500;

@Injectable()
export class ImportFeedsUseCase {
  constructor(private readonly feeds: ManageFeedsUseCase) {}

  /**
   * Registers every feed of an OPML subscription list. Throws OpmlError when the document as a
   * whole is unusable; single bad outlines are reported and skipped.
   */
  async importOpml(text: string, now = new Date()): Promise<FeedImportResult> {
    const opml = readOpml(text);
    const feeds: FeedImportResult['feeds'] = [];
    // One at a time: each is an insert by _id, and a big list must not flood the store.
    for (const entry of opml.feeds) {
      const { outcome, feed } = await this.feeds.add(
        { url: entry.url, ...(entry.title !== null && { title: entry.title }) },
        now,
      );
      feeds.push({ id: feed.id, url: feed.url, title: feed.title, outcome });
    }
    const added = feeds.filter((feed) => feed.outcome !== 'already-registered').length;
    return {
      added,
      alreadyPresent: feeds.length - added + opml.duplicates,
      invalid: opml.invalid.length,
      feeds,
      problems: opml.invalid,
    };
  }

  /** Every registered feed (paused ones included, removed ones not) as OPML 2.0. */
  async exportOpml(now = new Date()): Promise<string> {
    const all: FeedView[] = [];
    let afterUrl: string | undefined;
    for (;;) {
      const page = await this.feeds.list({
        removed: false,
        limit: EXPORT_PAGE,
        ...(afterUrl !== undefined && { afterUrl }),
      });
      all.push(...page.items);
      afterUrl = page.items.at(-1)?.url;
      if (page.nextCursor === null || afterUrl === undefined) return writeOpml(all, now);
    }
  }
}
