import type { z } from 'zod';

export type DecodeResult<T> = { ok: true; event: T } | { ok: false; reason: string };

/** Parses and validates one message value against its contract. Never throws. */
export function decodeEvent<S extends z.ZodType>(
  schema: S,
  value: Buffer | null,
): DecodeResult<z.infer<S>> {
  if (value === null || value.length === 0) return { ok: false, reason: 'empty message value' };
  let json: unknown;
  try {
    json = JSON.parse(value.toString('utf8'));
  } catch (error) {
    return {
      ok: false,
      reason: `not JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    return { ok: false, reason: `fails schema: ${issues}` };
  }
  return { ok: true, event: result.data };
}
