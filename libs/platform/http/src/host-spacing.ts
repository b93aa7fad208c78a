interface HostStart {
  /** Reserved start of the latest request, ms since epoch. */
  startAt: number;
  /** Spacing that start was reserved with: nothing may start before startAt + spacingMs. */
  spacingMs: number;
}

/**
 * Start-time bookkeeping per host, without timers: when may the next request start so that
 * starts stay at least the host's spacing apart. Reservations are handed out in call order, so
 * callers that reserve when they get a concurrency slot start in that order.
 */
export class HostSpacing {
  private readonly starts = new Map<string, HostStart>();

  /**
   * Reserves the earliest start at or after `nowMs` that keeps `spacingMs` after the previous
   * start, or returns undefined (reserving nothing) when that would be later than `latestMs`.
   */
  reserve(host: string, spacingMs: number, nowMs: number, latestMs = Infinity): number | undefined {
    const previous = this.starts.get(host);
    const startAt = previous === undefined ? nowMs : Math.max(nowMs, previous.startAt + spacingMs);
    if (startAt > latestMs) return undefined;
    this.starts.set(host, { startAt, spacingMs });
    return startAt;
  }

  /** Ms from `nowMs` until the host's spacing allows a start (0 when it already does). */
  remainingMs(host: string, nowMs: number): number {
    const previous = this.starts.get(host);
    return previous === undefined ? 0 : Math.max(0, previous.startAt + previous.spacingMs - nowMs);
  }

  /**
   * Forgets a host whose spacing has run out, so memory follows the hosts active lately rather
   * than every host ever fetched. Returns true when the host is no longer tracked.
   */
  forgetIfElapsed(host: string, nowMs: number): boolean {
    if (this.remainingMs(host, nowMs) > 0) return false;
    this.starts.delete(host);
    return true;
  }

  get size(): number {
    return this.starts.size;
  }
}
