/** Retention of fingerprints and buckets by day window, run by one instance at a time. */
export interface FingerprintRetentionStore {
  /** Takes or renews the named lease for `ms` unless another owner holds it; true if ours. */
  tryLease(name: string, owner: string, ms: number, now: Date): Promise<boolean>;
  /** Deletes fingerprints and buckets of windows before `oldestRetained`; returns how many. */
  deleteBefore(oldestRetained: number): Promise<number>;
}

export const FINGERPRINT_RETENTION_STORE = Symbol('FingerprintRetentionStore');
