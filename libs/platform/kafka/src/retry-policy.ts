/** Thrown by a handler for a failure that no retry can fix (e.g. a business rule rejects the input). */
export class PermanentHandlerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentHandlerError';
  }
}

/**
 * Delay before retry number `attempt` (1-based): exponential from `baseMs`, capped, with full
 * jitter so that many consumers failing together do not retry in lockstep.
 */
export function retryDelayMs(
  attempt: number,
  baseMs: number,
  random: () => number = Math.random,
): number {
  const capMs = 30_000;
  const ceiling = Math.min(capMs, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
