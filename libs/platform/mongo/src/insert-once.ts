import type { Collection, Document, OptionalUnlessRequiredId } from 'mongodb';

const DUPLICATE_KEY = 11000;

/** True when `error` is (only) a duplicate-key refusal of an insert. */
export function isDuplicateKeyError(error: unknown): boolean {
  const { code, writeErrors } = error as {
    code?: number;
    writeErrors?: { code?: number }[] | { code?: number };
  };
  const errors = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
  return errors.length > 0 ? errors.every((e) => e.code === DUPLICATE_KEY) : code === DUPLICATE_KEY;
}

/**
 * Inserts documents whose `_id` is not taken yet and returns the indexes (into `documents`) that
 * were refused because it was. Inserting a given `_id` is the one operation that is atomic on
 * every supported store (FerretDB v1 included), so "who inserted first" decides races.
 */
export async function insertNew<T extends Document>(
  collection: Collection<T>,
  documents: readonly OptionalUnlessRequiredId<T>[],
): Promise<Set<number>> {
  if (documents.length === 0) return new Set();
  try {
    await collection.insertMany([...documents], { ordered: false });
    return new Set();
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const { writeErrors } = error as { writeErrors?: { index: number }[] | { index: number } };
    const errors = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
    if (errors.length > 0) return new Set(errors.map((e) => e.index));
    // Without per-document errors only a one-document insert says which one was refused.
    if (documents.length === 1) return new Set([0]);
    throw error;
  }
}

/** Inserts one document; false when its `_id` was already taken. */
export async function insertIfAbsent<T extends Document>(
  collection: Collection<T>,
  document: OptionalUnlessRequiredId<T>,
): Promise<boolean> {
  return (await insertNew(collection, [document])).size === 0;
}
