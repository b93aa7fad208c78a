import type { LoggerOptions } from 'pino';

/** Field paths that may carry secrets; pino replaces them before a line is written. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.secret',
  '*.apiKey',
];

/** One structured JSON line per event, with the service name on every line. */
export function loggerOptions(serviceName: string, level: string): LoggerOptions {
  return {
    level,
    base: { service: serviceName },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
  };
}
