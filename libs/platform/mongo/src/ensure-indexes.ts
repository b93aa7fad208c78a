import type { Collection, Document, IndexSpecification } from 'mongodb';

export interface IndexDefinition {
  readonly key: IndexSpecification;
  readonly name: string;
}

/**
 * Creates the indexes one `createIndex` at a time. FerretDB v1.24 closes the connection (a
 * server-side panic, "slice bounds out of range") when one `createIndexes` command lists several
 * indexes that already exist, i.e. on every restart of a service that declared them together.
 */
export async function ensureIndexes<T extends Document>(
  collection: Collection<T>,
  indexes: readonly IndexDefinition[],
): Promise<void> {
  for (const index of indexes)
    await collection.createIndex(index.key, { name: index.name }, undefined);
}
