/** Retention of fingerprints and buckets by day window, run by one instance at a time. */
export interface FingerprintRetentionStore {
  /** Takes or renews the named lease for `ms` unless another owner holds it; true if ours. */
  tryLease(name: string, owner: string, ms: number, now: Date): Promise<boolean>;
  /**
   * Deletes what was kept per article for windows before `oldestRetained` (fingerprints, story
   * claims, decisions, revision texts) and bucket windows before `oldestReadBuckets`; returns how
   * many documents and bucket windows went.
   */
  deleteBefore(oldestRetained: number, oldestReadBuckets: number): Promise<number>;
}

export const FINGERPRINT_RETENTION_STORE = Symbol('FingerprintRetentionStore');
