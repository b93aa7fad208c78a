import { Inject, Injectable } from '@nestjs/common';
import { StaticVocabulary } from '../domain';
import { VocabularySnapshot } from '../domain/vocabulary-snapshot';
import type { VocabularySnapshots } from '../ports/tagging-models';
import { VOCABULARY_STORE, type VocabularyStore } from '../ports/vocabulary.store';

export interface ReloadOutcome {
  readonly reloaded: boolean;
  readonly revision: number;
  readonly entries: number;
  readonly blocked: number;
  readonly merged: number;
  readonly invalid: number;
  readonly millis: number;
}

/**
 * Keeps this instance's vocabulary in step with the operator's records. The check is two `_id`
 * look-ups (the store has no change streams); the records are read and the matcher rebuilt only
 * when the change log moved. The new snapshot replaces the old reference in one assignment, so
 * an article being tagged keeps the snapshot it started with.
 */
@Injectable()
export class ReloadVocabularyUseCase implements VocabularySnapshots {
  private snapshot = new VocabularySnapshot(0, StaticVocabulary.bundledEntries(), []);

  constructor(@Inject(VOCABULARY_STORE) private readonly store: VocabularyStore) {}

  current(): VocabularySnapshot {
    return this.snapshot;
  }

  /** Makes sure every shipped entry has a record, so the admin API can show and edit it. */
  seedShipped(): Promise<void> {
    return this.store.seedShipped(StaticVocabulary.bundledEntries());
  }

  async execute(force = false): Promise<ReloadOutcome> {
    const started = Date.now();
    const known = this.snapshot.revision;
    // Read the revision before the records: every change up to it is already in the records,
    // and anything later moves the log past it and triggers the next reload.
    const revision = await this.store.latestRevision(known);
    if (revision === known && !force) return this.outcome(false, 0, started);
    const { records, invalid } = await this.store.loadRecords();
    this.snapshot = new VocabularySnapshot(revision, StaticVocabulary.bundledEntries(), records);
    return this.outcome(true, invalid, started);
  }

  private outcome(reloaded: boolean, invalid: number, started: number): ReloadOutcome {
    return {
      reloaded,
      revision: this.snapshot.revision,
      ...this.snapshot.size,
      invalid,
      millis: Date.now() - started,
    };
  }
}
