import type { SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';
import { storyDetailViewSchema, storySummaryViewSchema } from '../../domain/story-view';

/** OpenAPI schemas of the story routes, derived from the zod view schemas so they cannot drift. */
export const storySummaryOpenApi = z.toJSONSchema(storySummaryViewSchema, {
  target: 'openapi-3.0',
}) as SchemaObject;

export const storyDetailOpenApi = z.toJSONSchema(storyDetailViewSchema, {
  target: 'openapi-3.0',
}) as SchemaObject;

export const storyPageOpenApi: SchemaObject = {
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: {
    items: { type: 'array', items: storySummaryOpenApi },
    nextCursor: {
      type: 'string',
      nullable: true,
      description: 'Pass as `cursor` for the next page',
    },
  },
};
