import {
  loadConfig,
  platformEnvShape,
  portSchema,
  toPlatformConfig,
  type PlatformConfig,
} from '@newsflow/platform-config';
import { z } from 'zod';

const schema = z.object({ ...platformEnvShape, HTTP_PORT: portSchema.default(3000) });

export interface ReadApiConfig {
  readonly platform: PlatformConfig;
}

export function loadReadApiConfig(
  env: Record<string, string | undefined> = process.env,
): ReadApiConfig {
  const parsed = loadConfig(schema, env);
  return { platform: toPlatformConfig('read-api', parsed.HTTP_PORT, parsed) };
}
