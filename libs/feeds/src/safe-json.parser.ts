// Keys that, copied onto a plain object by any later merge or spread, would reach its prototype.
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse that drops reserved keys at every depth, so a hostile document cannot smuggle a
 * prototype into code that later copies its objects around. Throws SyntaxError like JSON.parse.
 */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (RESERVED_KEYS.has(key) ? undefined : value));
}
