import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Text of a fixture file in this folder. */
export function readFixture(name: string): string {
  return readFileSync(join(__dirname, name), 'utf8');
}
