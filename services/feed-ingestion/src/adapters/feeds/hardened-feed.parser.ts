import { Injectable } from '@nestjs/common';
import type { FeedParser, FeedParseResult } from '../../ports/feed.parser';
import { isFeedParseError, parseFeedDocument } from '@newsflow/feeds';

@Injectable()
export class HardenedFeedParser implements FeedParser {
  parse(body: string, feedUrl: string): FeedParseResult {
    try {
      return { ok: true, feed: parseFeedDocument(body, feedUrl) };
    } catch (error) {
      if (isFeedParseError(error))
        return { ok: false, kind: `feed-${error.kind}`, message: error.message };
      return {
        ok: false,
        kind: 'feed-unexpected',
        message: error instanceof Error ? error.message : String(error),
      };
    }
  }
}
