import { z } from 'zod';

const WINDOW_UNITS_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export const trendQuerySchema = z
  .object({
    window: z
      .string()
      .regex(/^\d{1,3}[mhd]$/, { error: 'must be a number and a unit: 90m, 24h, 7d' })
      .default('24h'),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    type: z.enum(['person', 'organisation', 'place']).optional(),
  })
  .strict();

export type TrendQuery = z.infer<typeof trendQuerySchema>;

export function windowMs(window: string): number {
  const unit = window.slice(-1) as keyof typeof WINDOW_UNITS_MS;
  return Number(window.slice(0, -1)) * WINDOW_UNITS_MS[unit];
}

/** How many articles mentioned an entity in a window. */
export interface EntityCount {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly articles: number;
}

export interface EntityTrend extends EntityCount {
  readonly previousArticles: number;
  /** Ratio to the previous window; null when the entity was not mentioned then (new). */
  readonly change: number | null;
}

/**
 * Most-mentioned entities of the current window, each with its count in the window before.
 * Counts may arrive split by spelling of the name (the store groups by id and name); they are
 * merged by id, keeping the most frequent name.
 */
export function rankTrends(
  current: readonly EntityCount[],
  previous: readonly EntityCount[],
  limit: number,
): EntityTrend[] {
  const merged = mergeById(current);
  const before = new Map(mergeById(previous).map((entity) => [entity.id, entity.articles]));
  return merged
    .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((entity) => {
      const previousArticles = before.get(entity.id) ?? 0;
      return {
        ...entity,
        previousArticles,
        change:
          previousArticles === 0
            ? null
            : Math.round((entity.articles / previousArticles) * 100) / 100,
      };
    });
}

function mergeById(counts: readonly EntityCount[]): EntityCount[] {
  const byId = new Map<string, { entity: EntityCount; best: number }>();
  for (const count of counts) {
    const seen = byId.get(count.id);
    if (!seen) byId.set(count.id, { entity: count, best: count.articles });
    else {
      const name = count.articles > seen.best ? count.name : seen.entity.name;
      byId.set(count.id, {
        entity: { ...seen.entity, name, articles: seen.entity.articles + count.articles },
        best: Math.max(seen.best, count.articles),
      });
    }
  }
  return [...byId.values()].map((value) => value.entity);
}
