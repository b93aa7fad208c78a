import { z } from 'zod';

/**
 * Building blocks every list endpoint shares (articles, stories): query values that can never
 * be read as store operators, and the cursor of a list ordered by (time, id) descending.
 */

/** A query value that could be read as a store operator or a prototype key is refused outright. */
export const safeText = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((value) => !value.startsWith('$') && !/__proto__|constructor|prototype/.test(value), {
    error: 'must not look like a query operator or prototype key',
  });

export const isoDate = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((value) => new Date(value));

/** Comma-separated names, each one of `allowed`. */
export function fieldList<F extends string>(allowed: readonly F[]) {
  return z
    .string()
    .transform((raw) =>
      raw
        .split(',')
        .map((field) => field.trim())
        .filter(Boolean),
    )
    .refine((fields) => fields.every((field) => (allowed as readonly string[]).includes(field)), {
      error: `may only name ${allowed.join(', ')}`,
    })
    .transform((fields) => fields as F[]);
}

/** Position after the last item of a page of a list ordered by (sortAt, id) descending. */
export interface ListCursor {
  readonly sortAt: Date;
  readonly id: string;
}

export function encodeListCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.sortAt.toISOString(), cursor.id])).toString(
    'base64url',
  );
}

/** Null unless `token` is a cursor this API made for ids matching `idPattern`. */
export function decodeListCursor(token: string, idPattern: RegExp): ListCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [at, id] = value as unknown[];
    if (typeof at !== 'string' || typeof id !== 'string' || !idPattern.test(id)) return null;
    const sortAt = new Date(at);
    return Number.isNaN(sortAt.getTime()) ? null : { sortAt, id };
  } catch {
    return null;
  }
}
