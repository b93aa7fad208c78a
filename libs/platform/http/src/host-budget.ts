import { setTimeout as sleep } from 'node:timers/promises';
import PQueue from 'p-queue';

import { HostSpacing } from './host-spacing';
import { SafeHttpError } from './safe-http-error';

export interface HostBudgetOptions {
  /** Requests in flight to one host at once. */
  maxConcurrency: number;
  /** Longest a request may wait for its turn (slot and spacing) before failing 'host-busy'. */
  maxWaitMs: number;
  /** Clock, for tests. */
  now?: () => number;
}

interface Lane {
  readonly queue: PQueue;
  evictTimer: NodeJS.Timeout | undefined;
}

/** A task that ran in its turn, with how long it waited for that turn. */
export interface BudgetedResult<T> {
  readonly value: T;
  readonly waitedMs: number;
}

function busy(host: string, waitMs: number): SafeHttpError {
  return new SafeHttpError(
    'host-busy',
    `${host} has more queued requests than its politeness budget can start within ${waitMs} ms`,
    { retryAfterSeconds: Math.ceil(waitMs / 1000) },
  );
}

/**
 * The per-host politeness budget: at most `maxConcurrency` requests in flight per host, and
 * request starts at least the host's spacing apart, whatever the caller (feed poll, page fetch,
 * robots.txt). One p-queue per host; a host's queue is dropped once it is idle and its spacing
 * has elapsed, so memory follows the hosts active in the last minute, not every host ever seen.
 */
export class HostBudget {
  private readonly lanes = new Map<string, Lane>();
  private readonly spacing = new HostSpacing();
  private readonly now: () => number;

  constructor(private readonly options: HostBudgetOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Runs `task` in the host's turn: a free slot, then the spacing after the previous start. */
  async run<T>(
    host: string,
    spacingMs: number,
    task: () => Promise<T>,
  ): Promise<BudgetedResult<T>> {
    const key = host.toLowerCase();
    const lane = this.lane(key);
    const enqueuedAt = this.now();
    const latest = enqueuedAt + this.options.maxWaitMs;
    // Takes the request out of the queue if no slot frees up in time. It must never fire once the
    // task runs: p-queue would then free the slot while the request is still in flight.
    const expiry = new AbortController();
    const timer = setTimeout(() => {
      expiry.abort();
    }, this.options.maxWaitMs);
    try {
      return await lane.queue.add(
        async () => {
          clearTimeout(timer);
          // Reserved only once a slot is held: reserving earlier could let a later request start
          // right after a slow one, closer than the spacing.
          await this.waitForStart(key, spacingMs, latest);
          const waitedMs = this.now() - enqueuedAt;
          return { value: await task(), waitedMs };
        },
        { signal: expiry.signal },
      );
    } catch (error) {
      if (expiry.signal.aborted) throw busy(key, this.options.maxWaitMs);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Waits for the host's spacing without taking a slot: for a redirect hop, which already holds
   * the slot of the host it came from.
   */
  async waitTurn(host: string, spacingMs: number): Promise<number> {
    const key = host.toLowerCase();
    const started = this.now();
    await this.waitForStart(key, spacingMs, started + this.options.maxWaitMs);
    this.scheduleEviction(key);
    return this.now() - started;
  }

  /** Hosts currently tracked (queues plus spacing records); bounded by recent activity. */
  get trackedHosts(): number {
    return Math.max(this.lanes.size, this.spacing.size);
  }

  private async waitForStart(host: string, spacingMs: number, latest: number): Promise<void> {
    const now = this.now();
    const startAt = this.spacing.reserve(host, spacingMs, now, latest);
    if (startAt === undefined) throw busy(host, this.options.maxWaitMs);
    if (startAt > now) await sleep(startAt - now);
  }

  private lane(host: string): Lane {
    const existing = this.lanes.get(host);
    if (existing !== undefined) {
      clearTimeout(existing.evictTimer);
      existing.evictTimer = undefined;
      return existing;
    }
    const lane: Lane = {
      queue: new PQueue({ concurrency: this.options.maxConcurrency }),
      evictTimer: undefined,
    };
    lane.queue.on('idle', () => {
      this.scheduleEviction(host);
    });
    this.lanes.set(host, lane);
    return lane;
  }

  private scheduleEviction(host: string): void {
    const lane = this.lanes.get(host);
    if (lane !== undefined && (lane.queue.size > 0 || lane.queue.pending > 0)) return;
    if (lane !== undefined) clearTimeout(lane.evictTimer);
    const evict = (): void => {
      const current = this.lanes.get(host);
      if (current !== undefined && (current.queue.size > 0 || current.queue.pending > 0)) return;
      if (!this.spacing.forgetIfElapsed(host, this.now())) {
        schedule();
        return;
      }
      this.lanes.delete(host);
    };
    // The timer must not keep a shutting-down process alive.
    const schedule = (): void => {
      const timer = setTimeout(evict, this.spacing.remainingMs(host, this.now()) + 1);
      timer.unref();
      const current = this.lanes.get(host);
      if (current !== undefined) current.evictTimer = timer;
    };
    schedule();
  }
}
