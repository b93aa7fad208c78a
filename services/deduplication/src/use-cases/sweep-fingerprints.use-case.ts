import { Inject, Injectable } from '@nestjs/common';
import { dayWindow, oldestReadBucketWindow, oldestRetainedWindow } from '@newsflow/similarity';
import { DEDUPLICATION_CONFIG, type DeduplicationConfig } from '../config/deduplication.config';
import {
  FINGERPRINT_RETENTION_STORE,
  type FingerprintRetentionStore,
} from '../ports/fingerprint-retention.store';

const LEASE = 'fingerprint-sweep';

/** Deletes fingerprints and buckets older than the retention window, on one instance at a time. */
@Injectable()
export class SweepFingerprintsUseCase {
  constructor(
    @Inject(FINGERPRINT_RETENTION_STORE) private readonly store: FingerprintRetentionStore,
    @Inject(DEDUPLICATION_CONFIG) private readonly config: DeduplicationConfig,
  ) {}

  /** Null when another instance holds the lease; else the number of documents deleted. */
  async execute(owner: string, now: Date): Promise<number | null> {
    const { retentionDays, sweepIntervalMs } = this.config.nearDuplicates;
    // The lease outlives one interval, so the holder renews it before anyone else may take it.
    if (!(await this.store.tryLease(LEASE, owner, 2 * sweepIntervalMs, now))) return null;
    const today = dayWindow(now);
    return this.store.deleteBefore(
      oldestRetainedWindow(today, retentionDays),
      oldestReadBucketWindow(today, retentionDays),
    );
  }
}
