import { z } from 'zod';

/**
 * The one envelope every Newsflow event travels in. The Kafka message key is `key`
 * (the article id), so one article's events stay on one partition, in order.
 */
export const envelopeBaseSchema = z.object({
  /** Unique event id. Deterministic where a redelivery must produce the same event. */
  id: z.string().min(1),
  /** Event type without version, e.g. `news.article.ingested`. */
  type: z.string().min(1),
  /** Schema version of `payload`; additive changes keep it, breaking ones get a new topic. */
  version: z.number().int().positive(),
  /** When the producing service decided this event (ISO-8601, UTC). */
  occurredAt: z.iso.datetime(),
  /** Producing service name. */
  source: z.string().min(1),
  /** Id shared by every event that descends from one ingest. */
  correlationId: z.string().min(1),
  /** Id of the event that caused this one; null for an event started from outside. */
  causationId: z.string().min(1).nullable(),
  /** Partitioning key: the article id. */
  key: z.string().min(1),
});

export type EnvelopeBase = z.infer<typeof envelopeBaseSchema>;

export function envelopeSchema<P extends z.ZodType>(type: string, version: number, payload: P) {
  return envelopeBaseSchema.extend({
    type: z.literal(type),
    version: z.literal(version),
    payload,
  });
}

export interface EventEnvelope<P> extends EnvelopeBase {
  payload: P;
}
