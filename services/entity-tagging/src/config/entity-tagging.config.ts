import path from 'node:path';
import {
  loadConfig,
  platformEnvShape,
  portSchema,
  positiveIntSchema,
  toPlatformConfig,
  type PlatformConfig,
} from '@newsflow/platform-config';
import { z } from 'zod';

const schema = z.object({
  ...platformEnvShape,
  HTTP_PORT: portSchema.default(3003),
  TAGGING_CONSUMER_GROUP: z.string().min(1).default('newsflow.entity-tagging'),
  /** The trained NER model file; relative paths resolve against the working directory. */
  NER_MODEL_PATH: z.string().min(1).optional(),
  /** How often each instance checks the operator's vocabulary for changes. */
  ENTITY_VOCABULARY_REFRESH_MS: positiveIntSchema.default(30_000),
});

export interface EntityTaggingConfig {
  readonly platform: PlatformConfig;
  readonly consumerGroup: string;
  /** Absolute path of the NER model file; when it is missing the service falls back to compromise. */
  readonly nerModelPath: string;
  /** Interval of the vocabulary change check (two `_id` look-ups), in milliseconds. */
  readonly vocabularyRefreshMs: number;
}

export function loadEntityTaggingConfig(
  env: Record<string, string | undefined> = process.env,
): EntityTaggingConfig {
  const parsed = loadConfig(schema, env);
  return {
    platform: toPlatformConfig('entity-tagging', parsed.HTTP_PORT, parsed),
    consumerGroup: parsed.TAGGING_CONSUMER_GROUP,
    nerModelPath:
      parsed.NER_MODEL_PATH === undefined
        ? defaultNerModelPath(__dirname)
        : path.resolve(parsed.NER_MODEL_PATH),
    vocabularyRefreshMs: parsed.ENTITY_VOCABULARY_REFRESH_MS,
  };
}

/**
 * The model committed under libs/ner/model, found from this file's directory whether the
 * service runs from source (services/entity-tagging/src/config) or compiled
 * (dist/services/entity-tagging/src/config): tsc copies JSON imports into dist, not binaries.
 */
export function defaultNerModelPath(configDirectory: string): string {
  let root = path.resolve(configDirectory, '../../../..');
  if (path.basename(root) === 'dist') root = path.dirname(root);
  return path.join(root, 'libs/ner/model/ner-model.bin');
}

export const ENTITY_TAGGING_CONFIG = Symbol('ENTITY_TAGGING_CONFIG');
