import type { FeedDocument } from '@newsflow/contracts';
import type { AddFeedRequest } from './feed-query';

/** Why a feed is due when an operator adds it: the scheduler shows this until the first poll. */
export const NEW_FEED_REASON = 'new feed';
export const READDED_FEED_REASON = 're-added by an operator';
export const RESUMED_FEED_REASON = 'resumed by an operator';
export const PAUSED_FEED_REASON = 'paused by an operator';

/** A newly registered feed: due now, never polled, health `new`. */
export function newFeedDocument(request: AddFeedRequest, now: Date): FeedDocument {
  return {
    _id: request.url,
    health: 'new',
    paused: false,
    consecutiveFailures: 0,
    itemsSeen: 0,
    nextPollAt: now,
    nextPollReason: NEW_FEED_REASON,
    createdAt: now,
    kind: request.kind ?? 'feed',
    ...(request.title !== undefined && { title: request.title }),
    ...(request.minIntervalSeconds !== undefined && {
      minIntervalSeconds: request.minIntervalSeconds,
    }),
    ...(request.maxIntervalSeconds !== undefined && {
      maxIntervalSeconds: request.maxIntervalSeconds,
    }),
  };
}

/**
 * Adding a removed feed again brings it back with its history (items already seen stay seen,
 * so nothing is ingested twice) and makes it due now. Settings given now replace the old ones.
 */
export function readdedFeedChanges(request: AddFeedRequest, now: Date) {
  return {
    removedAt: null,
    paused: false,
    pausedAt: null,
    nextPollAt: now,
    nextPollReason: READDED_FEED_REASON,
    ...(request.kind !== undefined && { kind: request.kind }),
    ...(request.title !== undefined && { title: request.title }),
    ...(request.minIntervalSeconds !== undefined && {
      minIntervalSeconds: request.minIntervalSeconds,
    }),
    ...(request.maxIntervalSeconds !== undefined && {
      maxIntervalSeconds: request.maxIntervalSeconds,
    }),
  } as const;
}

/** Pausing keeps all state; resuming makes the feed due at once, whatever back-off it was in. */
export function pauseChanges(paused: boolean, now: Date) {
  return paused
    ? ({ paused: true, pausedAt: now, nextPollReason: PAUSED_FEED_REASON } as const)
    : ({
        paused: false,
        pausedAt: null,
        nextPollAt: now,
        nextPollReason: RESUMED_FEED_REASON,
      } as const);
}

/**
 * Soft removal: the document stays (history, items seen). It is paused too, so a scheduler that
 * predates `removedAt` does not lease it either.
 */
export function removalChanges(now: Date) {
  return { removedAt: now, paused: true, pausedAt: now, nextPollReason: 'removed' } as const;
}
