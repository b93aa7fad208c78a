import type { z } from 'zod';

/** Thrown at start-up when the environment does not satisfy a service's config schema. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Environment = Record<string, string | undefined>;

/**
 * Parses the environment once, at start-up, into a frozen typed object. Every problem names
 * the variable, so an operator can fix the deployment without reading code.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Environment): Readonly<z.infer<S>> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const variable = issue.path.join('.') || '(environment)';
      const value = typeof issue.path[0] === 'string' ? env[issue.path[0]] : undefined;
      const shown =
        value === undefined ? 'unset' : `'${value.length > 80 ? `${value.slice(0, 80)}…` : value}'`;
      return `${variable}: ${issue.message} (got ${shown})`;
    });
    throw new ConfigError(problems);
  }
  return deepFreeze(result.data);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
