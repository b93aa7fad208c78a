import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A token in read-api's key format: `nf_<12 lowercase letters or digits>_<43 url-safe chars>`. */
export function newApiKeyToken(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const id = [...randomBytes(12)].map((byte) => alphabet[byte % alphabet.length]).join('');
  return `nf_${id}_${randomBytes(32).toString('base64url')}`;
}

/** The local demo's admin key: made once per machine, kept beside the local data (mode 600). */
export function demoApiKey(stateDir: string): string {
  const file = path.join(stateDir, 'demo-api-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(stateDir, { recursive: true });
  const token = newApiKeyToken();
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}
