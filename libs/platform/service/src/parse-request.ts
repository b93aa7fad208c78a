import { BadRequestException } from '@nestjs/common';
import type { z } from 'zod';

/**
 * Validates a request body or query with its zod schema; on failure answers 400 with one line
 * per problem (`field: what is wrong`), so a client can fix every mistake in one go.
 */
export function parseRequest<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
  root: 'body' | 'query' = 'body',
): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new BadRequestException({
    message: `invalid ${what}`,
    problems: parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || root}: ${issue.message}`,
    ),
  });
}
