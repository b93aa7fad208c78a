import { findByIds, insertNew, type StoreKind } from '@newsflow/platform-mongo';
import type { Collection, Db } from 'mongodb';

interface SlotDocument {
  _id: string;
  articleId: string;
}

/** A bucket this full holds boilerplate shared by everything; it is no candidate source. */
export const MAX_BUCKET_MEMBERS = 300;

const SLOT_COLLECTION_PREFIX = 'lsh_slots_';

/** `lsh_slots_<window>`: the bucket memberships of one window (named by its first day), dropped whole when unread. */
export function slotCollectionName(window: number): string {
  return `${SLOT_COLLECTION_PREFIX}${window}`;
}

interface Pending {
  readonly window: number;
  readonly bucket: string;
  slot: number;
}

/**
 * LSH buckets as numbered slots, `_id` = `<bucket>#<n>`, one collection per window. Joining
 * a bucket is inserting into its first free slot: a refused insert means an earlier member holds
 * that slot, so the joiner reads it and tries the next. Whoever ends in the later slot has
 * therefore seen every earlier member, without any update or non-`_id` query.
 */
export class MongoBucketSlots {
  constructor(
    private readonly db: Db,
    private readonly kind: () => Promise<StoreKind>,
  ) {}

  /** Joins `buckets` in every write window; returns the ids met in the read windows. */
  async join(
    articleId: string,
    buckets: readonly string[],
    windows: { readonly write: readonly number[]; readonly read: readonly number[] },
  ): Promise<string[]> {
    let pending: Pending[] = windows.write.flatMap((window) =>
      buckets.map((bucket) => ({ window, bucket, slot: 0 })),
    );
    const lost = new Map<number, Map<string, string[]>>();
    const full = new Set<string>();
    while (pending.length > 0) {
      const refused = await this.insertRound(articleId, pending);
      const next: Pending[] = [];
      for (const item of refused) {
        if (windows.read.includes(item.window)) {
          const byBucket = lost.get(item.window) ?? new Map<string, string[]>();
          byBucket.set(item.bucket, [...(byBucket.get(item.bucket) ?? []), slotId(item)]);
          lost.set(item.window, byBucket);
        }
        item.slot += 1;
        if (item.slot < MAX_BUCKET_MEMBERS) next.push(item);
        else full.add(`${item.window}|${item.bucket}`);
      }
      pending = next;
    }
    const met = new Set<string>();
    const kind = await this.kind();
    for (const [window, byBucket] of lost) {
      const ids = [...byBucket]
        .filter(([bucket]) => !full.has(`${window}|${bucket}`))
        .flatMap(([, slots]) => slots);
      const docs = await findByIds(this.slots(window), ids, kind, {
        projection: { articleId: 1 },
      });
      docs.forEach((doc) => met.add(doc.articleId));
    }
    met.delete(articleId);
    return [...met].sort();
  }

  /** Drops the slot collections of windows before `oldestRead`; returns how many. */
  async dropBefore(oldestRead: number): Promise<number> {
    const names = await this.db
      .listCollections({}, { nameOnly: true })
      .map((info) => info.name)
      .toArray();
    const old = names.filter((name) => {
      if (!name.startsWith(SLOT_COLLECTION_PREFIX)) return false;
      const window = Number(name.slice(SLOT_COLLECTION_PREFIX.length));
      return Number.isInteger(window) && window < oldestRead;
    });
    await Promise.all(old.map((name) => this.db.dropCollection(name)));
    return old.length;
  }

  /** One insert command per window; returns the items whose slot was taken. */
  private async insertRound(articleId: string, pending: readonly Pending[]): Promise<Pending[]> {
    const byWindow = new Map<number, Pending[]>();
    for (const item of pending)
      byWindow.set(item.window, [...(byWindow.get(item.window) ?? []), item]);
    const refused = await Promise.all(
      [...byWindow].map(async ([window, items]) => {
        const taken = await insertNew(
          this.slots(window),
          items.map((item) => ({ _id: slotId(item), articleId })),
        );
        return items.filter((_, index) => taken.has(index));
      }),
    );
    return refused.flat();
  }

  private slots(window: number): Collection<SlotDocument> {
    return this.db.collection<SlotDocument>(slotCollectionName(window));
  }
}

function slotId(item: Pending): string {
  return `${item.bucket}#${item.slot}`;
}
