import type { SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';
import { feedViewSchema } from '../../domain/feed-view';

/** OpenAPI schemas of the feed registry, derived from the zod schemas the code uses. */
export const feedViewOpenApi = z.toJSONSchema(feedViewSchema, {
  target: 'openapi-3.0',
}) as SchemaObject;

export const feedPageOpenApi: SchemaObject = {
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: {
    items: { type: 'array', items: feedViewOpenApi },
    nextCursor: {
      type: 'string',
      nullable: true,
      description: 'Pass as `cursor` for the next page',
    },
  },
};

export const addFeedOpenApi: SchemaObject = {
  type: 'object',
  required: ['url'],
  properties: {
    url: { type: 'string', description: 'http(s) feed URL, no credentials; at most 2048 chars' },
    title: { type: 'string', maxLength: 300 },
    kind: { type: 'string', enum: ['feed', 'sitemap'], default: 'feed' },
    minIntervalSeconds: { type: 'integer', minimum: 60, maximum: 604800 },
    maxIntervalSeconds: { type: 'integer', minimum: 60, maximum: 604800 },
  },
};

export const feedImportOpenApi: SchemaObject = {
  type: 'object',
  properties: {
    added: { type: 'integer', description: 'Feeds registered (new, or removed before)' },
    alreadyPresent: { type: 'integer', description: 'Already registered, or listed twice' },
    invalid: { type: 'integer' },
    feeds: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          url: { type: 'string' },
          title: { type: 'string', nullable: true },
          outcome: { type: 'string', enum: ['added', 're-added', 'already-registered'] },
        },
      },
    },
    problems: {
      type: 'array',
      items: {
        type: 'object',
        properties: { entry: { type: 'string' }, reason: { type: 'string' } },
      },
    },
  },
};
