import type { Collection, Document, OptionalUnlessRequiredId } from 'mongodb';

/** Inserts documents, ignoring those whose `_id` already exists (redeliveries, racing copies). */
export async function insertOnce<T extends Document>(
  collection: Collection<T>,
  documents: OptionalUnlessRequiredId<T>[],
): Promise<void> {
  if (documents.length === 0) return;
  try {
    await collection.insertMany(documents, { ordered: false });
  } catch (error) {
    const { code, writeErrors } = error as {
      code?: number;
      writeErrors?: { code?: number }[] | { code?: number };
    };
    const errors = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
    const onlyDuplicates =
      errors.length > 0 ? errors.every((e) => e.code === 11000) : code === 11000;
    if (!onlyDuplicates) throw error;
  }
}
