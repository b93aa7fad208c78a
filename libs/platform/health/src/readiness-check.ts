/** A dependency the service cannot work without; `probe` rejects when it is unreachable. */
export interface ReadinessCheck {
  readonly name: string;
  probe(): Promise<void>;
}

/** Injection token: the list of checks `/health/ready` runs. */
export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

/** Rejects if `work` takes longer than `ms`, so a hung dependency makes readiness fail, not hang. */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what} did not answer within ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
