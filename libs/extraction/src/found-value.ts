import type { ExtractionMethod } from './extraction-provenance';
import { nonEmpty } from './html-dom';

/** A metadata value and the rule that found it. */
export interface Found<T> {
  readonly value: T;
  readonly method: ExtractionMethod;
}

/** The value with its method, or null when the value is missing or blank. */
export function found(
  value: string | null | undefined,
  method: ExtractionMethod,
): Found<string> | null {
  const text = nonEmpty(value);
  return text === null ? null : { value: text, method };
}
