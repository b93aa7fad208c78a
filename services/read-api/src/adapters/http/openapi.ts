import { applyDecorators, type INestApplication } from '@nestjs/common';
import { ApiQuery, ApiResponse, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';
import { articleViewSchema } from '../../domain/article-view';

/** OpenAPI schemas derived from the same zod schemas the code uses, so the document cannot drift. */
export const articleViewOpenApi = z.toJSONSchema(articleViewSchema, {
  target: 'openapi-3.0',
}) as SchemaObject;

export const articlePageOpenApi: SchemaObject = {
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: {
    items: { type: 'array', items: articleViewOpenApi },
    nextCursor: {
      type: 'string',
      nullable: true,
      description: 'Pass as `cursor` for the next page',
    },
  },
};

export const problemOpenApi: SchemaObject = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' },
    message: { type: 'string' },
    problems: {
      type: 'array',
      items: { type: 'string' },
      description: 'One line per bad parameter',
    },
  },
};

/** Serves the OpenAPI 3 document at /docs (UI) and /docs-json. */
export function setUpOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Newsflow read API')
    .setDescription('Search the articles Newsflow has published: by entity, source and time.')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'nf_<id>_<secret>' })
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), {
    jsonDocumentUrl: 'docs-json',
  });
}

/**
 * What every cursor-paginated list documents alike: `limit`, `cursor`, `fields` where it selects
 * fields, and the 400 that lists each bad parameter.
 */
export function ApiListPage(options: { limit: string; fields?: string }): MethodDecorator {
  return applyDecorators(
    ...(options.fields === undefined
      ? []
      : [ApiQuery({ name: 'fields', required: false, description: options.fields })]),
    ApiQuery({ name: 'limit', required: false, description: options.limit }),
    ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' }),
    ApiResponse({
      status: 400,
      description: 'A parameter is invalid; `problems` says which',
      schema: problemOpenApi,
    }),
  );
}
