import type { Collection, Document, Filter, FindOptions, WithId } from 'mongodb';
import type { StoreKind } from './store-kind';

/**
 * Up to this many ids, FerretDB v1 answers faster with one `{_id}` lookup each: it never pushes
 * `_id: {$in}` down, so that query decodes every document of the collection in FerretDB. Over
 * PostgreSQL with the GIN twins of `deploy/local/postgres.sh`, a `{_id}` lookup is an index scan
 * (≈ 1 ms at 400,000 documents, docs/performance.md). Over SQLite, the fallback backend, a
 * lookup scans too (inside SQLite, ~1.4–5 µs per stored document) and about 16 of them cost one
 * `$in`: lists longer than that are slower there, the price of one plan for both.
 */
export const FERRETDB_MAX_POINT_LOOKUPS = 256;

/** Point lookups in flight at once: the connection pool is 20 and other work shares it. */
const LOOKUP_CONCURRENCY = 8;

/** How `findByIds` will read `count` ids on `kind`. */
export function idLookupPlan(
  kind: StoreKind,
  count: number,
): 'none' | 'point-lookups' | 'in-query' {
  if (count === 0) return 'none';
  return kind === 'ferretdb' && count <= FERRETDB_MAX_POINT_LOOKUPS ? 'point-lookups' : 'in-query';
}

/**
 * The documents among `ids` (missing ones are simply absent; order not guaranteed). One
 * `_id: {$in}` query on MongoDB; on FerretDB a few parallel `{_id}` lookups when that is cheaper.
 */
export function findByIds<T extends Document & { _id: string }>(
  collection: Collection<T>,
  ids: readonly string[],
  kind: StoreKind,
  options: FindOptions = {},
): Promise<WithId<T>[]> {
  return findWhereIn(collection, '_id', ids, kind, options);
}

/**
 * The documents whose `field` equals one of `values` (order not guaranteed): `{field: {$in}}` on
 * MongoDB; on FerretDB, which pushes only plain equality down to its backend, one `{field: value}`
 * query per value, a few in flight at once, each served by the field's index.
 */
export async function findWhereIn<T extends Document>(
  collection: Collection<T>,
  field: string,
  values: readonly string[],
  kind: StoreKind,
  options: FindOptions = {},
): Promise<WithId<T>[]> {
  const unique = [...new Set(values)];
  const plan = idLookupPlan(kind, unique.length);
  if (plan === 'none') return [];
  if (plan === 'in-query') {
    return collection.find({ [field]: { $in: unique } } as Filter<T>, options).toArray();
  }
  const found: WithId<T>[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(LOOKUP_CONCURRENCY, unique.length) }, async () => {
      while (next < unique.length) {
        const filter = { [field]: unique[next++] } as Filter<T>;
        // An `_id` matches at most once: findOne lets a scanning backend stop at the hit.
        if (field === '_id') {
          const doc = await collection.findOne(filter, options);
          if (doc !== null) found.push(doc);
        } else {
          found.push(...(await collection.find(filter, options).toArray()));
        }
      }
    }),
  );
  return found;
}
