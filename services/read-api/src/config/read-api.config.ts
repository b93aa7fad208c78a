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
  HTTP_PORT: portSchema.default(3000),
  /** An admin key (`nf_<12 chars>_<32+ chars>`) created at start-up if missing: the first key of a new deployment. */
  READ_API_BOOTSTRAP_ADMIN_KEY: z
    .string()
    .regex(
      /^nf_[a-z0-9]{12}_[A-Za-z0-9_-]{32,64}$/,
      'must look like nf_<12 lowercase letters or digits>_<32-64 url-safe chars>',
    )
    .optional(),
  API_RATE_LIMIT_PER_SECOND: positiveIntSchema.default(20),
  API_RATE_LIMIT_BURST: positiveIntSchema.default(40),
});

export interface ReadApiConfig {
  readonly platform: PlatformConfig;
  readonly bootstrapAdminKey: string | null;
  readonly rateLimit: { readonly perSecond: number; readonly burst: number };
}

export function loadReadApiConfig(
  env: Record<string, string | undefined> = process.env,
): ReadApiConfig {
  const parsed = loadConfig(schema, env);
  return {
    platform: toPlatformConfig('read-api', parsed.HTTP_PORT, parsed),
    bootstrapAdminKey: parsed.READ_API_BOOTSTRAP_ADMIN_KEY ?? null,
    rateLimit: { perSecond: parsed.API_RATE_LIMIT_PER_SECOND, burst: parsed.API_RATE_LIMIT_BURST },
  };
}

export const READ_API_CONFIG = Symbol('READ_API_CONFIG');
