import type { Db } from 'mongodb';

/**
 * Which server answers the MongoDB wire protocol. Access paths differ in cost: on MongoDB an
 * `_id: {$in}` read uses the `_id` index; on FerretDB v1 (SQLite) nothing but the unique check of
 * an insert uses an index (measured, docs/performance.md), so the cheapest read plan differs.
 */
export type StoreKind = 'mongodb' | 'ferretdb';

const detected = new WeakMap<Db, Promise<StoreKind>>();

/** FerretDB answers `buildInfo` with `ferretdbVersion` (and `ferretdbFeatures`); MongoDB does not. */
export function storeKindOf(buildInfo: Record<string, unknown>): StoreKind {
  return 'ferretdbVersion' in buildInfo || 'ferretdb' in buildInfo ? 'ferretdb' : 'mongodb';
}

/** Asks the server once per database handle; later calls share the answer. */
export function detectStoreKind(db: Db): Promise<StoreKind> {
  let kind = detected.get(db);
  if (kind === undefined) {
    kind = db.command({ buildInfo: 1 }).then((info) => storeKindOf(info));
    // A failed probe is not cached: the next caller asks again.
    kind.catch(() => detected.delete(db));
    detected.set(db, kind);
  }
  return kind;
}
